// A decision taken at a meeting that was held is part of the record: it is never edited in place.
// A correction (or a later change of mind) is a new decision that supersedes the old one, and both
// show the link. Only one decision may supersede a given decision (the chain stays a line).

export type DecisionRecordState = {
  committeeId: string;
  archivedAt: Date | string | null;
  /** Status of the meeting the decision was taken at, if any. */
  meetingStatus: string | null;
  supersededById: string | null;
};

/** Edit in place only while the decision is not yet on a held meeting's record and not replaced. */
export function mayEditInPlace(decision: DecisionRecordState): boolean {
  return !decision.archivedAt && !decision.supersededById && decision.meetingStatus !== "held";
}

/** Why `decision` cannot be superseded by a new decision of `committeeId`, as a message key; null if it can. */
export function supersessionProblem(decision: DecisionRecordState, committeeId: string): string | null {
  if (decision.archivedAt) return "error.decision.supersedeArchived";
  if (decision.supersededById) return "error.decision.alreadySuperseded";
  if (decision.committeeId !== committeeId) return "error.decision.supersedeOtherCommittee";
  return null;
}

/** How a decision should be read today: in force, replaced, or archived. */
export function decisionStanding(decision: Pick<DecisionRecordState, "archivedAt" | "supersededById">) {
  if (decision.archivedAt) return "archived" as const;
  if (decision.supersededById) return "superseded" as const;
  return "current" as const;
}
