// The reminder of one pending milestone, enqueued in the caller's transaction through the one outbox.
// Used by the hourly producer (milestone-reminders.server.ts) and by every write that plans or moves
// milestones (reporting-cycles.server.ts): a milestone planned inside a reminder window is reminded
// in the same transaction, not up to an hour later. The idempotency key names the milestone, its due
// day and the reminder point, so the producer's later tick enqueues nothing twice.
import type { Prisma } from "@prisma/client";
import { reminderDue, reminderWindow } from "~/domain/milestone-reminders";
import { PLANNED_MILESTONE_KINDS } from "~/domain/milestone-plan";
import { classifiedObligation } from "~/domain/reporting-access";
import { isOneOf } from "~/domain/vocabulary";
import { enqueueNotification } from "./notifications.server";
import { toIsoDate } from "~/domain/calendar-date";
import { agencyLabel } from "~/domain/labels";

type Tx = Prisma.TransactionClient;

export const reminderMilestoneFields = {
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
} satisfies Prisma.MilestoneSelect;

export type ReminderMilestone = Prisma.MilestoneGetPayload<{ select: typeof reminderMilestoneFields }>;

/** The milestones that may need a reminder today: pending, owned by a post, of a live cycle. */
export function remindableMilestones(today: Date): Prisma.MilestoneWhereInput {
  const window = reminderWindow(today);
  return {
    status: "pending",
    archivedAt: null,
    ownerPositionId: { not: null },
    dueDate: { gte: window.from, lte: window.to },
    deadline: { archivedAt: null, submittedOn: null, obligation: { archivedAt: null } },
  };
}

/** Enqueues today's reminder of the milestone, if one is due; true when a new notice was written. */
export async function enqueueMilestoneReminder(tx: Tx, m: ReminderMilestone, today: Date): Promise<boolean> {
  const due = reminderDue(m.dueDate, today);
  if (!due || !m.ownerPositionId) return false;
  const o = m.deadline.obligation;
  // One message per milestone kind, so each language names the step in its own words.
  const kind = isOneOf(PLANNED_MILESTONE_KINDS, m.kind) ? m.kind : "other";
  const values = {
    title: o.title,
    cycle: m.deadline.cycle,
    days: due.days,
    // Date-only values (UTC midnight): the same calendar day in every reader's zone.
    date: { date: m.dueDate.toISOString(), timeZone: "UTC" },
    external: { date: m.deadline.dueDate.toISOString(), timeZone: "UTC" },
    post: m.ownerPosition?.title ?? "",
    agency: m.ownerPosition ? agencyLabel(m.ownerPosition.agency) : "",
  };
  return enqueueNotification(tx, {
    kind: "milestone_reminder",
    // The post, resolved when the outbox runs: the reminder reaches whoever holds it then.
    to: { positionId: m.ownerPositionId },
    // The point and the due date: a milestone moved to a new date is reminded afresh.
    key: `milestone:${m.id}:${toIsoDate(m.dueDate)}:${due.key}`,
    subject: { key: due.kind === "before" ? `reporting.reminder.subjectBefore.${kind}` : `reporting.reminder.subjectOverdue.${kind}`, values },
    body: { key: `reporting.reminder.body.${kind}`, values },
    link: `/reporting/cycles/${m.deadline.id}`,
    about: { entity: "reportingObligation", record: classifiedObligation(o) },
  });
}

/** Today's reminders of one obligation's milestones, in the transaction that planned or moved them. */
export async function remindObligationMilestones(tx: Tx, obligationId: string, today: Date): Promise<number> {
  const rows = await tx.milestone.findMany({
    where: { AND: [remindableMilestones(today), { deadline: { obligationId } }] },
    orderBy: { id: "asc" },
    take: 200,
    select: reminderMilestoneFields,
  });
  let enqueued = 0;
  for (const m of rows) if (await enqueueMilestoneReminder(tx, m, today)) enqueued++;
  return enqueued;
}
