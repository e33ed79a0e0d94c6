// Search across every kind of record, through the per-kind FTS5 indexes (app/search/index-definition.ts)
// on the typed read path. Clearance is part of the SQL (searchEntryVisibleSql, next to the visible*
// filters), so the results, the counts per kind and the snippets are computed over visible records only.
//
// Bounded work (docs/decisions/039-search-per-kind-and-bounded.md): each kind's matches are read
// newest first, at most SEARCH_SCAN of them, and the first SEARCH_WINDOW the reader may see are
// counted and ranked. A term found in more visible records of a kind than the window holds gives a
// count marked "at least" and the best results among the window.
import type { AccessContext } from "~/domain/access";
import { exactSymbol, toMatchExpression } from "~/domain/search-query";
import { accessSqlParams, searchAccessSqlParams, searchEntryVisibleSql, visibleCommitteesSql } from "~/permissions.server";
import { readQuery, readSnapshot, sqlDate, type ReadQuery, type SqlParams } from "~/read-db.server";
import { ftsTable, SEARCH_KINDS, type SearchKind } from "~/search/index-definition";
import { MARK_END, MARK_START } from "~/search/marks";
import { SEARCH_GROUP_SIZE, SEARCH_PAGE_SIZE, SEARCH_SCAN, SEARCH_SCAN_FILTERED, SEARCH_WINDOW } from "~/search/results";

export { SEARCH_GROUP_SIZE, SEARCH_PAGE_SIZE, searchHitHref } from "~/search/results";

export type SearchFilters = {
  q: string;
  kind: SearchKind | null;
  committeeId: string | null;
  agencyId: string | null;
  /** Inclusive date range on the record's date (UTC midnight of the first and last day). */
  from: Date | null;
  to: Date | null;
  includeArchived: boolean;
  page: number;
};

export type SearchHit = {
  kind: SearchKind;
  recordId: string;
  linkId: string | null;
  title: string;
  symbol: string | null;
  date: Date | null;
  archived: boolean;
  snippet: string;
};

export type SearchResult = {
  /** Visible matches per kind (for the kind filter's counts); kinds without a match are absent. */
  counts: Partial<Record<SearchKind, number>>;
  /** Kinds whose matches outnumber the window: their count is a minimum. */
  atLeast: Partial<Record<SearchKind, true>>;
  total: number;
  /** How many of each kind's newest matches were counted and ranked. */
  window: number;
  /** Without a kind filter: the best few of each kind, best kind first. With one: a page of it. */
  groups: { kind: SearchKind; hits: SearchHit[]; count: number }[];
};

type Params = SqlParams & {
  match: string;
  window: number;
  scan: number;
  includeArchived: number;
  committeeId: string | null;
  agencyId: string | null;
  from: string | null;
  to: string | null;
};

/** The reader's filters and clearance on SearchEntry `e`; the text never varies (statements are prepared once). */
const CONDITIONS = `(@includeArchived = 1 OR e.archived = 0)
  AND (@committeeId IS NULL OR e.committeeId = @committeeId)
  AND (@agencyId IS NULL OR e.agencyId = @agencyId)
  AND (@from IS NULL OR e.date >= @from)
  AND (@to IS NULL OR e.date < @to)
  AND ${searchEntryVisibleSql()}`;

/**
 * The kind's newest matches, at most `@scan` of them, joined to their entries under the reader's
 * filters and clearance. Only visible rows are counted and ranked, so nothing about a hidden
 * record shows, not even through a "+" on a count.
 */
const visibleNewest = (kind: SearchKind, score = "") => {
  const t = `"${ftsTable(kind)}"`;
  return `(SELECT rowid${score} FROM ${t} WHERE ${t} MATCH @match ORDER BY rowid DESC LIMIT @scan) c
    JOIN SearchEntry e ON e.id = c.rowid
    WHERE ${CONDITIONS}`;
};

type CountRow = { n: number };
const countQueries = Object.fromEntries(
  SEARCH_KINDS.map((kind) => [kind, readQuery<Params, CountRow>(`SELECT count(*) AS n FROM (SELECT 1 FROM ${visibleNewest(kind)} LIMIT @window + 1)`)]),
) as Record<SearchKind, ReturnType<typeof readQuery<Params, CountRow>>>;

type HitRow = { id: number; recordId: string; linkId: string | null; title: string; symbol: string | null; date: string | null; archived: number; n: number };
type HitParams = Params & { symbol: string | null; take: number; skip: number };
/**
 * Among the window of visible matches (and one more, to tell a full window), the best: title and
 * symbol weigh more than body text; a symbol typed in full comes first. `n` counts the window.
 */
const hitQueries = Object.fromEntries(
  SEARCH_KINDS.map((kind) => [
    kind,
    readQuery<HitParams, HitRow>(`SELECT id, recordId, linkId, title, symbol, date, archived, n FROM (
        SELECT *, count(*) OVER () AS n FROM (
          SELECT e.id, e.recordId, e.linkId, e.title, e.symbol, e.date, e.archived, c.score
          FROM ${visibleNewest(kind, `, bm25("${ftsTable(kind)}", 4.0, 8.0, 1.0) AS score`)}
          LIMIT @window + 1))
      ORDER BY coalesce(symbol = @symbol COLLATE NOCASE, 0) DESC, score, id
      LIMIT @take OFFSET @skip`),
  ]),
) as Record<SearchKind, ReturnType<typeof readQuery<HitParams, HitRow>>>;

type SnippetRow = { id: number; snippet: string };
type SnippetParams = { match: string; ids: string; min: number; markStart: string; markEnd: string };
/**
 * Snippets of the hits only, read in one newest-first pass down to the oldest hit (seeking one row
 * of a long match list costs as much as that pass).
 */
const snippetQueries = Object.fromEntries(
  SEARCH_KINDS.map((kind) => {
    const t = `"${ftsTable(kind)}"`;
    return [
      kind,
      readQuery<SnippetParams, SnippetRow>(
        `SELECT id, snippet FROM (
           SELECT rowid AS id, CASE WHEN rowid IN (SELECT value FROM json_each(@ids)) THEN snippet(${t}, -1, @markStart, @markEnd, '…', 16) END AS snippet
           FROM ${t} WHERE ${t} MATCH @match AND rowid >= @min ORDER BY rowid DESC)
         WHERE snippet IS NOT NULL`,
      ),
    ];
  }),
) as Record<SearchKind, ReturnType<typeof readQuery<SnippetParams, SnippetRow>>>;

function hitsOf(kind: SearchKind, match: string, rows: HitRow[]): SearchHit[] {
  if (rows.length === 0) return [];
  const snippets = new Map(
    snippetQueries[kind]
      .all({ match, ids: JSON.stringify(rows.map((r) => r.id)), min: Math.min(...rows.map((r) => r.id)), markStart: MARK_START, markEnd: MARK_END })
      .map((s) => [s.id, s.snippet]),
  );
  return rows.map((r) => ({
    kind,
    recordId: r.recordId,
    linkId: r.linkId,
    title: r.title,
    symbol: r.symbol,
    date: r.date ? new Date(r.date) : null,
    archived: r.archived === 1,
    snippet: snippets.get(r.id) ?? "",
  }));
}

export function search(ctx: AccessContext, filters: SearchFilters): SearchResult | null {
  const match = toMatchExpression(filters.q);
  if (!match) return null;
  const symbol = exactSymbol(filters.q);
  const narrowed = Boolean(filters.committeeId || filters.agencyId || filters.from || filters.to);
  const window = SEARCH_WINDOW;
  const params: Params = {
    ...searchAccessSqlParams(ctx),
    match,
    window,
    scan: narrowed ? SEARCH_SCAN_FILTERED : SEARCH_SCAN,
    includeArchived: filters.includeArchived ? 1 : 0,
    committeeId: filters.committeeId,
    agencyId: filters.agencyId,
    from: filters.from ? sqlDate(filters.from) : null,
    to: filters.to ? sqlDate(new Date(filters.to.getTime() + 86_400_000)) : null,
  };

  return readSnapshot(() => {
    const counts: Partial<Record<SearchKind, number>> = {};
    const atLeast: Partial<Record<SearchKind, true>> = {};
    const count = (kind: SearchKind, n: number) => {
      if (n === 0) return;
      counts[kind] = Math.min(n, window);
      if (n > window) atLeast[kind] = true;
    };
    const totalOf = () => Object.values(counts).reduce((sum, n) => sum + n, 0);

    if (filters.kind) {
      const kind = filters.kind;
      for (const k of SEARCH_KINDS) count(k, countQueries[k].get(params)?.n ?? 0);
      const skip = (filters.page - 1) * SEARCH_PAGE_SIZE;
      const rows = counts[kind] ? hitQueries[kind].all({ ...params, symbol, take: SEARCH_PAGE_SIZE, skip }) : [];
      return { counts, atLeast, total: totalOf(), window, groups: [{ kind, hits: hitsOf(kind, match, rows), count: counts[kind] ?? 0 }] };
    }

    // The best few of each kind that has a match (one statement per kind counts and ranks), kinds in
    // the page's order (documents and decisions first: bm25 scores of different indexes do not compare).
    const groups: SearchResult["groups"] = [];
    for (const kind of SEARCH_KINDS) {
      const rows = hitQueries[kind].all({ ...params, symbol, take: SEARCH_GROUP_SIZE, skip: 0 });
      count(kind, rows[0]?.n ?? 0);
      const n = counts[kind];
      if (n) groups.push({ kind, hits: hitsOf(kind, match, rows), count: n });
    }
    return { counts, atLeast, total: totalOf(), window, groups };
  });
}

/** A committee or an agency a search may be narrowed to. */
export type SearchChoice = { id: string; name: string; short: string | null };
export type ChoiceKind = "committee" | "agency";

/** How many candidates a typed committee or agency name lists before the reader must type more. */
export const CHOICE_LIMIT = 20;

type ChoiceParams = ReturnType<typeof accessSqlParams> & { id: string; exact: string; like: string; take: number };
const choiceFrom: Record<ChoiceKind, string> = {
  committee: `SELECT c.id, c.name, c.shortName AS short FROM Committee c WHERE c.archivedAt IS NULL AND ${visibleCommitteesSql("c")}`,
  agency: `SELECT c.id, c.name, c.acronym AS short FROM Agency c WHERE c.archivedAt IS NULL`,
};
const choiceById = Object.fromEntries(
  (["committee", "agency"] as const).map((k) => [k, readQuery<ChoiceParams, SearchChoice>(`${choiceFrom[k]} AND c.id = @id`)]),
) as Record<ChoiceKind, ReadQuery<ChoiceParams, SearchChoice>>;
const choiceByName = Object.fromEntries(
  (["committee", "agency"] as const).map((k) => {
    const short = k === "committee" ? "c.shortName" : "c.acronym";
    return [
      k,
      readQuery<ChoiceParams, SearchChoice>(`SELECT id, name, short FROM (${choiceFrom[k]}
        AND (lower(c.name) = @exact OR lower(${short}) = @exact OR c.name LIKE @like ESCAPE '\\' OR ${short} LIKE @like ESCAPE '\\'))
        ORDER BY (lower(name) = @exact OR lower(short) = @exact) DESC, (short LIKE substr(@like, 2) ESCAPE '\\') DESC, name, id LIMIT @take`),
    ];
  }),
) as Record<ChoiceKind, ReadQuery<ChoiceParams, SearchChoice>>;

function choiceParams(ctx: AccessContext, id: string, text: string, take: number): ChoiceParams {
  const exact = text.trim().toLowerCase();
  return { ...accessSqlParams(ctx), id, exact, like: `%${exact.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, take };
}

/** The committee (one the reader may see) or agency with this id, or null: an unknown id and a hidden one read the same. */
export function searchChoiceById(ctx: AccessContext, kind: ChoiceKind, id: string): SearchChoice | null {
  return choiceById[kind].get(choiceParams(ctx, id, "", 1)) ?? null;
}

/**
 * The committees (visible to the reader) or agencies whose name or short name contains the typed
 * text, an exact name or short name first; at most `take` of them.
 */
export function searchChoicesByName(ctx: AccessContext, kind: ChoiceKind, text: string, take = CHOICE_LIMIT + 1): SearchChoice[] {
  if (!text.trim()) return [];
  return choiceByName[kind].all(choiceParams(ctx, "", text, take));
}

/** What a typed name resolves to: the one exact or only match, or the candidates to choose from. */
export function resolveSearchChoice(ctx: AccessContext, kind: ChoiceKind, text: string): { chosen: SearchChoice | null; candidates: SearchChoice[]; more: boolean } {
  const found = searchChoicesByName(ctx, kind, text);
  const exact = text.trim().toLowerCase();
  const exactOnes = found.filter((c) => c.name.toLowerCase() === exact || c.short?.toLowerCase() === exact);
  const only = exactOnes.length === 1 ? exactOnes[0] : found.length === 1 ? found[0] : null;
  if (only) return { chosen: only, candidates: [], more: false };
  return { chosen: null, candidates: found.slice(0, CHOICE_LIMIT), more: found.length > CHOICE_LIMIT };
}
