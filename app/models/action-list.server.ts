// The action list and its CSV export (one where clause, so both show the same rows), and the other
// lists of action rows: a decision's follow-up, a committee's open actions. The record itself (read,
// checks, writes) is in action.server.ts.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import type { ActionStatusFilter } from "~/domain/action-status";
import { ACTIVE_ACTION_STATUSES, dueWindowRange, type DueWindow } from "~/domain/overdue";
import { accessSqlParams, currentAssignmentWhere, visibleActions, visibleActionsSql } from "~/permissions.server";
import { fromSqlDate, readQuery, sqlDate, sqlList, type SqlParams } from "~/read-db.server";

/** What a list row shows, including whether anyone holds the owner post today. */
export function actionRowSelect(now: Date) {
  return {
    id: true,
    title: true,
    status: true,
    dueDate: true,
    confidentiality: true,
    archivedAt: true,
    ownerPosition: {
      select: {
        id: true,
        title: true,
        assignments: { where: currentAssignmentWhere(now), take: 1, select: { id: true } },
      },
    },
    ownerAgency: { select: { id: true, name: true, acronym: true } },
    committee: { select: { id: true, name: true, shortName: true } },
    decision: { select: { id: true, year: true, serial: true, committee: { select: { decisionPrefix: true } } } },
  } satisfies Prisma.ActionSelect;
}


// The list rows by id on the raw read path (decision 012), in the shape of actionRowSelect.
type ActionRowSql = {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  confidentiality: string;
  archivedAt: string | null;
  positionId: string;
  positionTitle: string;
  holderId: string | null;
  agencyId: string;
  agencyName: string;
  agencyAcronym: string | null;
  committeeId: string | null;
  committeeName: string | null;
  committeeShortName: string | null;
  decisionId: string | null;
  decisionYear: number | null;
  decisionSerial: number | null;
  decisionPrefix: string | null;
};
/** The list row's tables (owner post and agency, committee, decision and its committee), by id. */
const ACTION_ROW_FROM = `FROM Action x
  JOIN Position po ON po.id = x.ownerPositionId
  JOIN Agency ag ON ag.id = x.ownerAgencyId
  LEFT JOIN Committee c ON c.id = x.committeeId
  LEFT JOIN Decision d ON d.id = x.decisionId
  LEFT JOIN Committee dc ON dc.id = d.committeeId`;
const ACTION_ROW_COLUMNS = `x.id, x.title, x.status, x.dueDate, x.confidentiality, x.archivedAt,
         po.id AS positionId, po.title AS positionTitle,
         ag.id AS agencyId, ag.name AS agencyName, ag.acronym AS agencyAcronym,
         c.id AS committeeId, c.name AS committeeName, c.shortName AS committeeShortName,
         d.id AS decisionId, d.year AS decisionYear, d.serial AS decisionSerial, dc.decisionPrefix`;
const actionRowsQuery = readQuery<{ ids: string; now: string }, ActionRowSql>(`
  SELECT ${ACTION_ROW_COLUMNS},
         (SELECT a.id FROM Assignment a WHERE a.positionId = po.id AND a.startDate <= @now
            AND (a.endDate IS NULL OR a.endDate > @now) LIMIT 1) AS holderId
  ${ACTION_ROW_FROM}
  WHERE x.id IN (SELECT value FROM json_each(@ids))`);

export type ActionRow = ReturnType<typeof actionRowOf>;
function actionRowOf(r: ActionRowSql) {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    dueDate: fromSqlDate(r.dueDate),
    confidentiality: r.confidentiality,
    archivedAt: fromSqlDate(r.archivedAt),
    ownerPosition: { id: r.positionId, title: r.positionTitle, assignments: r.holderId ? [{ id: r.holderId }] : [] },
    ownerAgency: { id: r.agencyId, name: r.agencyName, acronym: r.agencyAcronym },
    committee: r.committeeId ? { id: r.committeeId, name: r.committeeName ?? "", shortName: r.committeeShortName } : null,
    decision:
      r.decisionId && r.decisionYear !== null && r.decisionSerial !== null
        ? { id: r.decisionId, year: r.decisionYear, serial: r.decisionSerial, committee: { decisionPrefix: r.decisionPrefix } }
        : null,
  };
}

/** List rows for these ids, in the order given. */
export function actionRowsByIds(ids: readonly string[], now: Date): ActionRow[] {
  if (!ids.length) return [];
  const byId = new Map(actionRowsQuery.all({ ids: sqlList(ids), now: sqlDate(now) }).map((r) => [r.id, actionRowOf(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The list's filters, by their names in the URL (the page reads them with actionListSearch). */
export type ActionFilters = {
  committee: string | null;
  agency: string | null;
  position: string | null;
  mine: boolean;
  status: ActionStatusFilter;
  due: DueWindow | null;
  archived: boolean;
};

/** The list's where clause, shared by the page and the CSV export so both show the same rows. */
export function actionListWhere(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string): Prisma.ActionWhereInput {
  const range = f.due ? dueWindowRange(f.due, now, timeZone) : undefined;
  return {
    AND: [
      visibleActions(ctx),
      { archivedAt: f.archived ? { not: null } : null },
      f.committee ? { committeeId: f.committee } : {},
      f.agency ? { ownerAgencyId: f.agency } : {},
      f.position ? { ownerPositionId: f.position } : {},
      f.mine ? { ownerPositionId: { in: [...ctx.positionIds] } } : {},
      f.status === "active" ? { status: { in: [...ACTIVE_ACTION_STATUSES] } } : f.status === "all" ? {} : { status: f.status },
      range === undefined ? {} : range === null ? { dueDate: null } : { dueDate: range },
    ],
  };
}

/** A bound on one export; past it, filter the list. */
export const EXPORT_LIMIT = 100_000;

/** Every list of actions: the soonest due first, undated last. */
export const actionListOrder: Prisma.ActionOrderByWithRelationInput[] = [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }];
/**
 * The active statuses written into the SQL (fixed words, not input), as OPEN_SQL writes the open levels:
 * with a literal list the planner walks the status-led covering index; from json_each it chose a union
 * of four index searches over the clearance terms, 40× slower on 200,000 actions (decision 066).
 */
const ACTIVE_STATUSES_SQL = `(${ACTIVE_ACTION_STATUSES.map((status) => `'${status}'`).join(", ")})`;
/** actionListOrder in SQL, for the raw reads of the list and the export. */
const ACTION_ORDER = "ORDER BY x.dueDate ASC NULLS LAST, x.id ASC";

/** A short row (title, status, due date, owner), where actions are listed inside another record's page. */
export const actionSummarySelect = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  ownerPosition: { select: { title: true } },
  ownerAgency: { select: { name: true, acronym: true } },
} satisfies Prisma.ActionSelect;

/** The same short row from the raw read path (decision 012): the columns of a query joining the owner's post and agency. */
export type ActionSummarySql = { id: string; title: string; status: string; dueDate: string | null; positionTitle: string; agencyName: string; agencyAcronym: string | null };
export function actionSummaryOf(r: ActionSummarySql) {
  return { id: r.id, title: r.title, status: r.status, dueDate: fromSqlDate(r.dueDate), ownerPosition: { title: r.positionTitle }, ownerAgency: { name: r.agencyName, acronym: r.agencyAcronym } };
}

export async function listActions(
  ctx: AccessContext,
  f: ActionFilters,
  page: { skip: number; take: number },
  { now, timeZone }: { now: Date; timeZone: string },
) {
  // The page's ids first, then their rows: the sort then only needs the filtered columns (an index
  // can cover them) instead of dragging every matching row along, which matters at 200,000 actions.
  // On the raw read path with the export's conditions, so the page and the file list the same rows
  // (decision 066).
  const { where, params } = actionConditions(ctx, f, now, timeZone);
  const filter = where.join(" AND ");
  const ids = readQuery<SqlParams, string>(`SELECT x.id FROM Action x WHERE ${filter} ${ACTION_ORDER} LIMIT @take OFFSET @skip`).column<string>({
    ...params,
    take: page.take,
    skip: page.skip,
  });
  const total = readQuery<SqlParams, { total: number }>(`SELECT count(*) AS total FROM Action x WHERE ${filter}`).get(params)?.total ?? 0;
  return { rows: actionRowsByIds(ids, now), total };
}

// ─── The list's conditions and the CSV export on the raw read path (decisions 056, 066) ────────
// The same rows as actionListWhere (Prisma's form of the rule, which tests/integration/csv-exports.test.ts
// checks them against), in the list's order (actionListOrder): the ordered ids are read once (one sort,
// bounded by EXPORT_LIMIT), then the rows by id a batch at a time, so a large export neither re-sorts
// per batch nor sits in memory whole. Clearance is visibleActionsSql, the SQL twin of visibleActions
// (tests/integration/csv-exports.test.ts checks the two agree filter by filter).

/** The WHERE clause of a filter set: fixed fragments, values as named parameters; the text depends only on which filters are set. */
function actionConditions(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string): { where: string[]; params: SqlParams } {
  // With a committee, agency or post (or "mine"), that column is the selective one: "+" keeps the
  // planner off the archivedAt-led covering index, which would walk every live action (10× slower).
  const narrowed = f.committee || f.agency || f.position || f.mine ? "+" : "";
  const where = [visibleActionsSql("x"), f.archived ? `${narrowed}x.archivedAt IS NOT NULL` : `${narrowed}x.archivedAt IS NULL`];
  const range = f.due ? dueWindowRange(f.due, now, timeZone) : undefined;
  // Each filter: whether it is set, its fragment, and the values it reads.
  const filters: [boolean, string, SqlParams][] = [
    [Boolean(f.committee), "x.committeeId = @committeeId", { committeeId: f.committee }],
    [Boolean(f.agency), "x.ownerAgencyId = @agencyId", { agencyId: f.agency }],
    [Boolean(f.position), "x.ownerPositionId = @positionId", { positionId: f.position }],
    [f.mine, "x.ownerPositionId IN (SELECT value FROM json_each(@ctxPositionIds))", {}],
    [f.status === "active", `x.status IN ${ACTIVE_STATUSES_SQL}`, {}],
    [f.status !== "active" && f.status !== "all", "x.status = @status", { status: f.status }],
    [range === null, "x.dueDate IS NULL", {}],
    [Boolean(range?.gte), "x.dueDate >= @dueFrom", { dueFrom: range?.gte ? sqlDate(range.gte) : null }],
    [Boolean(range?.lt), "x.dueDate < @dueBefore", { dueBefore: range?.lt ? sqlDate(range.lt) : null }],
  ];
  const params: SqlParams = { ...accessSqlParams(ctx) };
  for (const [set, fragment, values] of filters) {
    if (!set) continue;
    where.push(fragment);
    Object.assign(params, values);
  }
  return { where, params };
}

/** A list row (without whether the post is held) plus what the file adds: completion and the named person. */
type ExportRowSql = Omit<ActionRowSql, "holderId"> & { completedAt: string | null; givenName: string | null; familyName: string | null };
const exportRowsQuery = readQuery<{ ids: string }, ExportRowSql>(`
  SELECT ${ACTION_ROW_COLUMNS}, x.completedAt, pe.givenName, pe.familyName
  ${ACTION_ROW_FROM}
  LEFT JOIN Person pe ON pe.id = x.ownerPersonId
  WHERE x.id IN (SELECT value FROM json_each(@ids))`);

function exportRowOf(r: ExportRowSql) {
  return {
    ...actionRowOf({ ...r, holderId: null }),
    completedAt: fromSqlDate(r.completedAt),
    ownerPerson: r.givenName !== null && r.familyName !== null ? { givenName: r.givenName, familyName: r.familyName } : null,
  };
}

/** The ids of the export, in list order (due date, undated last, then id), at most EXPORT_LIMIT. */
export function actionExportIds(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string): string[] {
  const { where, params } = actionConditions(ctx, f, now, timeZone);
  const sql = `SELECT x.id FROM Action x WHERE ${where.join(" AND ")} ${ACTION_ORDER} LIMIT @limit`;
  return readQuery<SqlParams, string>(sql).column<string>({ ...params, limit: EXPORT_LIMIT });
}

/** The rows of the CSV export, in list order, a batch at a time. */
export function* actionExportBatches(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string, batchSize = 1000) {
  const ids = actionExportIds(ctx, f, now, timeZone);
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const byId = new Map(exportRowsQuery.all({ ids: sqlList(batch) }).map((r) => [r.id, exportRowOf(r)]));
    yield batch.flatMap((id) => byId.get(id) ?? []);
  }
}

/**
 * The committee's actions still to do: the "matters arising" of its next meeting, and the rows of
 * the bulk update page. Overdue first (earliest due date first).
 */
export async function listCommitteeOpenActions(
  ctx: AccessContext,
  committeeId: string,
  page: { skip: number; take: number },
  now = new Date(),
) {
  // The list's rule with the committee and the active statuses (no due window, so no time zone).
  const filters: ActionFilters = { committee: committeeId, agency: null, position: null, mine: false, status: "active", due: null, archived: false };
  const { rows, total } = await listActions(ctx, filters, page, { now, timeZone: "UTC" });
  return { rows: rows.map((r) => ({ ...r, ownerPositionId: r.ownerPosition.id, ownerAgencyId: r.ownerAgency.id })), total };
}

/** The follow-up actions of a decision that the reader may see. */
export function listDecisionActions(ctx: AccessContext, decisionId: string, now = new Date()) {
  return prisma.action.findMany({
    where: { AND: [{ decisionId, archivedAt: null }, visibleActions(ctx)] },
    orderBy: actionListOrder,
    take: 200,
    select: actionRowSelect(now),
  });
}

