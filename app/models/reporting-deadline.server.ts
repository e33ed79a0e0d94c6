// One cycle of an obligation: its submission record and the status of its milestones. A late
// submission is recorded as late, with its date, and stays so.
import { prisma } from "~/db.server";
import { submittedStatus } from "~/domain/compliance";
import type { MilestoneStatus } from "~/domain/vocabulary";
import { currentAssignmentWhere } from "~/permissions.server";
import { todayIn } from "~/domain/overdue";
import type { Actor } from "./access-grant.server";
import { recordAudit } from "./audit.server";
import { cycleRecordFields } from "./reporting-cycles.server";
import { obligationSourceFields } from "./reporting.server";
import { enqueueMilestoneReminder, remindableMilestones, reminderMilestoneFields } from "./milestone-reminder-notice.server";

export function getDeadline(id: string, now: Date) {
  return prisma.reportingDeadline.findUnique({
    where: { id },
    select: {
      ...cycleRecordFields,
      archivedAt: true,
      obligation: {
        select: {
          id: true,
          title: true,
          confidentiality: true,
          submissionAccess: true,
          leadPositionId: true,
          leadAgencyId: true,
          archivedAt: true,
          ...obligationSourceFields,
          contributors: { where: { archivedAt: null }, take: 100, select: { agencyId: true } },
        },
      },
      milestones: {
        where: { archivedAt: null },
        orderBy: [{ dueDate: "asc" }, { kind: "asc" }],
        take: 50,
        select: {
          id: true,
          kind: true,
          title: true,
          dueDate: true,
          status: true,
          completedAt: true,
          ownerPositionId: true,
          ownerPosition: {
            select: {
              id: true,
              title: true,
              agencyId: true,
              agency: { select: { acronym: true, name: true } },
              assignments: { where: currentAssignmentWhere(now), take: 2, select: { acting: true, person: { select: { givenName: true, familyName: true } } } },
            },
          },
        },
      },
    },
  });
}

export type DeadlinePage = NonNullable<Awaited<ReturnType<typeof getDeadline>>>;

const submissionFields = {
  id: true,
  status: true,
  submittedOn: true,
  submissionReference: true,
  submittedBy: true,
  submissionAccess: true,
  nilReport: true,
  recordedById: true,
} as const;

export function recordSubmission(
  actor: Actor,
  deadline: { id: string; dueDate: Date },
  data: { submittedOn: Date; submissionReference: string; submittedBy: string; submissionAccess: string; nilReport: "yes" | "no" },
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.reportingDeadline.findUniqueOrThrow({ where: { id: deadline.id }, select: submissionFields });
    const after = await tx.reportingDeadline.update({
      where: { id: deadline.id },
      data: {
        status: submittedStatus(deadline.dueDate, data.submittedOn),
        submittedOn: data.submittedOn,
        submissionReference: data.submissionReference,
        submittedBy: data.submittedBy,
        submissionAccess: data.submissionAccess,
        nilReport: data.nilReport === "yes",
        recordedById: actor.userId,
      },
      select: submissionFields,
    });
    await recordAudit(tx, { actorId: actor.userId, entity: "reportingDeadline", entityId: deadline.id, action: "submit", before, after });
    // The submission milestone is done with the report.
    const pending = await tx.milestone.findMany({ where: { deadlineId: deadline.id, kind: "submission", status: "pending", archivedAt: null }, select: { id: true, status: true } });
    for (const m of pending) {
      const done = await tx.milestone.update({ where: { id: m.id }, data: { status: "done", completedAt: data.submittedOn }, select: { id: true, status: true, completedAt: true } });
      await recordAudit(tx, { actorId: actor.userId, entity: "milestone", entityId: m.id, action: "update", before: m, after: done });
    }
    return after;
  });
}

export function setMilestoneStatus(actor: Actor, milestoneId: string, status: MilestoneStatus, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { id: true, status: true, completedAt: true } });
    const after = await tx.milestone.update({
      where: { id: milestoneId },
      data: { status, completedAt: status === "done" ? (before.completedAt ?? now) : null },
      select: { id: true, status: true, completedAt: true },
    });
    await recordAudit(tx, { actorId: actor.userId, entity: "milestone", entityId: milestoneId, action: "update", before, after });
    // Back to pending (done by mistake): today's reminder, if one is due, goes out again.
    if (status === "pending" && before.status !== "pending") {
      const today = todayIn(now, "UTC");
      const m = await tx.milestone.findFirst({ where: { AND: [remindableMilestones(today), { id: milestoneId }] }, select: reminderMilestoneFields });
      if (m) await enqueueMilestoneReminder(tx, m, today);
    }
  });
}
