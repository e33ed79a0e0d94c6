// Internal milestones planned back from an external due date: the data call to contributors, the
// contributions, the consolidated draft, inter-agency clearance and the submission. Each falls a
// number of days before the due date (per obligation), moved back to the working day before when it
// lands on a weekend or a public holiday: moving earlier keeps the plan achievable.
import { addDays } from "./due-rules";
import { toIsoDate } from "./calendar-date";

export const PLANNED_MILESTONE_KINDS = ["data_call", "contributions", "consolidation", "clearance", "submission"] as const;
export type PlannedMilestoneKind = (typeof PLANNED_MILESTONE_KINDS)[number];

export type MilestoneOffsets = Record<PlannedMilestoneKind, number>;

export const DEFAULT_OFFSETS: MilestoneOffsets = {
  data_call: 120,
  contributions: 75,
  consolidation: 45,
  clearance: 20,
  submission: 3,
};

/** The longest a plan may reach back before the due date. */
export const MAX_OFFSET_DAYS = 366;

export function isWeekend(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The day itself if it is a working day, else the closest working day before it. */
export function workingDayOnOrBefore(day: Date, holidays: ReadonlySet<string>): Date {
  let d = day;
  // Bounded: a year of holidays in a row is not a calendar.
  for (let i = 0; i < 366 && (isWeekend(d) || holidays.has(toIsoDate(d))); i++) d = addDays(d, -1);
  return d;
}

export type PlannedMilestone = { kind: PlannedMilestoneKind; dueDate: Date; ownerPositionId: string | null };

/**
 * The milestones of one cycle. The lead post owns every step but the contributions, which belong to
 * each contributing agency's post (one milestone per contributor with a post).
 */
export function backPlan(
  due: Date,
  options: {
    offsets: MilestoneOffsets;
    leadPositionId: string | null;
    contributorPositionIds: readonly string[];
    skipNonWorkingDays: boolean;
    holidays: ReadonlySet<string>;
  },
): PlannedMilestone[] {
  const at = (kind: PlannedMilestoneKind) => {
    const day = addDays(due, -options.offsets[kind]);
    return options.skipNonWorkingDays ? workingDayOnOrBefore(day, options.holidays) : day;
  };
  const lead = options.leadPositionId;
  return [
    { kind: "data_call", dueDate: at("data_call"), ownerPositionId: lead },
    ...[...new Set(options.contributorPositionIds)].map((ownerPositionId) => ({ kind: "contributions" as const, dueDate: at("contributions"), ownerPositionId })),
    { kind: "consolidation", dueDate: at("consolidation"), ownerPositionId: lead },
    { kind: "clearance", dueDate: at("clearance"), ownerPositionId: lead },
    { kind: "submission", dueDate: at("submission"), ownerPositionId: lead },
  ];
}

/** The offsets must step towards the due date: data call first, submission last. */
export function offsetsInOrder(offsets: MilestoneOffsets): boolean {
  const values = PLANNED_MILESTONE_KINDS.map((k) => offsets[k]);
  return values.every((v, i) => i === 0 || v <= (values[i - 1] ?? v));
}

/**
 * The due dates whose milestones a holiday added or removed on `day` can move: a milestone lies at
 * most MAX_OFFSET_DAYS before its due date, and a holiday moves it only when it falls on the
 * milestone's day or in the run of non-working days just before (a fortnight covers any real run).
 * Cycles due outside this window keep their milestones exactly as they are.
 */
export function holidayReplanWindow(day: Date): { from: Date; to: Date } {
  return { from: day, to: addDays(day, MAX_OFFSET_DAYS + 14) };
}

export type CurrentMilestone = { id: string; kind: string; ownerPositionId: string | null; dueDate: Date; status: string };

const planKey = (m: { kind: string; ownerPositionId: string | null }) => `${m.kind}|${m.ownerPositionId ?? ""}`;

/**
 * What re-planning a cycle writes: the pending milestones whose day or owner the plan changed are
 * archived and planned again; done and skipped ones are history and stay, as does every milestone
 * already where the plan wants it.
 */
export function milestoneChanges(current: readonly CurrentMilestone[], plan: readonly PlannedMilestone[]): { archive: string[]; create: PlannedMilestone[] } {
  const wanted = new Map(plan.map((m) => [planKey(m), m]));
  const kept = new Set<string>();
  const archive: string[] = [];
  for (const m of current) {
    const target = wanted.get(planKey(m));
    if (m.status !== "pending" || (target && target.dueDate.getTime() === m.dueDate.getTime())) kept.add(planKey(m));
    else archive.push(m.id);
  }
  return { archive, create: plan.filter((m) => !kept.has(planKey(m))) };
}
