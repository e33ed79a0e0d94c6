// Rotation risk: where staff rotation is about to erase what a post knows. Pure rules; the model
// (app/models/rotation-risk.server.ts) loads tenures, handovers and workloads and passes `now` and the
// thresholds (RotationRiskSettings, changed by administrators).
import { isCurrent, leavingDate, type Tenure } from "./gaps";
import { groupBy } from "./group-by";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The page's sections, one per rule. */
export const ROTATION_SECTIONS = ["leaving", "uncovered", "concentration", "waiting", "longActing"] as const;
export type RotationSection = (typeof ROTATION_SECTIONS)[number];

export type RotationThresholds = {
  leavingWithinDays: number;
  unacknowledgedAfterDays: number;
  actingLongerThanDays: number;
  concentrationResponsibilities: number;
  concentrationActions: number;
  concentrationMilestones: number;
};

export const DEFAULT_THRESHOLDS: RotationThresholds = {
  leavingWithinDays: 90,
  unacknowledgedAfterDays: 14,
  actingLongerThanDays: 90,
  concentrationResponsibilities: 6,
  concentrationActions: 12,
  concentrationMilestones: 6,
};

const days = (n: number) => n * DAY_MS;

/** The current substantive or acting holder leaves by the horizon (an overdue planned end counts). */
function leavesWithin(t: Tenure, now: Date, withinDays: number): Date | null {
  if (!isCurrent(t, now)) return null;
  const leaving = leavingDate(t);
  if (leaving === null || leaving.getTime() > now.getTime() + days(withinDays)) return null;
  return leaving;
}

function successorNamed(leaver: Tenure, tenures: readonly Tenure[], leaving: Date, now: Date): boolean {
  return tenures.some((t) => {
    if (t.id === leaver.id || t.positionId !== leaver.positionId) return false;
    if (t.endDate !== null && t.endDate <= now) return false;
    const end = leavingDate(t);
    return end === null || end > leaving;
  });
}

export type LeavingPost = {
  positionId: string;
  personId: string;
  assignmentId: string;
  leavingOn: Date;
  handoverStarted: boolean;
  successorNamed: boolean;
};

/**
 * Posts whose holder leaves within the window and where the handover is not started or no successor
 * is named. A handover counts as started for the leaving tenure, or for the post since the holder began.
 */
export function leavingPosts(
  tenures: readonly Tenure[],
  handovers: readonly { positionId: string; outgoingAssignmentId: string | null; createdAt: Date }[],
  now: Date,
  t: Pick<RotationThresholds, "leavingWithinDays">,
): LeavingPost[] {
  const out: LeavingPost[] = [];
  // Grouped by post once, so each tenure is compared with its own post's tenures and handovers only.
  const tenuresByPost = groupByPost(tenures);
  const handoversByPost = groupByPost(handovers);
  for (const tenure of tenures) {
    const leavingOn = leavesWithin(tenure, now, t.leavingWithinDays);
    if (!leavingOn) continue;
    const handoverStarted = (handoversByPost.get(tenure.positionId) ?? []).some(
      (h) => h.outgoingAssignmentId === tenure.id || (h.outgoingAssignmentId === null && h.createdAt >= tenure.startDate),
    );
    const named = successorNamed(tenure, tenuresByPost.get(tenure.positionId) ?? [], leavingOn, now);
    if (handoverStarted && named) continue;
    out.push({ positionId: tenure.positionId, personId: tenure.personId, assignmentId: tenure.id, leavingOn, handoverStarted, successorNamed: named });
  }
  return out.sort((a, b) => a.leavingOn.getTime() - b.leavingOn.getTime());
}

function groupByPost<T extends { positionId: string }>(rows: readonly T[]): Map<string, T[]> {
  return groupBy(rows, (row) => row.positionId);
}

export type UncoveredResponsibility = { responsibilityId: string; reason: "all_vacant" | "all_leaving" | "vacant_or_leaving"; positionIds: string[] };

/**
 * Responsibilities whose responsible (R) posts are all vacant, or all held by people leaving within
 * the window with nobody named after them. A responsibility with no R post at all is a matrix gap
 * (app/domain/gaps.ts), not a rotation risk.
 */
export function uncoveredResponsibilities(
  lines: readonly { responsibilityId: string; role: string; positionId: string | null }[],
  tenures: readonly Tenure[],
  now: Date,
  t: Pick<RotationThresholds, "leavingWithinDays">,
): UncoveredResponsibility[] {
  const byResponsibility = new Map<string, Set<string>>();
  for (const l of lines) {
    if (l.role !== "R" || l.positionId === null) continue;
    const set = byResponsibility.get(l.responsibilityId) ?? new Set<string>();
    set.add(l.positionId);
    byResponsibility.set(l.responsibilityId, set);
  }
  const tenuresByPost = groupByPost(tenures);

  const out: UncoveredResponsibility[] = [];
  for (const [responsibilityId, posts] of byResponsibility) {
    let vacant = 0;
    let leaving = 0;
    for (const positionId of posts) {
      const own = tenuresByPost.get(positionId) ?? [];
      const current = own.filter((x) => isCurrent(x, now));
      if (current.length === 0) {
        vacant++;
        continue;
      }
      // Covered if any current holder stays beyond the window, or a successor is named.
      const covered = current.some((x) => {
        const leavingOn = leavesWithin(x, now, t.leavingWithinDays);
        return leavingOn === null || successorNamed(x, own, leavingOn, now);
      });
      if (!covered) leaving++;
    }
    if (vacant + leaving < posts.size) continue;
    const reason = vacant === posts.size ? "all_vacant" : leaving === posts.size ? "all_leaving" : "vacant_or_leaving";
    out.push({ responsibilityId, reason, positionIds: [...posts].sort() });
  }
  return out.sort((a, b) => a.responsibilityId.localeCompare(b.responsibilityId));
}

export type Workload = { personId: string; responsibilities: number; actions: number; milestones: number };
export type Concentration = Workload & { over: ("responsibilities" | "actions" | "milestones")[] };

/**
 * Knowledge concentration: one person alone carrying many responsibilities (as the only current holder
 * of every responsible post), open actions or pending milestones. At or above a threshold counts.
 */
export function knowledgeConcentration(workloads: readonly Workload[], t: RotationThresholds): Concentration[] {
  return workloads
    .map((w) => ({
      ...w,
      over: [
        ...(w.responsibilities >= t.concentrationResponsibilities ? (["responsibilities"] as const) : []),
        ...(w.actions >= t.concentrationActions ? (["actions"] as const) : []),
        ...(w.milestones >= t.concentrationMilestones ? (["milestones"] as const) : []),
      ],
    }))
    .filter((w) => w.over.length > 0)
    .sort((a, b) => b.responsibilities + b.actions + b.milestones - (a.responsibilities + a.actions + a.milestones) || a.personId.localeCompare(b.personId));
}

/**
 * How many responsibilities each person carries alone: all of a responsibility's R posts are held
 * (currently, substantive or acting) by that one person.
 */
export function soleCarriers(
  lines: readonly { responsibilityId: string; role: string; positionId: string | null }[],
  tenures: readonly Tenure[],
  now: Date,
): Map<string, number> {
  const holders = new Map<string, Set<string>>();
  for (const tenure of tenures) {
    if (!isCurrent(tenure, now)) continue;
    holders.set(tenure.positionId, (holders.get(tenure.positionId) ?? new Set()).add(tenure.personId));
  }
  const people = new Map<string, Set<string>>();
  for (const l of lines) {
    if (l.role !== "R" || l.positionId === null) continue;
    const set = people.get(l.responsibilityId) ?? new Set<string>();
    for (const p of holders.get(l.positionId) ?? ["(vacant)"]) set.add(p);
    people.set(l.responsibilityId, set);
  }
  const counts = new Map<string, number>();
  for (const set of people.values()) {
    if (set.size !== 1) continue;
    const [only] = [...set];
    if (only === undefined || only === "(vacant)") continue;
    counts.set(only, (counts.get(only) ?? 0) + 1);
  }
  return counts;
}

/** Submitted versions nobody has acknowledged after the threshold. */
export function unacknowledgedHandovers<H extends { submittedAt: Date; acknowledgedAt: Date | null }>(
  handovers: readonly H[],
  now: Date,
  t: Pick<RotationThresholds, "unacknowledgedAfterDays">,
): (H & { waitingDays: number })[] {
  return handovers
    .filter((h) => h.acknowledgedAt === null && now.getTime() - h.submittedAt.getTime() > days(t.unacknowledgedAfterDays))
    .map((h) => ({ ...h, waitingDays: Math.floor((now.getTime() - h.submittedAt.getTime()) / DAY_MS) }))
    .sort((a, b) => b.waitingDays - a.waitingDays);
}

/** Acting holders in place longer than the threshold: an interim that has become the norm. */
export function longActingHolders<T extends Tenure>(tenures: readonly T[], now: Date, t: Pick<RotationThresholds, "actingLongerThanDays">): (T & { actingDays: number })[] {
  return tenures
    .filter((x) => x.acting && isCurrent(x, now) && now.getTime() - x.startDate.getTime() > days(t.actingLongerThanDays))
    .map((x) => ({ ...x, actingDays: Math.floor((now.getTime() - x.startDate.getTime()) / DAY_MS) }))
    .sort((a, b) => b.actingDays - a.actingDays);
}
