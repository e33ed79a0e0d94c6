// The cycles (ReportingDeadline rows) of an obligation and their back-planned milestones. Called inside
// the caller's transaction: a change of rule, offsets, lead or contributors re-plans the open future
// cycles and leaves the past ones (and hand-added ones) exactly as they were.
import type { Prisma } from "@prisma/client";
import { dueRuleOf, isSettled, planRegeneration, type PlannedCycle } from "~/domain/due-rules";
import { backPlan, holidayReplanWindow, milestoneChanges, type MilestoneOffsets, type PlannedMilestone } from "~/domain/milestone-plan";
import { recordAudit } from "./audit.server";
import { remindObligationMilestones } from "./milestone-reminder-notice.server";
import { toIsoDate } from "~/domain/calendar-date";

type Tx = Prisma.TransactionClient;

export const ruleFields = {
  ruleKind: true,
  ruleMonth: true,
  ruleDay: true,
  ruleIntervalYears: true,
  ruleFirstYear: true,
  ruleEventDate: true,
  ruleStart: true,
  rrule: true,
} satisfies Prisma.ReportingObligationSelect;

export const planFields = {
  id: true,
  confidentiality: true,
  leadPositionId: true,
  offsetDataCall: true,
  offsetContributions: true,
  offsetConsolidation: true,
  offsetClearance: true,
  offsetSubmission: true,
  skipNonWorkingDays: true,
  ...ruleFields,
  contributors: { where: { archivedAt: null }, select: { positionId: true } },
} satisfies Prisma.ReportingObligationSelect;

type PlanSource = Prisma.ReportingObligationGetPayload<{ select: typeof planFields }>;

/** A cycle's period, due date and where its submission stands. */
export const cycleSummaryFields = {
  id: true,
  cycle: true,
  periodStart: true,
  periodEnd: true,
  dueDate: true,
  status: true,
  submittedOn: true,
} satisfies Prisma.ReportingDeadlineSelect;

/** A cycle as its page and the obligation's page show it: the summary and the submission record. */
export const cycleRecordFields = {
  ...cycleSummaryFields,
  submissionReference: true,
  submittedBy: true,
  submissionAccess: true,
  nilReport: true,
  manual: true,
} satisfies Prisma.ReportingDeadlineSelect;

const cycleFields = { ...cycleSummaryFields, manual: true, archivedAt: true, confidentiality: true } satisfies Prisma.ReportingDeadlineSelect;

export function offsetsOf(o: PlanSource): MilestoneOffsets {
  return {
    data_call: o.offsetDataCall,
    contributions: o.offsetContributions,
    consolidation: o.offsetConsolidation,
    clearance: o.offsetClearance,
    submission: o.offsetSubmission,
  };
}

/** The deployment's public holidays in a range, as "YYYY-MM-DD" keys. */
export async function holidaySet(db: Tx, from: Date, to: Date): Promise<Set<string>> {
  const rows = await db.publicHoliday.findMany({
    where: { archivedAt: null, day: { gte: from, lte: to } },
    take: 2000,
    select: { day: true },
  });
  return new Set(rows.map((r) => toIsoDate(r.day)));
}

async function milestonePlan(tx: Tx, o: PlanSource, due: Date): Promise<PlannedMilestone[]> {
  const offsets = offsetsOf(o);
  const holidays = await holidaySet(tx, new Date(due.getTime() - 400 * 86_400_000), due);
  return backPlan(due, {
    offsets,
    leadPositionId: o.leadPositionId,
    contributorPositionIds: o.contributors.flatMap((c) => (c.positionId ? [c.positionId] : [])),
    skipNonWorkingDays: o.skipNonWorkingDays,
    holidays,
  });
}

/**
 * Brings a cycle's milestones in line with the plan: pending ones that moved or lost their owner are
 * archived and planned again; done and skipped ones are history and stay.
 */
async function replanMilestones(tx: Tx, actorId: string | null, deadlineId: string, plan: PlannedMilestone[]) {
  const current = await tx.milestone.findMany({
    where: { deadlineId, archivedAt: null, kind: { not: "other" } },
    select: { id: true, kind: true, ownerPositionId: true, dueDate: true, status: true },
  });
  const changes = milestoneChanges(current, plan);
  for (const id of changes.archive) {
    const after = await tx.milestone.update({ where: { id }, data: { archivedAt: new Date() }, select: { id: true, archivedAt: true } });
    await recordAudit(tx, { actorId, entity: "milestone", entityId: id, action: "archive", before: { archivedAt: null }, after });
  }
  for (const m of changes.create) {
    const created = await tx.milestone.create({
      data: { deadlineId, kind: m.kind, ownerPositionId: m.ownerPositionId, dueDate: m.dueDate, status: "pending" },
      select: { id: true, kind: true, ownerPositionId: true, dueDate: true, status: true },
    });
    await recordAudit(tx, { actorId, entity: "milestone", entityId: created.id, action: "create", after: created });
  }
}

async function createCycle(tx: Tx, actorId: string | null, o: PlanSource, p: PlannedCycle, manual = false) {
  const created = await tx.reportingDeadline.create({
    data: {
      obligationId: o.id,
      cycle: p.cycle,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      dueDate: p.dueDate,
      status: "upcoming",
      confidentiality: o.confidentiality,
      manual,
    },
    select: cycleFields,
  });
  await recordAudit(tx, { actorId, entity: "reportingDeadline", entityId: created.id, action: "create", after: created });
  await replanMilestones(tx, actorId, created.id, await milestonePlan(tx, o, p.dueDate));
  return created;
}

/**
 * Makes the obligation's cycles follow its rule from `today`: creates the missing ones ahead, moves
 * or archives the open future ones, and re-plans the milestones of every open future cycle.
 */
export async function syncCycles(tx: Tx, actorId: string | null, obligationId: string, today: Date, { replanOpen = true }: { replanOpen?: boolean } = {}) {
  const o = await tx.reportingObligation.findUniqueOrThrow({ where: { id: obligationId }, select: planFields });
  const rule = dueRuleOf(o);
  if (!rule) return;
  const existing = await tx.reportingDeadline.findMany({ where: { obligationId }, take: 500, select: cycleFields });
  const plan = planRegeneration(existing, rule, today);
  const touched = new Set<string>();
  for (const p of plan.create) touched.add((await createCycle(tx, actorId, o, p)).id);
  for (const u of plan.update) {
    const before = existing.find((c) => c.id === u.id);
    const after = await tx.reportingDeadline.update({
      where: { id: u.id },
      data: { dueDate: u.planned.dueDate, periodStart: u.planned.periodStart, periodEnd: u.planned.periodEnd, ...(u.restore ? { archivedAt: null } : {}) },
      select: cycleFields,
    });
    await recordAudit(tx, { actorId, entity: "reportingDeadline", entityId: u.id, action: u.restore ? "restore" : "update", before, after });
  }
  // The cycles share the obligation's confidentiality.
  await tx.reportingDeadline.updateMany({ where: { obligationId, confidentiality: { not: o.confidentiality } }, data: { confidentiality: o.confidentiality } });
  for (const id of plan.archive) {
    const before = existing.find((c) => c.id === id);
    const after = await tx.reportingDeadline.update({ where: { id }, data: { archivedAt: new Date() }, select: cycleFields });
    await recordAudit(tx, { actorId, entity: "reportingDeadline", entityId: id, action: "archive", before, after });
    await tx.milestone.updateMany({ where: { deadlineId: id, status: "pending", archivedAt: null }, data: { archivedAt: new Date() } });
  }
  // Every open future cycle follows the current offsets, lead and contributors (after an edit; the
  // daily top-up only adds what is missing).
  if (replanOpen) {
    const open = await tx.reportingDeadline.findMany({ where: { obligationId, archivedAt: null }, take: 500, select: cycleFields });
    for (const c of open) {
      if (touched.has(c.id) || isSettled(c, today)) continue;
      await replanMilestones(tx, actorId, c.id, await milestonePlan(tx, o, c.dueDate));
    }
  }
  // A milestone planned or moved into a reminder window is reminded now, in this transaction.
  await remindObligationMilestones(tx, obligationId, today);
}

/** A cycle added by hand when the event happens; its milestones are planned like any other. */
export async function addManualCycle(tx: Tx, actorId: string, obligationId: string, cycle: { cycle: string; dueDate: Date }, today: Date) {
  const o = await tx.reportingObligation.findUniqueOrThrow({ where: { id: obligationId }, select: planFields });
  const created = await createCycle(tx, actorId, o, { cycle: cycle.cycle, dueDate: cycle.dueDate, periodStart: null, periodEnd: null }, true);
  await remindObligationMilestones(tx, obligationId, today);
  return created;
}

/**
 * After a public holiday is added or removed on `day`: re-plans the pending milestones of the open
 * cycles it can move (obligations that skip non-working days, due inside holidayReplanWindow and
 * not before today), audited, and reminds what moved into a reminder window. Past, submitted and
 * waived cycles keep their milestones. In the caller's transaction.
 */
export async function replanForHoliday(tx: Tx, actorId: string, day: Date, today: Date): Promise<number> {
  const window = holidayReplanWindow(day);
  const from = window.from > today ? window.from : today;
  const cycles = await tx.reportingDeadline.findMany({
    where: {
      archivedAt: null,
      submittedOn: null,
      status: { notIn: ["submitted", "waived"] },
      dueDate: { gte: from, lte: window.to },
      obligation: { archivedAt: null, skipNonWorkingDays: true },
    },
    orderBy: [{ obligationId: "asc" }, { dueDate: "asc" }],
    select: { id: true, dueDate: true, obligationId: true },
  });
  const plans = new Map<string, PlanSource>();
  for (const c of cycles) {
    let o = plans.get(c.obligationId);
    if (!o) {
      o = await tx.reportingObligation.findUniqueOrThrow({ where: { id: c.obligationId }, select: planFields });
      plans.set(c.obligationId, o);
    }
    await replanMilestones(tx, actorId, c.id, await milestonePlan(tx, o, c.dueDate));
  }
  for (const obligationId of plans.keys()) await remindObligationMilestones(tx, obligationId, today);
  return cycles.length;
}
