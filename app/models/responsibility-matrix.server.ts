// The responsibility matrix (responsibilities × agencies), its gaps, and "my responsibilities".
import type { AccessContext } from "~/domain/access";
import { MATRIX_COLUMNS } from "~/domain/matrix-table";
import { RACI_ROLES } from "~/domain/vocabulary";
import { responsibilityGaps, responsiblePostIds, type Gap, type RaciLine, type Tenure } from "~/domain/gaps";
import { fromSqlDate, likeEscape, readQuery, reuseUntilWrite, sqlDate, sqlList } from "~/read-db.server";
import type { CatalogueFilters } from "./responsibility.server";
import { agencyLabel, personName } from "~/domain/labels";

/** Agencies per column page: a screen of columns stays readable with sticky headers and scrolling. */

/** R, A, C, I: the order the letters are read in. */
const raciOrder = (role: string) => RACI_ROLES.findIndex((r) => r === role);

type Line = RaciLine & { id: string; responsibilityId: string; note: string | null; positionTitle: string | null };

// The reads behind the matrix, the gaps and "my responsibilities", on the raw read path (decision 012).
type LineRow = { id: string; responsibilityId: string; agencyId: string; positionId: string | null; role: string; note: string | null; positionTitle: string | null };
const linesQuery = readQuery<{ ids: string }, LineRow>(`
  SELECT ra.id, ra.responsibilityId, ra.agencyId, ra.positionId, ra.role, ra.note, po.title AS positionTitle
  FROM ResponsibilityAssignment ra LEFT JOIN Position po ON po.id = ra.positionId
  WHERE ra.responsibilityId IN (SELECT value FROM json_each(@ids)) AND ra.archivedAt IS NULL
  ORDER BY ra.role, ra.id`);

async function activeLines(responsibilityIds: readonly string[]): Promise<Line[]> {
  if (!responsibilityIds.length) return [];
  return linesQuery.all({ ids: sqlList(responsibilityIds) });
}

type TenureRow = { id: string; positionId: string; personId: string; startDate: string; plannedEndDate: string | null; endDate: string | null; acting: number; givenName: string; familyName: string };
const tenuresQuery = readQuery<{ ids: string; now: string }, TenureRow>(`
  SELECT a.id, a.positionId, a.personId, a.startDate, a.plannedEndDate, a.endDate, a.acting, p.givenName, p.familyName
  FROM Assignment a JOIN Person p ON p.id = a.personId
  WHERE a.positionId IN (SELECT value FROM json_each(@ids)) AND (a.endDate IS NULL OR a.endDate > @now)`);

/** Tenures that can still matter to the gap rules: current and future ones of the given posts. */
async function liveTenures(positionIds: readonly string[], now: Date): Promise<(Tenure & { personName: string })[]> {
  if (!positionIds.length) return [];
  return tenuresQuery.all({ ids: sqlList(positionIds), now: sqlDate(now) }).map((t) => ({
    id: t.id,
    positionId: t.positionId,
    personId: t.personId,
    startDate: fromSqlDate(t.startDate),
    plannedEndDate: fromSqlDate(t.plannedEndDate),
    endDate: fromSqlDate(t.endDate),
    acting: t.acting === 1,
    personName: personName(t),
  }));
}

// Responsibility heads (responsibilityHeadSelect's shape) for the catalogue filters (catalogueWhere's rule).
type HeadRow = {
  id: string;
  title: string;
  instrumentId: string | null;
  instrumentCode: string | null;
  provisionId: string | null;
  provisionReference: string | null;
  phaseId: string | null;
  phaseNumber: number | null;
  phaseCode: string | null;
  phaseNameEn: string | null;
  phaseNameFr: string | null;
};
type HeadFilter = { q: string | null; instrumentId: string | null; phaseId: string | null; agencyId: string | null };
const HEAD_FILTER = `r.archivedAt IS NULL
  AND (@instrumentId IS NULL OR r.instrumentId = @instrumentId)
  AND (@phaseId IS NULL OR r.phaseId = @phaseId)
  AND (@agencyId IS NULL OR EXISTS (SELECT 1 FROM ResponsibilityAssignment ra
        WHERE ra.responsibilityId = r.id AND ra.agencyId = @agencyId AND ra.archivedAt IS NULL))
  AND (@q IS NULL OR r.title LIKE @q ESCAPE '\\')`;
/** A head's columns and tables (its instrument, article and phase). */
const HEAD_SELECT = `SELECT r.id, r.title, i.id AS instrumentId, i.code AS instrumentCode, pv.id AS provisionId, pv.reference AS provisionReference,
         ph.id AS phaseId, ph.number AS phaseNumber, ph.code AS phaseCode, ph.nameEn AS phaseNameEn, ph.nameFr AS phaseNameFr
  FROM Responsibility r
  LEFT JOIN Instrument i ON i.id = r.instrumentId
  LEFT JOIN Provision pv ON pv.id = r.provisionId
  LEFT JOIN ImplementationPhase ph ON ph.id = r.phaseId`;
const headsQuery = readQuery<HeadFilter & { skip: number; take: number }, HeadRow>(`
  ${HEAD_SELECT}
  WHERE ${HEAD_FILTER}
  ORDER BY r.title, r.id LIMIT @take OFFSET @skip`);
const headsCount = readQuery<HeadFilter, { total: number }>(`SELECT count(*) AS total FROM Responsibility r WHERE ${HEAD_FILTER}`);

function headFilter(f: CatalogueFilters): HeadFilter {
  return { q: f.q ? `%${likeEscape(f.q)}%` : null, instrumentId: f.instrument ?? null, phaseId: f.phase ?? null, agencyId: f.agency ?? null };
}

function headOf(r: HeadRow) {
  return {
    id: r.id,
    title: r.title,
    instrument: r.instrumentId ? { id: r.instrumentId, code: r.instrumentCode ?? "" } : null,
    provision: r.provisionId ? { id: r.provisionId, reference: r.provisionReference ?? "" } : null,
    phase:
      r.phaseId && r.phaseNumber !== null
        ? { id: r.phaseId, number: r.phaseNumber, code: r.phaseCode ?? "", nameEn: r.phaseNameEn ?? "", nameFr: r.phaseNameFr ?? "" }
        : null,
  };
}

function heads(f: CatalogueFilters, paging: { skip: number; take: number }) {
  return headsQuery.all({ ...headFilter(f), ...paging }).map(headOf);
}

export type GapView = Gap & { positionTitle?: string; personName?: string };

/** Gaps per responsibility, with the names a reader needs (which post, who leaves). */
export async function gapsFor(lines: readonly Line[], now: Date): Promise<Map<string, GapView[]>> {
  const tenures = await liveTenures(responsiblePostIds(lines), now);
  const postTitle = new Map(lines.map((l) => [l.positionId, l.positionTitle]));
  const personName = new Map(tenures.map((t) => [t.personId, t.personName]));
  const byResponsibility = new Map<string, Line[]>();
  for (const line of lines) {
    const list = byResponsibility.get(line.responsibilityId);
    if (list) list.push(line);
    else byResponsibility.set(line.responsibilityId, [line]);
  }
  // Tenures by post, so each responsibility only looks at its own posts' (thousands of rows at scale).
  const tenuresOf = new Map<string, Tenure[]>();
  for (const t of tenures) {
    const list = tenuresOf.get(t.positionId);
    if (list) list.push(t);
    else tenuresOf.set(t.positionId, [t]);
  }
  const result = new Map<string, GapView[]>();
  for (const [id, own] of byResponsibility) {
    const gaps = responsibilityGaps(own, responsiblePostIds(own).flatMap((p) => tenuresOf.get(p) ?? []), now);
    result.set(
      id,
      gaps.map((g): GapView => {
        if (g.kind === "vacant_post") return { ...g, positionTitle: postTitle.get(g.positionId) ?? undefined };
        if (g.kind === "leaving_without_successor") {
          return { ...g, positionTitle: postTitle.get(g.positionId) ?? undefined, personName: personName.get(g.personId) };
        }
        return g;
      }),
    );
  }
  return result;
}

/** Responsibilities without any active line still have gaps (no A, no R). */
function gapsOf(map: Map<string, GapView[]>, id: string): GapView[] {
  return map.get(id) ?? responsibilityGaps([], [], new Date());
}

const columnAgenciesQuery = readQuery<{ ids: string }, { id: string; name: string; acronym: string | null; kind: string }>(`
  SELECT a.id, a.name, a.acronym, a.kind FROM Agency a WHERE a.id IN (SELECT value FROM json_each(@ids)) AND a.archivedAt IS NULL`);

export async function loadMatrix(filters: CatalogueFilters, paging: { skip: number; take: number; columnPage: number }, now = new Date()) {
  const rows = heads(filters, paging);
  const total = headsCount.get(headFilter(filters))?.total ?? 0;
  const lines = await activeLines(rows.map((r) => r.id));
  const gaps = await gapsFor(lines, now);

  // Columns: the agencies holding a role on the rows shown, the filtered agency first.
  // The filtered agency always has its column, so a role can be given to it on any row.
  const agencyIds = [...new Set([...(filters.agency ? [filters.agency] : []), ...lines.map((l) => l.agencyId)])];
  const agencies = columnAgenciesQuery.all({ ids: sqlList(agencyIds) });
  agencies.sort((a, b) =>
    a.id === filters.agency ? -1 : b.id === filters.agency ? 1 : (agencyLabel(a)).localeCompare(agencyLabel(b)),
  );
  const columnPages = Math.max(1, Math.ceil(agencies.length / MATRIX_COLUMNS));
  const columnPage = Math.min(paging.columnPage, columnPages);
  const columns = agencies.slice((columnPage - 1) * MATRIX_COLUMNS, columnPage * MATRIX_COLUMNS);
  const shown = new Set(columns.map((c) => c.id));

  const cells: Record<string, { role: string; positionTitle: string | null; note: string | null }[]> = {};
  for (const l of [...lines].sort((a, b) => raciOrder(a.role) - raciOrder(b.role))) {
    if (!shown.has(l.agencyId)) continue;
    (cells[`${l.responsibilityId}:${l.agencyId}`] ??= []).push({ role: l.role, positionTitle: l.positionTitle, note: l.note });
  }
  return {
    rows: rows.map((r) => ({ ...r, gaps: gapsOf(gaps, r.id) })),
    total,
    columns,
    columnPage,
    columnPages,
    agencyCount: agencies.length,
    cells,
  };
}

async function allGaps(filters: CatalogueFilters & { kind?: string | null }, now: Date) {
  const rows = heads(filters, { skip: 0, take: 5000 });
  const gaps = await gapsFor(await activeLines(rows.map((r) => r.id)), now);
  const all = rows.flatMap((r) => gapsOf(gaps, r.id).filter((g) => !filters.kind || g.kind === filters.kind).map((gap) => ({ responsibility: r, gap })));
  const counts: Record<string, number> = {};
  for (const r of rows) for (const g of gapsOf(gaps, r.id)) counts[g.kind] = (counts[g.kind] ?? 0) + 1;
  return { all, counts };
}

/** The gaps are the same for every reader who may see the catalogue: one set of reused entries for all. */
const everyReader = {};

/**
 * Every gap of the responsibilities matching the filters, one entry per gap, paginated. The rules run
 * over every line of the catalogue to count and order the gaps, so the whole list is reused for every
 * reader, until a write or the next minute (the clock of "leaving without a successor"; decision 066).
 */
export async function loadGaps(filters: CatalogueFilters & { kind?: string | null }, paging: { skip: number; take: number }, now = new Date()) {
  const minute = Math.floor(now.getTime() / 60_000);
  const key = `gaps:${minute}:${JSON.stringify([filters.q, filters.instrument, filters.phase, filters.agency, filters.kind])}`;
  const { all, counts } = await reuseUntilWrite(everyReader, key, () => allGaps(filters, now));
  return { items: all.slice(paging.skip, paging.skip + paging.take), total: all.length, counts };
}

// "My responsibilities": a responsibility with an active line held by one of the reader's posts or agencies.
type Mine = { positionIds: string; agencyIds: string };
const MINE_FILTER = `r.archivedAt IS NULL AND EXISTS (SELECT 1 FROM ResponsibilityAssignment ra
  WHERE ra.responsibilityId = r.id AND ra.archivedAt IS NULL
    AND (ra.positionId IN (SELECT value FROM json_each(@positionIds)) OR ra.agencyId IN (SELECT value FROM json_each(@agencyIds))))`;
const mineQuery = readQuery<Mine & { skip: number; take: number }, HeadRow>(`
  ${HEAD_SELECT}
  WHERE ${MINE_FILTER}
  ORDER BY r.title, r.id LIMIT @take OFFSET @skip`);
const mineCount = readQuery<Mine, { total: number }>(`SELECT count(*) AS total FROM Responsibility r WHERE ${MINE_FILTER}`);
const lineAgenciesQuery = readQuery<{ ids: string }, { id: string; name: string; acronym: string | null }>(`
  SELECT a.id, a.name, a.acronym FROM Agency a WHERE a.id IN (SELECT value FROM json_each(@ids))`);

/** "My responsibilities": those of the reader's current posts and of their agencies. */
export async function loadMine(ctx: AccessContext, paging: { skip: number; take: number }, now = new Date()) {
  if (!ctx.positionIds.length && !ctx.agencyIds.length) return { rows: [], total: 0 };
  const mine = { positionIds: sqlList(ctx.positionIds), agencyIds: sqlList(ctx.agencyIds) };
  const rows = mineQuery.all({ ...mine, ...paging }).map(headOf);
  const total = mineCount.get(mine)?.total ?? 0;
  const lines = await activeLines(rows.map((r) => r.id));
  const gaps = await gapsFor(lines, now);
  const agencies = lineAgenciesQuery.all({ ids: sqlList([...new Set(lines.map((l) => l.agencyId))]) });
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const isMine = (l: Line) => (l.positionId !== null && ctx.positionIds.includes(l.positionId)) || ctx.agencyIds.includes(l.agencyId);
  return {
    total,
    rows: rows.map((r) => {
      const own = lines.filter((l) => l.responsibilityId === r.id).sort((a, b) => raciOrder(a.role) - raciOrder(b.role));
      return {
        ...r,
        gaps: gapsOf(gaps, r.id),
        mine: own.filter(isMine).map((l) => ({
          id: l.id,
          role: l.role,
          note: l.note,
          positionTitle: l.positionTitle,
          viaPost: l.positionId !== null && ctx.positionIds.includes(l.positionId),
          agency: agencyById.get(l.agencyId) ?? null,
        })),
        others: own
          .filter((l) => !ctx.agencyIds.includes(l.agencyId))
          .map((l) => ({ id: l.id, role: l.role, agency: agencyById.get(l.agencyId) ?? null })),
      };
    }),
  };
}

// The CSV export (decision 056): the agency columns first (every agency with a line on a row of the
// export), then the rows in keyset batches on (title, id) with their lines, so neither the rows nor
// the lines of the whole matrix sit in memory at once.
/** At most this many responsibilities in one export (the whole catalogue at the large scale is 300). */
export const MATRIX_EXPORT_LIMIT = 5000;
const MATRIX_EXPORT_BATCH = 100;

const exportAgenciesQuery = readQuery<HeadFilter & { limit: number }, { id: string; name: string; acronym: string | null }>(`
  WITH exported AS (SELECT r.id FROM Responsibility r WHERE ${HEAD_FILTER} ORDER BY r.title, r.id LIMIT @limit)
  SELECT a.id, a.name, a.acronym FROM Agency a
  WHERE a.id IN (SELECT ra.agencyId FROM ResponsibilityAssignment ra
    WHERE ra.responsibilityId IN (SELECT id FROM exported) AND ra.archivedAt IS NULL)
  ORDER BY a.name, a.id`);

const headsAfterQuery = readQuery<HeadFilter & { afterTitle: string | null; afterId: string | null; take: number }, HeadRow>(`
  ${HEAD_SELECT}
  WHERE ${HEAD_FILTER} AND (@afterId IS NULL OR (r.title, r.id) > (@afterTitle, @afterId))
  ORDER BY r.title, r.id LIMIT @take`);

/** The columns of the export: every agency holding a line on one of its rows, by name. */
export function matrixExportAgencies(filters: CatalogueFilters) {
  return exportAgenciesQuery.all({ ...headFilter(filters), limit: MATRIX_EXPORT_LIMIT });
}

/** The export's rows (responsibility heads) with their active lines, a batch at a time, in (title, id) order. */
export function* matrixExportBatches(filters: CatalogueFilters, batchSize = MATRIX_EXPORT_BATCH) {
  const filter = headFilter(filters);
  let after: { title: string; id: string } | null = null;
  for (let sent = 0; sent < MATRIX_EXPORT_LIMIT; ) {
    const take = Math.min(batchSize, MATRIX_EXPORT_LIMIT - sent);
    const rows: ReturnType<typeof headOf>[] = headsAfterQuery.all({ ...filter, afterTitle: after?.title ?? null, afterId: after?.id ?? null, take }).map(headOf);
    const last = rows.at(-1);
    if (!last) return;
    sent += rows.length;
    yield { rows, lines: linesQuery.all({ ids: sqlList(rows.map((r) => r.id)) }) };
    if (rows.length < take) return;
    after = { title: last.title, id: last.id };
  }
}

export async function gapsOfResponsibility(id: string, now = new Date()): Promise<GapView[]> {
  return gapsOf(await gapsFor(await activeLines([id]), now), id);
}
