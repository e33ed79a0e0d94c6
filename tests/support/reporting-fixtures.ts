// Builders for the reporting tests: an instrument, and the fields of the obligation form.
import { prisma } from "../../app/db.server";
import { unique } from "./fixtures";

export async function createInstrument() {
  const instrument = await prisma.instrument.create({ data: { code: unique("ATT"), name: "Arms Trade Treaty", kind: "treaty" }, select: { id: true, code: true } });
  const provision = await prisma.provision.create({ data: { instrumentId: instrument.id, reference: "Art. 13.3", title: "Annual report" }, select: { id: true } });
  return { ...instrument, provisionId: provision.id };
}

/** The obligation form as a browser without JavaScript sends it. */
export function obligationFields(over: Record<string, string> & { instrumentId: string; leadPositionId: string }): Record<string, string> {
  return {
    version: "",
    provisionId: "",
    title: unique("ATT annual report"),
    description: "",
    procedureNotes: "",
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
    offsetDataCall: "120",
    offsetContributions: "75",
    offsetConsolidation: "45",
    offsetClearance: "20",
    offsetSubmission: "3",
    skipNonWorkingDays: "yes",
    "contributors.0.agencyId": "",
    "contributors.0.positionId": "",
    "contributors.0.contribution": "",
    ...over,
  };
}
