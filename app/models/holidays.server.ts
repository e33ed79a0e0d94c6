// The deployment's public holidays: back-planned milestones move off them. Adding or removing one
// re-plans, in the same transaction as the write and its audit event, the open cycles it can move.
import { prisma } from "~/db.server";
import { todayIn } from "~/domain/overdue";
import { recordAudit } from "./audit.server";
import { replanForHoliday } from "./reporting-cycles.server";

const holidayFields = { id: true, day: true, name: true, archivedAt: true } as const;

/** A year's holidays, in date order, one page at a time. */
export async function listHolidays(year: number, page: { skip: number; take: number }) {
  const where = { archivedAt: null, day: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } };
  const [rows, total] = await Promise.all([
    prisma.publicHoliday.findMany({ where, orderBy: { day: "asc" }, skip: page.skip, take: page.take, select: { id: true, day: true, name: true } }),
    prisma.publicHoliday.count({ where }),
  ]);
  return { rows, total };
}

// Re-planning a busy deployment's cycles is many small writes: more than the default 5 s.
const LONG = { timeout: 60_000 };

/**
 * Adds the holiday (an archived one on that day comes back, renamed), then re-plans. Null when the
 * day is already a holiday: nothing is written.
 */
export function addHoliday(actorId: string, input: { day: Date; name: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.publicHoliday.findUnique({ where: { day: input.day }, select: holidayFields });
    if (existing && !existing.archivedAt) return null;
    const after = existing
      ? await tx.publicHoliday.update({ where: { id: existing.id }, data: { name: input.name, archivedAt: null }, select: holidayFields })
      : await tx.publicHoliday.create({ data: { day: input.day, name: input.name }, select: holidayFields });
    await recordAudit(tx, { actorId, entity: "holiday", entityId: after.id, action: existing ? "restore" : "create", before: existing ?? undefined, after });
    const replanned = await replanForHoliday(tx, actorId, input.day, todayIn(now, "UTC"));
    return { holiday: after, replanned };
  }, LONG);
}

/** Archives the holiday (no deletes), then re-plans. Null when there is no such live holiday. */
export function archiveHoliday(actorId: string, id: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.publicHoliday.findUnique({ where: { id }, select: holidayFields });
    if (!before || before.archivedAt) return null;
    const after = await tx.publicHoliday.update({ where: { id }, data: { archivedAt: now }, select: holidayFields });
    await recordAudit(tx, { actorId, entity: "holiday", entityId: id, action: "archive", before, after });
    const replanned = await replanForHoliday(tx, actorId, before.day, todayIn(now, "UTC"));
    return { holiday: after, replanned };
  }, LONG);
}
