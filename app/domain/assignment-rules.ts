// Who may hold a post when: at any time a post has at most one substantive holder and at most one
// acting holder. A clash is explained (who, since when, until when), never a bare refusal.

export type HeldTenure = {
  id: string;
  personId: string;
  personName: string;
  startDate: Date;
  plannedEndDate: Date | null;
  endDate: Date | null;
  acting: boolean;
};

export type ProposedTenure = { personId: string; startDate: Date; plannedEndDate: Date | null; acting: boolean };

export type Clash =
  | { kind: "same_person"; with: HeldTenure }
  | { kind: "holder"; with: HeldTenure }
  | { kind: "acting"; with: HeldTenure };

/**
 * An existing tenure runs until its recorded end, else its planned end: a successor may be named to
 * start when the holder is planned to leave. With neither, it runs on.
 */
function endOf(t: { endDate?: Date | null; plannedEndDate: Date | null }): number {
  const end = t.endDate ?? t.plannedEndDate;
  return end === null || end === undefined ? Number.POSITIVE_INFINITY : end.getTime();
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

/** The first clash the proposed tenure would make with the post's tenures, or null. */
export function findClash(existing: readonly HeldTenure[], proposed: ProposedTenure): Clash | null {
  const span = { start: proposed.startDate.getTime(), end: endOf(proposed) };
  const overlapping = existing.filter((t) => overlaps(span, { start: t.startDate.getTime(), end: endOf(t) }));
  const samePerson = overlapping.find((t) => t.personId === proposed.personId);
  if (samePerson) return { kind: "same_person", with: samePerson };
  const sameKind = overlapping.find((t) => t.acting === proposed.acting);
  if (!sameKind) return null;
  return { kind: proposed.acting ? "acting" : "holder", with: sameKind };
}

/** An end date is valid from the tenure's start on (a one-day tenure ends on its start day). */
export function endDateError(tenure: { startDate: Date; endDate: Date | null }, endDate: Date): "assignment.error.endBeforeStart" | "assignment.error.alreadyEnded" | null {
  if (tenure.endDate !== null) return "assignment.error.alreadyEnded";
  if (endDate < tenure.startDate) return "assignment.error.endBeforeStart";
  return null;
}
