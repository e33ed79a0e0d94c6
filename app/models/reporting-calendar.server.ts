// The reporting calendar: for one year, each obligation's external due dates and internal milestones.
// Obligations are paged (the timeline and the list show one page; the print shows up to PRINT_LIMIT),
// and only what the reader may see is read.
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { accessSqlParams, visibleObligations, visibleObligationsSql } from "~/permissions.server";
import { groupBy } from "~/domain/group-by";
import { fromSqlDate, readQuery, readSnapshot, sqlDate, sqlList, type SqlParams } from "~/read-db.server";

export const PRINT_LIMIT = 200;

/** The calendar's filters, by their names in the URL (read with reportingCalendarSearch); the year is resolved. */
export type CalendarFilters = { year: number; instrument: string | null; agency: string | null; mine: boolean };


// ─── On the raw read path (decisions 012 and 066) ───────────────────────────────────────────────────
// Three statements from one snapshot whatever the page size: the page of obligations (with the total),
// their cycles of the year, and those cycles' milestones of the year, where Prisma's nested select ran
// seven, each compiled anew. tests/integration/reporting-calendar-read.test.ts checks the rows against
// the Prisma read (tests/support/reporting-calendar-prisma.ts) for each filter and reader.

/** Deadlines shown per obligation, and milestones per deadline (as the Prisma read took). */
const DEADLINES_SHOWN = 12;
const MILESTONES_SHOWN = 30;

type YearParams = { from: string; to: string };
const IN_YEAR_DEADLINE = `d.archivedAt IS NULL AND ((d.dueDate >= @from AND d.dueDate < @to)
  OR EXISTS (SELECT 1 FROM Milestone ms WHERE ms.deadlineId = d.id AND ms.archivedAt IS NULL AND ms.dueDate >= @from AND ms.dueDate < @to))`;

/** The WHERE clause of a filter set: fixed fragments, values as named parameters. */
function calendarConditions(ctx: AccessContext, f: CalendarFilters): { where: string; params: SqlParams } {
  const { from, to } = yearParams(f.year);
  const conditions: [boolean, string][] = [
    [true, "o.archivedAt IS NULL"],
    [true, visibleObligationsSql("o")],
    [Boolean(f.instrument), "o.instrumentId = @instrument"],
    [Boolean(f.agency), "o.leadAgencyId = @agency"],
    [
      f.mine,
      `(o.leadPositionId IN (SELECT value FROM json_each(@ctxPositionIds)) OR o.leadAgencyId IN (SELECT value FROM json_each(@ctxAgencyIds))
        OR EXISTS (SELECT 1 FROM ObligationContributor mc WHERE mc.obligationId = o.id AND mc.archivedAt IS NULL AND mc.agencyId IN (SELECT value FROM json_each(@ctxAgencyIds))))`,
    ],
    [true, `EXISTS (SELECT 1 FROM ReportingDeadline d WHERE d.obligationId = o.id AND ${IN_YEAR_DEADLINE})`],
  ];
  return {
    where: conditions.filter(([set]) => set).map(([, sql]) => sql).join(" AND "),
    params: { ...accessSqlParams(ctx), instrument: f.instrument, agency: f.agency, from, to },
  };
}

/** The calendar year as the bounds of its dates: [1 January, next 1 January). */
function yearParams(year: number): YearParams {
  return { from: sqlDate(new Date(Date.UTC(year, 0, 1))), to: sqlDate(new Date(Date.UTC(year + 1, 0, 1))) };
}

type ObligationRow = { id: string; title: string; code: string; agencyAcronym: string | null; agencyName: string | null; total: number };
type DeadlineRow = { id: string; obligationId: string; cycle: string; dueDate: string; submittedOn: string | null; status: string };
type MilestoneRow = {
  id: string;
  deadlineId: string;
  kind: string;
  title: string | null;
  dueDate: string;
  status: string;
  positionTitle: string | null;
  agencyAcronym: string | null;
  agencyName: string | null;
};

const deadlinesQuery = readQuery<YearParams & { ids: string }, DeadlineRow>(`
  SELECT id, obligationId, cycle, dueDate, submittedOn, status FROM (
    SELECT d.id, d.obligationId, d.cycle, d.dueDate, d.submittedOn, d.status,
      row_number() OVER (PARTITION BY d.obligationId ORDER BY d.dueDate, d.id) AS n
    FROM ReportingDeadline d
    WHERE d.obligationId IN (SELECT value FROM json_each(@ids)) AND ${IN_YEAR_DEADLINE})
  WHERE n <= ${DEADLINES_SHOWN}
  ORDER BY obligationId, dueDate, id`);

const milestonesQuery = readQuery<YearParams & { ids: string }, MilestoneRow>(`
  SELECT id, deadlineId, kind, title, dueDate, status, positionTitle, agencyAcronym, agencyName FROM (
    SELECT m.id, m.deadlineId, m.kind, m.title, m.dueDate, m.status, po.title AS positionTitle, ag.acronym AS agencyAcronym, ag.name AS agencyName,
      row_number() OVER (PARTITION BY m.deadlineId ORDER BY m.dueDate, m.id) AS n
    FROM Milestone m
    LEFT JOIN Position po ON po.id = m.ownerPositionId
    LEFT JOIN Agency ag ON ag.id = po.agencyId
    WHERE m.deadlineId IN (SELECT value FROM json_each(@ids)) AND m.archivedAt IS NULL AND m.dueDate >= @from AND m.dueDate < @to)
  WHERE n <= ${MILESTONES_SHOWN}
  ORDER BY deadlineId, dueDate, id`);

/** A page of the year's obligations the reader may see, by title, each with its cycles and milestones of the year. */
export async function reportingCalendar(ctx: AccessContext, f: CalendarFilters, page: { skip: number; take: number }) {
  const { where, params } = calendarConditions(ctx, f);
  const { obligations, deadlines, milestones, total } = readSnapshot(() => {
    const obligations = readQuery<SqlParams, ObligationRow>(`
      SELECT o.id, o.title, i.code, la.acronym AS agencyAcronym, la.name AS agencyName, count(*) OVER () AS total
      FROM ReportingObligation o
      JOIN Instrument i ON i.id = o.instrumentId
      LEFT JOIN Agency la ON la.id = o.leadAgencyId
      WHERE ${where}
      ORDER BY o.title, o.id LIMIT @take OFFSET @skip`).all({ ...params, take: page.take, skip: page.skip });
    // Past the last page there are no rows to carry the window's count.
    const total =
      obligations[0]?.total ?? (page.skip > 0 ? (readQuery<SqlParams, { n: number }>(`SELECT count(*) AS n FROM ReportingObligation o WHERE ${where}`).get(params)?.n ?? 0) : 0);
    const year = { from: params.from as string, to: params.to as string };
    const deadlines = obligations.length ? deadlinesQuery.all({ ...year, ids: sqlList(obligations.map((o) => o.id)) }) : [];
    const milestones = deadlines.length ? milestonesQuery.all({ ...year, ids: sqlList(deadlines.map((d) => d.id)) }) : [];
    return { obligations, deadlines, milestones, total };
  });
  const deadlinesOf = groupBy(deadlines, (d) => d.obligationId);
  const milestonesOf = groupBy(milestones, (m) => m.deadlineId);
  return {
    total,
    obligations: obligations.map((o) => ({
      id: o.id,
      title: o.title,
      instrument: { code: o.code },
      leadAgency: o.agencyName !== null ? { acronym: o.agencyAcronym, name: o.agencyName } : null,
      deadlines: (deadlinesOf.get(o.id) ?? []).map((d) => ({
        id: d.id,
        cycle: d.cycle,
        dueDate: fromSqlDate(d.dueDate),
        submittedOn: fromSqlDate(d.submittedOn),
        status: d.status,
        milestones: (milestonesOf.get(d.id) ?? []).map((m) => ({
          id: m.id,
          kind: m.kind,
          title: m.title,
          dueDate: fromSqlDate(m.dueDate),
          status: m.status,
          ownerPosition: m.positionTitle !== null ? { title: m.positionTitle, agency: { acronym: m.agencyAcronym, name: m.agencyName ?? "" } } : null,
        })),
      })),
    })),
  };
}

export type CalendarObligation = Awaited<ReturnType<typeof reportingCalendar>>["obligations"][number];

/** The feed's entries: due dates and milestones from 90 days back to a year ahead, as the owner may see them. */
export async function reportingFeedEntries(ctx: AccessContext, now: Date) {
  const window = { gte: new Date(now.getTime() - 90 * 86_400_000), lt: new Date(now.getTime() + 366 * 86_400_000) };
  const visible = { archivedAt: null, obligation: { AND: [{ archivedAt: null }, visibleObligations(ctx)] } };
  const [deadlines, milestones] = await Promise.all([
    prisma.reportingDeadline.findMany({
      where: { ...visible, dueDate: window },
      orderBy: { dueDate: "asc" },
      take: 2000,
      select: { id: true, cycle: true, dueDate: true, status: true, submittedOn: true, updatedAt: true, obligation: { select: { id: true, title: true } } },
    }),
    prisma.milestone.findMany({
      where: { archivedAt: null, dueDate: window, deadline: visible },
      orderBy: { dueDate: "asc" },
      take: 5000,
      select: {
        id: true,
        kind: true,
        title: true,
        dueDate: true,
        status: true,
        updatedAt: true,
        ownerPosition: { select: { title: true } },
        deadline: { select: { id: true, cycle: true, obligation: { select: { title: true } } } },
      },
    }),
  ]);
  return { deadlines, milestones };
}
