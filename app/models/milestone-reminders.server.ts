// Milestone reminders through the one outbox: the owner post of each pending milestone hears 14, 7
// and 1 days before, then daily for a week once it is overdue (app/domain/milestone-reminders.ts).
// Each reminder point has its own idempotency key, so repeated ticks, or two processes, enqueue it once.
// The same tick keeps every obligation planned two cycles ahead as time passes.
import { prisma } from "~/db.server";
import { reminderDue, reminderWindow } from "~/domain/milestone-reminders";
import { PLANNED_MILESTONE_KINDS } from "~/domain/milestone-plan";
import { isOneOf } from "~/domain/vocabulary";
import { todayIn } from "~/domain/overdue";
import { enqueueNotification } from "./notifications.server";
import { classifiedObligation, topUpAllCycles } from "./reporting.server";

const BATCH = 500;

export async function produceMilestoneReminders(now: Date): Promise<number> {
  await topUpAllCycles(now);
  const today = todayIn(now, "UTC");
  const window = reminderWindow(today);
  let produced = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.milestone.findMany({
      where: {
        status: "pending",
        archivedAt: null,
        ownerPositionId: { not: null },
        dueDate: { gte: window.from, lte: window.to },
        deadline: { archivedAt: null, submittedOn: null, obligation: { archivedAt: null } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        kind: true,
        dueDate: true,
        ownerPositionId: true,
        ownerPosition: { select: { title: true, agency: { select: { name: true, acronym: true } } } },
        deadline: {
          select: {
            id: true,
            cycle: true,
            dueDate: true,
            obligation: {
              select: { id: true, title: true, confidentiality: true, leadAgencyId: true, contributors: { where: { archivedAt: null }, take: 100, select: { agencyId: true } } },
            },
          },
        },
      },
    });
    for (const m of rows) {
      const due = reminderDue(m.dueDate, today);
      if (!due || !m.ownerPositionId) continue;
      const o = m.deadline.obligation;
      // One message per milestone kind, so each language names the step in its own words.
      const kind = isOneOf(PLANNED_MILESTONE_KINDS, m.kind) ? m.kind : "other";
      const values = {
        title: o.title,
        cycle: m.deadline.cycle,
        days: due.days,
        date: { date: m.dueDate.toISOString(), timeZone: "UTC" },
        external: { date: m.deadline.dueDate.toISOString(), timeZone: "UTC" },
        post: m.ownerPosition?.title ?? "",
        agency: m.ownerPosition?.agency.acronym ?? m.ownerPosition?.agency.name ?? "",
      };
      const enqueued = await prisma.$transaction((tx) =>
        enqueueNotification(tx, {
          kind: "milestone_reminder",
          to: { positionId: m.ownerPositionId ?? "" },
          // The point and the due date: a milestone moved to a new date is reminded afresh.
          key: `milestone:${m.id}:${m.dueDate.toISOString().slice(0, 10)}:${due.key}`,
          subject: { key: due.kind === "before" ? `reporting.reminder.subjectBefore.${kind}` : `reporting.reminder.subjectOverdue.${kind}`, values },
          body: { key: `reporting.reminder.body.${kind}`, values },
          link: `/reporting/cycles/${m.deadline.id}`,
          about: { entity: "reportingObligation", record: classifiedObligation(o) },
        }),
      );
      if (enqueued) produced++;
    }
    if (rows.length < BATCH) return produced;
    cursor = rows.at(-1)?.id;
  }
}
