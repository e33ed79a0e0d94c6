// "My work": what the signed-in person's current posts and agencies have on their plate. Work belongs
// to posts, so everything here is found through the posts the person holds today (loadAccess): when a
// post changes hands, its open actions, milestones and meetings appear on the new holder's dashboard.
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { ACTIVE_ACTION_STATUSES, todayIn } from "~/domain/overdue";
import {
  currentAssignmentWhere,
  visibleActions,
  visibleDeadlines,
  visibleHandovers,
  visibleMeetings,
} from "~/permissions.server";
import { actionRowSelect } from "./action.server";
import { loadGaps } from "./responsibility-matrix.server";

const DAY = 24 * 60 * 60 * 1000;
/** How many rows each dashboard card shows; each links to its full, paginated list. */
export const CARD_ROWS = 10;

export async function loadMyWork(ctx: AccessContext, { now, timeZone }: { now: Date; timeZone: string }) {
  const positionIds = [...ctx.positionIds];
  const agencyIds = [...ctx.agencyIds];
  const today = todayIn(now, timeZone);
  const myActions = {
    AND: [
      { ownerPositionId: { in: positionIds }, status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null },
      visibleActions(ctx),
    ],
  };
  const [posts, actions, actionTotal, overdueTotal, meetings, deadlines, milestones, handovers] = await Promise.all([
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
    // Earliest due date first: the overdue ones come at the top, undated ones last.
    prisma.action.findMany({
      where: myActions,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: CARD_ROWS,
      select: actionRowSelect(now),
    }),
    prisma.action.count({ where: myActions }),
    prisma.action.count({ where: { AND: [...myActions.AND, { dueDate: { lt: today } }] } }),
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
      take: CARD_ROWS,
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
          { dueDate: { gte: today, lt: new Date(today.getTime() + 60 * DAY) }, archivedAt: null, status: { notIn: ["submitted", "waived"] } },
          {
            OR: [
              { obligation: { leadPositionId: { in: positionIds } } },
              { obligation: { leadAgencyId: { in: agencyIds } } },
              { obligation: { contributors: { some: { agencyId: { in: agencyIds }, archivedAt: null } } } },
            ],
          },
          visibleDeadlines(ctx),
        ],
      },
      orderBy: { dueDate: "asc" },
      take: CARD_ROWS,
      select: { id: true, cycle: true, dueDate: true, status: true, obligation: { select: { title: true } } },
    }),
    // Internal milestones owned by my posts (the data call, the clearance…), also within 60 days.
    prisma.milestone.findMany({
      where: {
        ownerPositionId: { in: positionIds },
        dueDate: { gte: today, lt: new Date(today.getTime() + 60 * DAY) },
        status: "pending",
        archivedAt: null,
        deadline: { AND: [{ archivedAt: null }, visibleDeadlines(ctx)] },
      },
      orderBy: { dueDate: "asc" },
      take: CARD_ROWS,
      select: {
        id: true,
        kind: true,
        title: true,
        dueDate: true,
        deadline: { select: { id: true, cycle: true, dueDate: true, obligation: { select: { title: true } } } },
      },
    }),
    ctx.personId
      ? prisma.handover.findMany({
          where: { AND: [{ incomingPersonId: ctx.personId, status: "submitted", archivedAt: null }, visibleHandovers(ctx)] },
          orderBy: { submittedAt: "asc" },
          take: CARD_ROWS,
          select: {
            id: true,
            submittedAt: true,
            position: { select: { title: true } },
            agency: { select: { name: true, acronym: true } },
            outgoingPerson: { select: { givenName: true, familyName: true } },
          },
        })
      : [],
  ]);
  return { posts, actions, actionTotal, overdueTotal, meetings, deadlines, milestones, handovers };
}

/**
 * The responsibility gaps of the reader's agencies: on the responsibilities their agency has a role
 * in, the rules of app/domain/gaps.ts (through the responsibility matrix model) say what is unclear.
 */
export async function loadAgencyGaps(ctx: AccessContext, now: Date) {
  const agencies = await prisma.agency.findMany({
    where: { id: { in: [...ctx.agencyIds] }, archivedAt: null },
    orderBy: { name: "asc" },
    take: 5,
    select: { id: true, name: true, acronym: true },
  });
  return Promise.all(
    agencies.map(async (agency) => {
      const { items, total } = await loadGaps({ agencyId: agency.id }, { skip: 0, take: CARD_ROWS }, now);
      return { agency, items, total };
    }),
  );
}
