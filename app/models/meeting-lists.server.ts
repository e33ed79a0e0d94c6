// The meeting lists: upcoming and past, "my meetings", and a month's meetings for the month view.
// Every query is scoped with visibleMeetings.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { visibleMeetings } from "~/permissions.server";

const listSelect = {
  id: true,
  title: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  status: true,
  confidentiality: true,
  committee: { select: { id: true, name: true, shortName: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingListFilters = {
  committeeId: string | null;
  status: string | null;
  period: "upcoming" | "past";
  skip: number;
  take: number;
};

export async function listMeetings(ctx: AccessContext, filters: MeetingListFilters, now = new Date()) {
  const where: Prisma.MeetingWhereInput = {
    AND: [
      {
        archivedAt: null,
        startsAt: filters.period === "upcoming" ? { gte: now } : { lt: now },
        ...(filters.committeeId ? { committeeId: filters.committeeId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
      },
      visibleMeetings(ctx),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.meeting.findMany({
      where,
      orderBy: [{ startsAt: filters.period === "upcoming" ? "asc" : "desc" }, { id: "asc" }],
      skip: filters.skip,
      take: filters.take,
      select: listSelect,
    }),
    prisma.meeting.count({ where }),
  ]);
  return { rows, total };
}

/** Where the signed-in person or one of their posts is invited. */
export function myMeetingsWhere(ctx: AccessContext): Prisma.MeetingWhereInput {
  return {
    participations: {
      some: {
        archivedAt: null,
        OR: [...(ctx.personId ? [{ personId: ctx.personId }] : []), { positionId: { in: [...ctx.positionIds] } }],
      },
    },
  };
}

export async function listMyMeetings(ctx: AccessContext, { period, skip, take }: { period: "upcoming" | "past"; skip: number; take: number }, now = new Date()) {
  const where: Prisma.MeetingWhereInput = {
    AND: [{ archivedAt: null, startsAt: period === "upcoming" ? { gte: now } : { lt: now } }, myMeetingsWhere(ctx), visibleMeetings(ctx)],
  };
  const [rows, total] = await Promise.all([
    prisma.meeting.findMany({
      where,
      orderBy: [{ startsAt: period === "upcoming" ? "asc" : "desc" }, { id: "asc" }],
      skip,
      take,
      select: listSelect,
    }),
    prisma.meeting.count({ where }),
  ]);
  return { rows, total };
}

/** Meetings starting in [from, to), for the month view. */
export function meetingsBetween(ctx: AccessContext, { from, to, committeeId }: { from: Date; to: Date; committeeId: string | null }) {
  return prisma.meeting.findMany({
    where: {
      AND: [{ archivedAt: null, startsAt: { gte: from, lt: to }, ...(committeeId ? { committeeId } : {}) }, visibleMeetings(ctx)],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 3000,
    select: {
      id: true,
      title: true,
      startsAt: true,
      timeZone: true,
      status: true,
      committee: { select: { shortName: true, name: true } },
    },
  });
}
