// The obligation form's values, for a new obligation and for a stored one.
import { DEFAULT_OFFSETS } from "~/domain/milestone-plan";
import { toIsoDate } from "~/domain/calendar-date";
import type { ObligationInput } from "~/schemas/reporting";

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function newObligationValues(): ObligationInput {
  return {
    instrumentId: "",
    provisionId: "",
    title: "",
    description: "",
    procedureNotes: "",
    leadPositionId: "",
    submissionAccess: "restricted",
    confidentiality: "internal",
    ruleKind: "annual",
    ruleMonth: "5",
    ruleDay: "31",
    ruleIntervalYears: "",
    ruleFirstYear: "",
    ruleEventDate: "",
    rrule: "",
    ruleStart: "",
    offsetDataCall: String(DEFAULT_OFFSETS.data_call),
    offsetContributions: String(DEFAULT_OFFSETS.contributions),
    offsetConsolidation: String(DEFAULT_OFFSETS.consolidation),
    offsetClearance: String(DEFAULT_OFFSETS.clearance),
    offsetSubmission: String(DEFAULT_OFFSETS.submission),
    skipNonWorkingDays: "yes",
    contributors: [],
  };
}

export function storedObligationValues(o: {
  instrumentId: string;
  provisionId: string | null;
  title: string;
  description: string | null;
  procedureNotes: string | null;
  leadPositionId: string | null;
  submissionAccess: string;
  confidentiality: string;
  ruleKind: string;
  ruleMonth: number | null;
  ruleDay: number | null;
  ruleIntervalYears: number | null;
  ruleFirstYear: number | null;
  ruleEventDate: Date | string | null;
  rrule: string | null;
  ruleStart: Date | string | null;
  offsetDataCall: number;
  offsetContributions: number;
  offsetConsolidation: number;
  offsetClearance: number;
  offsetSubmission: number;
  skipNonWorkingDays: boolean;
  contributors: { agencyId: string; positionId: string | null; contribution: string | null }[];
}): ObligationInput {
  return {
    instrumentId: o.instrumentId,
    provisionId: o.provisionId ?? "",
    title: o.title,
    description: o.description ?? "",
    procedureNotes: o.procedureNotes ?? "",
    leadPositionId: o.leadPositionId ?? "",
    submissionAccess: o.submissionAccess,
    confidentiality: o.confidentiality,
    ruleKind: o.ruleKind,
    ruleMonth: text(o.ruleMonth),
    ruleDay: text(o.ruleDay),
    ruleIntervalYears: text(o.ruleIntervalYears),
    ruleFirstYear: text(o.ruleFirstYear),
    ruleEventDate: toIsoDate(o.ruleEventDate),
    rrule: o.rrule ?? "",
    ruleStart: toIsoDate(o.ruleStart),
    offsetDataCall: String(o.offsetDataCall),
    offsetContributions: String(o.offsetContributions),
    offsetConsolidation: String(o.offsetConsolidation),
    offsetClearance: String(o.offsetClearance),
    offsetSubmission: String(o.offsetSubmission),
    skipNonWorkingDays: o.skipNonWorkingDays ? "yes" : "no",
    contributors: o.contributors.map((c) => ({ agencyId: c.agencyId, positionId: c.positionId ?? "", contribution: c.contribution ?? "" })),
  };
}
