// Milestone reminders through the one outbox: the owner post of each pending milestone hears 14, 7
// and 1 days before, then daily for a week once it is overdue (app/domain/milestone-reminders.ts).
// Each reminder point has its own idempotency key, so repeated ticks, or two processes, enqueue it once.
// Writes that plan or move milestones enqueue today's reminders themselves (milestone-reminder-notice);
// this hourly producer catches up as days pass. The same tick keeps every obligation planned two
// cycles ahead as time passes.
import { prisma } from "~/db.server";
import { reminderDue } from "~/domain/milestone-reminders";
import { todayIn } from "~/domain/overdue";
import { enqueueMilestoneReminder, remindableMilestones, reminderMilestoneFields } from "./milestone-reminder-notice.server";
import { topUpAllCycles } from "./reporting.server";

const BATCH = 500;

export async function produceMilestoneReminders(now: Date): Promise<number> {
  await topUpAllCycles(now);
  const today = todayIn(now, "UTC");
  let produced = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.milestone.findMany({
      where: remindableMilestones(today),
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: reminderMilestoneFields,
    });
    for (const m of rows) {
      // Only the milestones with a reminder point today open a write transaction.
      if (!reminderDue(m.dueDate, today)) continue;
      if (await prisma.$transaction((tx) => enqueueMilestoneReminder(tx, m, today))) produced++;
    }
    if (rows.length < BATCH) return produced;
    cursor = rows.at(-1)?.id;
  }
}
