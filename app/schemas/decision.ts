// The decision form: shared by the browser (react-hook-form) and the server action. Rules that need
// no database are checked here (a recorded vote's tally); the rest (committee, meeting, agenda item,
// documents, supersession) on the server in app/models/decision.server.ts.
import { z } from "zod";
import { toIsoDate } from "~/domain/calendar-date";
import { tallyProblems } from "~/domain/recorded-vote";
import { CONFIDENTIALITY_LEVELS, DECISION_ADOPTIONS, DECISION_STATUSES } from "~/domain/vocabulary";
import { requiredDate } from "./dates";
import { choice, optionalCount, optionalId, optionalText, requiredText } from "./fields";
import { withVersion } from "./record-version";

export const decisionSchema = z
  .object({
    committeeId: requiredText(64),
    meetingId: optionalId(),
    agendaItemId: optionalId(),
    supersedesId: optionalId(),
    title: requiredText(300),
    text: requiredText(20_000),
    decidedOn: requiredDate(),
    /** The body's own serial ("1" of Decision No. 1/18), when recording an existing decision. */
    officialSerial: optionalCount(),
    adoption: choice(DECISION_ADOPTIONS),
    votesFor: optionalCount(),
    votesAgainst: optionalCount(),
    votesAbstaining: optionalCount(),
    votersFor: optionalText(20_000),
    votersAgainst: optionalText(20_000),
    votersAbstaining: optionalText(20_000),
    status: choice(DECISION_STATUSES),
    confidentiality: choice(CONFIDENTIALITY_LEVELS),
    /** Symbols of documents to link, one a line ("FSC.DEC/1/18"). */
    documentSymbols: optionalText(4000),
  })
  .superRefine((d, ctx) => {
    for (const { field, message } of tallyProblems(d.adoption, d)) ctx.addIssue({ code: "custom", path: [field], message });
    if (d.officialSerial === 0) ctx.addIssue({ code: "custom", path: ["officialSerial"], message: "error.wholeNumber" });
    if (d.agendaItemId && !d.meetingId) ctx.addIssue({ code: "custom", path: ["agendaItemId"], message: "error.decision.agendaItemWithoutMeeting" });
  });

export type DecisionInput = z.input<typeof decisionSchema>;
export type DecisionData = z.output<typeof decisionSchema>;

/** The edit form: the same fields and the record version it was loaded at. */
export const decisionEditSchema = withVersion(decisionSchema);

/** The form values of a stored decision. */
export function decisionFormValues(d: {
  committeeId: string;
  meetingId: string | null;
  agendaItemId: string | null;
  supersedesId: string | null;
  title: string;
  text: string;
  decidedOn: Date;
  adoption: string;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  status: string;
  confidentiality: string;
  votes: readonly { vote: string; voterLabel: string }[];
  documentLinks: readonly { document: { symbol: string | null } }[];
}) {
  const names = (vote: string) => d.votes.filter((v) => v.vote === vote).map((v) => v.voterLabel).join("\n");
  return {
    committeeId: d.committeeId,
    meetingId: d.meetingId ?? "",
    agendaItemId: d.agendaItemId ?? "",
    supersedesId: d.supersedesId ?? "",
    title: d.title,
    text: d.text,
    decidedOn: toIsoDate(d.decidedOn),
    adoption: d.adoption,
    votesFor: d.votesFor === null ? "" : String(d.votesFor),
    votesAgainst: d.votesAgainst === null ? "" : String(d.votesAgainst),
    votesAbstaining: d.votesAbstaining === null ? "" : String(d.votesAbstaining),
    votersFor: names("for"),
    votersAgainst: names("against"),
    votersAbstaining: names("abstain"),
    status: d.status,
    confidentiality: d.confidentiality,
    documentSymbols: d.documentLinks.flatMap((l) => (l.document.symbol ? [l.document.symbol] : [])).join("\n"),
  };
}
