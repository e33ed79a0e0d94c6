// The Prisma reads the meeting lists had before they moved to the raw read path
// (app/models/meeting-lists.server.ts, decision 066), kept as the reference the raw reads are held to
// in tests/integration/meeting-lists-read.test.ts. Every query is scoped with visibleMeetings.
import type { Prisma } from "@prisma/client";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { myMeetingsWhere, type MeetingListFilters } from "../../app/models/meeting-lists.server";
import { visibleMeetings } from "../../app/permissions.server";

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

export async function prismaListMeetings(ctx: AccessContext, filters: MeetingListFilters, now = new Date()) {
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

export async function prismaListMyMeetings(ctx: AccessContext, { period, skip, take }: { period: "upcoming" | "past"; skip: number; take: number }, now = new Date()) {
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
export function prismaMeetingsBetween(ctx: AccessContext, { from, to, committeeId }: { from: Date; to: Date; committeeId: string | null }) {
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
