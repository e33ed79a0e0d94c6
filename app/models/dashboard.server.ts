import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { currentAssignmentWhere, visibleActions, visibleDeadlines, visibleMeetings } from "~/permissions.server";

const DAY = 24 * 60 * 60 * 1000;

/** "My work": what the signed-in person's current posts and agencies have on their plate. */
export async function loadMyWork(ctx: AccessContext, now = new Date()) {
  const positionIds = [...ctx.positionIds];
  const agencyIds = [...ctx.agencyIds];
  const [posts, actions, meetings, deadlines] = await Promise.all([
    ctx.personId
      ? prisma.assignment.findMany({
          where: { personId: ctx.personId, ...currentAssignmentWhere(now) },
          orderBy: { startDate: "asc" },
          select: {
            id: true,
            acting: true,
            plannedEndDate: true,
            position: { select: { id: true, title: true, agency: { select: { id: true, name: true, acronym: true } } } },
          },
        })
      : [],
    prisma.action.findMany({
      where: {
        AND: [
          { ownerPositionId: { in: positionIds }, status: { in: ["open", "in_progress"] }, archivedAt: null },
          visibleActions(ctx),
        ],
      },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 20,
      select: {
        id: true,
        title: true,
        status: true,
        dueDate: true,
        ownerPosition: { select: { title: true } },
        committee: { select: { id: true, name: true, shortName: true } },
      },
    }),
    prisma.meeting.findMany({
      where: {
        AND: [
          { startsAt: { gte: now, lt: new Date(now.getTime() + 30 * DAY) }, archivedAt: null, status: { not: "cancelled" } },
          {
            OR: [
              { committeeId: { in: [...ctx.committeeIds] } },
              { participations: { some: { positionId: { in: positionIds } } } },
              ...(ctx.personId ? [{ participations: { some: { personId: ctx.personId } } }] : []),
            ],
          },
          visibleMeetings(ctx),
        ],
      },
      orderBy: { startsAt: "asc" },
      take: 20,
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        venue: true,
        status: true,
        committee: { select: { id: true, name: true, shortName: true } },
      },
    }),
    prisma.reportingDeadline.findMany({
      where: {
        AND: [
          { dueDate: { gte: now, lt: new Date(now.getTime() + 60 * DAY) }, archivedAt: null, status: { notIn: ["submitted", "waived"] } },
          {
            OR: [
              { obligation: { leadPositionId: { in: positionIds } } },
              { obligation: { leadAgencyId: { in: agencyIds } } },
              { obligation: { contributors: { some: { agencyId: { in: agencyIds } } } } },
              { milestones: { some: { ownerPositionId: { in: positionIds } } } },
            ],
          },
          visibleDeadlines(ctx),
        ],
      },
      orderBy: { dueDate: "asc" },
      take: 20,
      select: { id: true, cycle: true, dueDate: true, status: true, obligation: { select: { title: true } } },
    }),
  ]);
  return { posts, actions, meetings, deadlines };
}
