// Gaps in the responsibility matrix: the places where "who does what" is unclear or about to be lost.
// The UNIDIR 2024 report names unclear roles and rotation as the top obstacles; these rules make them
// visible. Pure: the caller loads the RACI lines and the tenures of the posts, and passes `now`.

/** How far ahead a planned departure counts as a risk. */
export const LEAVING_WINDOW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RaciLine = { role: string; agencyId: string; positionId: string | null };

export type Tenure = {
  id: string;
  positionId: string;
  personId: string;
  startDate: Date;
  plannedEndDate: Date | null;
  endDate: Date | null;
  acting: boolean;
};

export type Gap =
  | { kind: "no_accountable" }
  | { kind: "multiple_accountable"; count: number }
  | { kind: "no_responsible" }
  | { kind: "vacant_post"; positionId: string }
  | { kind: "leaving_without_successor"; positionId: string; personId: string; leavingOn: Date };

export type GapKind = Gap["kind"];
export const GAP_KINDS: readonly GapKind[] = [
  "no_accountable",
  "multiple_accountable",
  "no_responsible",
  "vacant_post",
  "leaving_without_successor",
];

/** Started and not ended: an end date still in the future counts as current (as on the server). */
export function isCurrent(tenure: Tenure, now: Date): boolean {
  return tenure.startDate <= now && (tenure.endDate === null || tenure.endDate > now);
}

/** When the holder goes: the recorded end if there is one, else the planned end. */
export function leavingDate(tenure: Tenure): Date | null {
  return tenure.endDate ?? tenure.plannedEndDate;
}

/**
 * A successor is named when another tenure of the post goes on after the leaver's date: a future
 * appointment, or another current holder (say an acting one) who is not leaving by then.
 */
function hasSuccessor(leaver: Tenure, others: readonly Tenure[], leaving: Date, now: Date): boolean {
  return others.some((t) => {
    if (t.id === leaver.id) return false;
    if (t.endDate !== null && t.endDate <= now) return false;
    const end = leavingDate(t);
    return end === null || end > leaving;
  });
}

/** The staffing gaps of one post: vacant, or its holder leaves soon with nobody named after them. */
export function postGaps(positionId: string, tenures: readonly Tenure[], now: Date): Gap[] {
  const own = tenures.filter((t) => t.positionId === positionId);
  const current = own.filter((t) => isCurrent(t, now));
  if (current.length === 0) return [{ kind: "vacant_post", positionId }];
  const horizon = now.getTime() + LEAVING_WINDOW_DAYS * DAY_MS;
  const gaps: Gap[] = [];
  for (const tenure of current) {
    const leaving = leavingDate(tenure);
    // A planned end already past with no recorded end still counts: the departure is overdue.
    if (leaving === null || leaving.getTime() > horizon) continue;
    if (hasSuccessor(tenure, own, leaving, now)) continue;
    gaps.push({ kind: "leaving_without_successor", positionId, personId: tenure.personId, leavingOn: leaving });
  }
  return gaps;
}

/** Every gap of one responsibility, given its active RACI lines and the tenures of their posts. */
export function responsibilityGaps(lines: readonly RaciLine[], tenures: readonly Tenure[], now: Date): Gap[] {
  const gaps: Gap[] = [];
  const accountable = lines.filter((l) => l.role === "A");
  if (accountable.length === 0) gaps.push({ kind: "no_accountable" });
  if (accountable.length > 1) gaps.push({ kind: "multiple_accountable", count: accountable.length });
  const responsible = lines.filter((l) => l.role === "R");
  if (responsible.length === 0) gaps.push({ kind: "no_responsible" });
  for (const positionId of responsiblePostIds(lines)) gaps.push(...postGaps(positionId, tenures, now));
  return gaps;
}

/** The posts whose tenures the gap rules need: those holding an R. */
export function responsiblePostIds(lines: readonly RaciLine[]): string[] {
  return [...new Set(lines.flatMap((l) => (l.role === "R" && l.positionId !== null ? [l.positionId] : [])))];
}
