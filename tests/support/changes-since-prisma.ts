// The Prisma read "what changed since the handover" had before it moved to the raw read path
// (app/models/changes-since-read.server.ts, decision 064), kept as the reference the raw read is held
// to in tests/integration/changes-since-read.test.ts: it reads the records of the post (its actions, the
// decisions and meetings of its committees, the deadlines it leads and milestones it owns) created or
// closed since, up to 200 of each, and the audit events that moved them; app/domain/changes-since.ts
// builds the list.
import type { Prisma } from "@prisma/client";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { changesSince, type Change } from "../../app/domain/changes-since";
import { currentAssignmentWhere, visibleActions, visibleDeadlines, visibleDecisions, visibleMeetings } from "../../app/permissions.server";

const ROWS = 200;

/**
 * The reference date: the latest submitted version of the post's latest handover, else the start of
 * the current holder's tenure. Null when neither exists (nothing to compare with).
 */
async function referenceDate(positionId: string, now: Date) {
  const handover = await prisma.handover.findFirst({
    // The date of a submission is a fact of the handover, open to every reader (decision 033).
    where: { positionId, archivedAt: null, submittedAt: { not: null } },
    orderBy: { submittedAt: "desc" },
    select: { id: true, submittedAt: true },
  });
  if (handover?.submittedAt) return { since: handover.submittedAt, handoverId: handover.id };
  const tenure = await prisma.assignment.findFirst({
    where: { positionId, ...currentAssignmentWhere(now) },
    orderBy: { startDate: "desc" },
    select: { startDate: true },
  });
  return tenure ? { since: tenure.startDate, handoverId: null } : null;
}

export async function prismaChangesSince(ctx: AccessContext, positionId: string, now = new Date()): Promise<{ since: Date; handoverId: string | null; changes: Change[]; truncated: boolean } | null> {
  const ref = await referenceDate(positionId, now);
  if (!ref) return null;
  const { since } = ref;
  const committeeIds = (
    await prisma.committeeMembership.findMany({
      where: { positionId, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: since } }] },
      take: 100,
      select: { committeeId: true },
    })
  ).map((m) => m.committeeId);

  const actionWhere: Prisma.ActionWhereInput = {
    AND: [{ ownerPositionId: positionId, OR: [{ createdAt: { gt: since } }, { updates: { some: { at: { gt: since }, status: { in: ["done", "cancelled"] } } } }] }, visibleActions(ctx)],
  };
  const [actions, decisions, deadlines, milestones, meetings] = await Promise.all([
    prisma.action.findMany({
      where: actionWhere,
      orderBy: { createdAt: "desc" },
      take: ROWS,
      select: {
        id: true,
        title: true,
        status: true,
        createdAt: true,
        updates: { where: { at: { gt: since }, status: { in: ["done", "cancelled"] } }, orderBy: { at: "desc" }, take: 1, select: { at: true } },
      },
    }),
    committeeIds.length
      ? prisma.decision.findMany({
          where: { AND: [{ committeeId: { in: committeeIds }, archivedAt: null, createdAt: { gt: since } }, visibleDecisions(ctx)] },
          orderBy: { createdAt: "desc" },
          take: ROWS,
          select: { id: true, title: true, createdAt: true },
        })
      : [],
    prisma.reportingDeadline.findMany({
      where: { AND: [{ obligation: { leadPositionId: positionId }, archivedAt: null, OR: [{ createdAt: { gt: since } }, { updatedAt: { gt: since } }] }, visibleDeadlines(ctx)] },
      take: ROWS,
      select: { id: true, cycle: true, createdAt: true, obligation: { select: { title: true } } },
    }),
    prisma.milestone.findMany({
      where: { ownerPositionId: positionId, archivedAt: null, updatedAt: { gt: since }, deadline: visibleDeadlines(ctx) },
      take: ROWS,
      select: { id: true, kind: true, title: true, deadline: { select: { cycle: true, obligation: { select: { title: true } } } } },
    }),
    committeeIds.length
      ? prisma.meeting.findMany({
          where: { AND: [{ committeeId: { in: committeeIds }, archivedAt: null, OR: [{ createdAt: { gt: since } }, { updatedAt: { gt: since } }] }, visibleMeetings(ctx)] },
          orderBy: { updatedAt: "desc" },
          take: ROWS,
          select: { id: true, title: true, createdAt: true },
        })
      : [],
  ]);

  const audited = [
    ...deadlines.map((d) => ({ entity: "reportingDeadline", id: d.id })),
    ...milestones.map((m) => ({ entity: "milestone", id: m.id })),
    ...meetings.map((m) => ({ entity: "meeting", id: m.id })),
  ];
  const audit = audited.length
    ? await prisma.auditEvent.findMany({
        where: { at: { gt: since }, OR: ["reportingDeadline", "milestone", "meeting"].map((entity) => ({ entity, entityId: { in: audited.filter((a) => a.entity === entity).map((a) => a.id) } })) },
        orderBy: { at: "asc" },
        take: 1000,
        select: { entity: true, entityId: true, at: true, before: true, after: true },
      })
    : [];

  const changes = changesSince({
    since,
    actions: actions.map((a) => ({ id: a.id, title: a.title, status: a.status, createdAt: a.createdAt, closedAt: a.updates[0]?.at ?? null })),
    decisions,
    deadlines: deadlines.map((d) => ({ id: d.id, title: `${d.obligation.title} (${d.cycle})`, createdAt: d.createdAt })),
    milestones: milestones.map((m) => ({ id: m.id, title: `${m.title ?? m.kind} — ${m.deadline.obligation.title} (${m.deadline.cycle})` })),
    meetings,
    audit,
  });
  return { since, handoverId: ref.handoverId, changes, truncated: [actions, decisions, deadlines, milestones, meetings].some((rows) => rows.length === ROWS) };
}
