// Builders for the reporting tests: an instrument, and the fields of the obligation form.
import { prisma } from "../../app/db.server";
import { buildInstrument } from "../../prisma/seed/builders";
import { unique } from "./fixtures";

export async function createInstrument() {
  const { id, code, provisions } = await buildInstrument(prisma, {
    code: unique("ATT"),
    name: "Arms Trade Treaty",
    kind: "treaty",
    provisions: [{ reference: "Art. 13.3", title: "Annual report" }],
  });
  const provisionId = provisions[0]?.id;
  if (!provisionId) throw new Error("fixture: no provision");
  return { id, code, provisionId };
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
