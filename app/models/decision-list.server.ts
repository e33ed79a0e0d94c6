// The decision register's list: filtered, paginated, with each decision's follow-up progress over
// the actions the reader may see. The record itself is in decision.server.ts.
import type { Prisma } from "@prisma/client";
import type { AccessContext } from "~/domain/access";
import { followUpProgress } from "~/domain/action-status";
import { groupBy } from "~/domain/group-by";
import { accessSqlParams, visibleActionsSql, visibleDecisionsSql, type AccessSqlParams } from "~/permissions.server";
import { fromSqlDate, likeEscape, readQuery, readSnapshot, sqlDate, sqlList, type SqlParams } from "~/read-db.server";

/** How a decision is named and where it stands, wherever decisions are listed with Prisma (the register, a committee's page). */
export const decisionSummarySelect = {
  id: true,
  year: true,
  serial: true,
  title: true,
  status: true,
} satisfies Prisma.DecisionSelect;

/** The register's filters, by their names in the URL (read with decisionListSearch). */
export type DecisionFilters = {
  q: string | null;
  committee: string | null;
  year: number | null;
  status: string | null;
};

// ─── On the raw read path (decisions 012 and 066) ───────────────────────────────────────────────────
// The page, its total, and the follow-up progress of its decisions, in three statements from one
// snapshot. tests/integration/decision-list-read.test.ts checks them against the Prisma read they
// replaced (tests/support/decision-list-prisma.ts), filter by filter and reader by reader.

type DecisionRowSql = {
  id: string;
  year: number;
  serial: number;
  title: string;
  status: string;
  adoption: string;
  decidedOn: string;
  supersedesId: string | null;
  supersededById: string | null;
  committeeId: string;
  committeeName: string;
  committeeShortName: string | null;
  committeeDecisionPrefix: string | null;
};

/** The WHERE clause of a filter set: fixed fragments (one prepared statement per combination), values as named parameters. */
function decisionConditions(ctx: AccessContext, f: DecisionFilters): { where: string; params: SqlParams } {
  // The year filter is a date range, so it runs on the decidedOn indexes (the year is the decision date's).
  const conditions: [boolean, string][] = [
    [true, visibleDecisionsSql("d")],
    [true, "d.archivedAt IS NULL"],
    [Boolean(f.committee), "d.committeeId = @committee"],
    [Boolean(f.status), "d.status = @status"],
    [Boolean(f.year), "d.decidedOn >= @yearFrom AND d.decidedOn < @yearTo"],
    // What the reader types is matched as written: their % and _ are not wildcards.
    [Boolean(f.q), "(d.title LIKE @q ESCAPE '\\' OR d.text LIKE @q ESCAPE '\\')"],
  ];
  return {
    where: conditions.filter(([set]) => set).map(([, sql]) => sql).join(" AND "),
    params: {
      ...accessSqlParams(ctx),
      committee: f.committee,
      status: f.status,
      yearFrom: f.year ? sqlDate(new Date(Date.UTC(f.year, 0, 1))) : null,
      yearTo: f.year ? sqlDate(new Date(Date.UTC(f.year + 1, 0, 1))) : null,
      q: f.q ? `%${likeEscape(f.q)}%` : null,
    },
  };
}

const progressQuery = readQuery<AccessSqlParams & { ids: string }, { decisionId: string; status: string; n: number }>(`
  SELECT x.decisionId, x.status, count(*) AS n FROM Action x
  WHERE x.decisionId IN (SELECT value FROM json_each(@ids)) AND x.archivedAt IS NULL AND ${visibleActionsSql("x")}
  GROUP BY x.decisionId, x.status`);

export async function listDecisions(ctx: AccessContext, f: DecisionFilters, page: { skip: number; take: number }) {
  const { where, params } = decisionConditions(ctx, f);
  const { rows, groups, total } = readSnapshot(() => {
    // The page is chosen first (on the decidedOn index, stopping at the page), then named: a window
    // count over the joined rows would join and sort every decision the reader may see.
    const rows = readQuery<SqlParams, DecisionRowSql>(`
      SELECT d.id, d.year, d.serial, d.title, d.status, d.adoption, d.decidedOn, d.supersedesId, sb.id AS supersededById,
        c.id AS committeeId, c.name AS committeeName, c.shortName AS committeeShortName, c.decisionPrefix AS committeeDecisionPrefix
      FROM (SELECT d.* FROM Decision d WHERE ${where} ORDER BY d.decidedOn DESC, d.serial DESC, d.id ASC LIMIT @take OFFSET @skip) d
      JOIN Committee c ON c.id = d.committeeId
      LEFT JOIN Decision sb ON sb.supersedesId = d.id
      ORDER BY d.decidedOn DESC, d.serial DESC, d.id ASC`).all({ ...params, take: page.take, skip: page.skip });
    const total = readQuery<SqlParams, { n: number }>(`SELECT count(*) AS n FROM Decision d WHERE ${where}`).get(params)?.n ?? 0;
    const groups = rows.length ? progressQuery.all({ ...accessSqlParams(ctx), ids: sqlList(rows.map((r) => r.id)) }) : [];
    return { rows, groups, total };
  });
  const counts = groupBy(groups, (g) => g.decisionId);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      year: r.year,
      serial: r.serial,
      title: r.title,
      status: r.status,
      adoption: r.adoption,
      decidedOn: fromSqlDate(r.decidedOn),
      supersedesId: r.supersedesId,
      supersededBy: r.supersededById !== null ? { id: r.supersededById } : null,
      committee: { id: r.committeeId, name: r.committeeName, shortName: r.committeeShortName, decisionPrefix: r.committeeDecisionPrefix },
      progress: followUpProgress((counts.get(r.id) ?? []).map((g) => ({ status: g.status, count: g.n }))),
    })),
  };
}
