// The meeting lists: upcoming and past, "my meetings", and a month's meetings for the month view, on
// the raw read path (decision 066): each a page of rows and its total, scoped with visibleMeetingsSql
// (tests/integration/visibility.test.ts holds it to visibleMeetings), in the shapes the Prisma reads
// gave (tests/integration/meeting-lists-read.test.ts compares them with tests/support/meeting-lists-prisma.ts).
import type { Prisma } from "@prisma/client";
import type { AccessContext } from "~/domain/access";
import { accessSqlParams, visibleMeetingsSql } from "~/permissions.server";
import { fromSqlDate, readQuery, sqlDate, type SqlParams } from "~/read-db.server";

export type MeetingListFilters = {
  committeeId: string | null;
  status: string | null;
  period: "upcoming" | "past";
  skip: number;
  take: number;
};

type MeetingRowSql = {
  id: string;
  title: string;
  sequence: number | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: string | null;
  status: string;
  confidentiality: string;
  committeeId: string;
  committeeName: string;
  committeeShortName: string | null;
};
const LIST_COLUMNS = `m.id, m.title, m.sequence, m.startsAt, m.endsAt, m.timeZone, m.venue, m.status, m.confidentiality,
  c.id AS committeeId, c.name AS committeeName, c.shortName AS committeeShortName`;

function meetingRowOf({ committeeId, committeeName, committeeShortName, startsAt, endsAt, ...m }: MeetingRowSql) {
  return {
    ...m,
    startsAt: fromSqlDate(startsAt),
    endsAt: fromSqlDate(endsAt),
    committee: { id: committeeId, name: committeeName, shortName: committeeShortName },
  };
}

/** Where the signed-in person or one of their posts is invited: Prisma's form, for the calendar feed (MINE_SQL is its twin). */
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

/**
 * myMeetingsWhere in SQL. As a correlated EXISTS, so the planner walks the meetings in date order and
 * stops at the page: a busy focal point is invited to thousands of meetings, and collecting all their
 * invitations first cost 8× more for a page of 25.
 */
const MINE_SQL = `EXISTS (SELECT 1 FROM Participation p WHERE p.meetingId = m.id AND p.archivedAt IS NULL
  AND (p.personId = @personId OR p.positionId IN (SELECT value FROM json_each(@ctxPositionIds))))`;

/**
 * A page of meetings and the total: the conditions are fixed fragments (the text depends only on which
 * filters are set, so each combination is one prepared statement), the values named parameters.
 */
function meetingPage(ctx: AccessContext, conditions: [boolean, string][], params: SqlParams, order: "asc" | "desc", page: { skip: number; take: number }) {
  const where = ["m.archivedAt IS NULL", visibleMeetingsSql("m"), ...conditions.filter(([set]) => set).map(([, sql]) => sql)].join(" AND ");
  const values = { ...accessSqlParams(ctx), ...params };
  const rows = readQuery<SqlParams, MeetingRowSql>(`
    SELECT ${LIST_COLUMNS} FROM Meeting m JOIN Committee c ON c.id = m.committeeId
    WHERE ${where} ORDER BY m.startsAt ${order === "asc" ? "ASC" : "DESC"}, m.id ASC LIMIT @take OFFSET @skip`).all({ ...values, take: page.take, skip: page.skip });
  const total = readQuery<SqlParams, { total: number }>(`SELECT count(*) AS total FROM Meeting m WHERE ${where}`).get(values)?.total ?? 0;
  return { rows: rows.map(meetingRowOf), total };
}

export async function listMeetings(ctx: AccessContext, filters: MeetingListFilters, now = new Date()) {
  const upcoming = filters.period === "upcoming";
  return meetingPage(
    ctx,
    [
      [upcoming, "m.startsAt >= @now"],
      [!upcoming, "m.startsAt < @now"],
      [Boolean(filters.committeeId), "m.committeeId = @committeeId"],
      [Boolean(filters.status), "m.status = @status"],
    ],
    { now: sqlDate(now), committeeId: filters.committeeId, status: filters.status },
    upcoming ? "asc" : "desc",
    filters,
  );
}

export async function listMyMeetings(ctx: AccessContext, { period, skip, take }: { period: "upcoming" | "past"; skip: number; take: number }, now = new Date()) {
  const upcoming = period === "upcoming";
  return meetingPage(
    ctx,
    [
      [upcoming, "m.startsAt >= @now"],
      [!upcoming, "m.startsAt < @now"],
      [true, MINE_SQL],
    ],
    { now: sqlDate(now), personId: ctx.personId ?? null },
    upcoming ? "asc" : "desc",
    { skip, take },
  );
}

type MonthRowSql = { id: string; title: string; startsAt: string; timeZone: string; status: string; committeeShortName: string | null; committeeName: string };

/** Meetings starting in [from, to), for the month view. */
export async function meetingsBetween(ctx: AccessContext, { from, to, committeeId }: { from: Date; to: Date; committeeId: string | null }) {
  const where = ["m.archivedAt IS NULL", "m.startsAt >= @from AND m.startsAt < @to", visibleMeetingsSql("m"), ...(committeeId ? ["m.committeeId = @committeeId"] : [])];
  const rows = readQuery<SqlParams, MonthRowSql>(`
    SELECT m.id, m.title, m.startsAt, m.timeZone, m.status, c.shortName AS committeeShortName, c.name AS committeeName
    FROM Meeting m JOIN Committee c ON c.id = m.committeeId
    WHERE ${where.join(" AND ")} ORDER BY m.startsAt ASC, m.id ASC LIMIT 3000`).all({ ...accessSqlParams(ctx), from: sqlDate(from), to: sqlDate(to), committeeId });
  return rows.map(({ committeeShortName, committeeName, startsAt, ...m }) => ({
    ...m,
    startsAt: fromSqlDate(startsAt),
    committee: { shortName: committeeShortName, name: committeeName },
  }));
}
