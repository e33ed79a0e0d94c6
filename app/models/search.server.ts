// Search across every kind of record, through the FTS5 index (app/search/index-definition.ts).
// Clearance is part of the SQL (searchEntryVisibleSql, next to the visible* filters), so the
// results, the counts per kind and the snippets are computed over visible records only.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { exactSymbol, toMatchExpression } from "~/domain/search-query";
import { searchEntryVisibleSql } from "~/permissions.server";
import { SEARCH_KINDS, type SearchKind } from "~/search/index-definition";
import { MARK_END, MARK_START } from "~/search/marks";
import { SEARCH_GROUP_SIZE, SEARCH_PAGE_SIZE } from "~/search/results";

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
  total: number;
  /** Without a kind filter: the best few of each kind, best kind first. With one: a page of it. */
  groups: { kind: SearchKind; hits: SearchHit[]; count: number }[];
};

const row = z.object({
  kind: z.enum(SEARCH_KINDS),
  recordId: z.string(),
  linkId: z.string().nullable(),
  title: z.string(),
  symbol: z.string().nullable(),
  date: z.union([z.string(), z.date()]).nullable(),
  archived: z.union([z.number(), z.bigint(), z.boolean()]),
  snippet: z.string().nullable(),
});
const countRow = z.object({ kind: z.enum(SEARCH_KINDS), n: z.union([z.number(), z.bigint()]) });

/** Stored instants are ISO text ("2026-02-12T08:30:00.000+00:00"); filters compare in that form. */
function storedInstant(date: Date): string {
  return `${date.toISOString().slice(0, 23)}+00:00`;
}

function conditions(ctx: AccessContext, match: string, filters: SearchFilters, kind: SearchKind | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`search_fts MATCH ${match}`, searchEntryVisibleSql(ctx)];
  if (kind) parts.push(Prisma.sql`e."kind" = ${kind}`);
  if (!filters.includeArchived) parts.push(Prisma.sql`e."archived" = 0`);
  if (filters.committeeId) parts.push(Prisma.sql`e."committeeId" = ${filters.committeeId}`);
  if (filters.agencyId) parts.push(Prisma.sql`e."agencyId" = ${filters.agencyId}`);
  if (filters.from) parts.push(Prisma.sql`e."date" >= ${storedInstant(filters.from)}`);
  if (filters.to) parts.push(Prisma.sql`e."date" < ${storedInstant(new Date(filters.to.getTime() + 86_400_000))}`);
  return Prisma.join(parts, " AND ");
}

/** Title and symbol weigh more than body text; a symbol typed in full comes first. */
function ranking(symbol: string | null): Prisma.Sql {
  const score = Prisma.sql`bm25(search_fts, 4.0, 8.0, 1.0)`;
  return symbol ? Prisma.sql`(e."symbol" = ${symbol} COLLATE NOCASE) DESC, ${score}` : score;
}

const SNIPPET = Prisma.sql`snippet(search_fts, -1, ${MARK_START}, ${MARK_END}, '…', 16)`;
const HIT_COLUMNS = Prisma.sql`e."kind", e."recordId", e."linkId", e."title", e."symbol", e."date", e."archived"`;

function toHit(raw: unknown): SearchHit {
  const r = row.parse(raw);
  return {
    kind: r.kind,
    recordId: r.recordId,
    linkId: r.linkId,
    title: r.title,
    symbol: r.symbol,
    date: r.date ? new Date(r.date) : null,
    archived: Number(r.archived) === 1 || r.archived === true,
    snippet: r.snippet ?? "",
  };
}

export async function search(ctx: AccessContext, filters: SearchFilters): Promise<SearchResult | null> {
  const match = toMatchExpression(filters.q);
  if (!match) return null;
  const symbol = exactSymbol(filters.q);
  const from = Prisma.sql`search_fts JOIN "SearchEntry" e ON e."id" = search_fts.rowid`;

  const countRows = await prisma.$queryRaw<unknown[]>(
    Prisma.sql`SELECT e."kind" AS kind, count(*) AS n FROM ${from} WHERE ${conditions(ctx, match, filters, null)} GROUP BY e."kind"`,
  );
  const counts: Partial<Record<SearchKind, number>> = {};
  for (const raw of countRows) {
    const c = countRow.parse(raw);
    counts[c.kind] = Number(c.n);
  }
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);

  if (filters.kind) {
    const rows = await prisma.$queryRaw<unknown[]>(
      Prisma.sql`SELECT ${HIT_COLUMNS}, ${SNIPPET} AS snippet FROM ${from}
        WHERE ${conditions(ctx, match, filters, filters.kind)}
        ORDER BY ${ranking(symbol)}, e."id"
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(filters.page - 1) * SEARCH_PAGE_SIZE}`,
    );
    const hits = rows.map(toHit);
    return { counts, total, groups: [{ kind: filters.kind, hits, count: counts[filters.kind] ?? 0 }] };
  }

  // The best few of each kind: rank within kind first (no snippet), then snippets for those only.
  const best = await prisma.$queryRaw<{ id: number | bigint }[]>(
    Prisma.sql`SELECT id FROM (
        SELECT e."id" AS id, row_number() OVER (PARTITION BY e."kind" ORDER BY ${ranking(symbol)}, e."id") AS n
        FROM ${from} WHERE ${conditions(ctx, match, filters, null)}
      ) WHERE n <= ${SEARCH_GROUP_SIZE}`,
  );
  const ids = best.map((b) => Number(b.id));
  if (ids.length === 0) return { counts, total, groups: [] };
  const rows = await prisma.$queryRaw<unknown[]>(
    Prisma.sql`SELECT ${HIT_COLUMNS}, ${SNIPPET} AS snippet FROM ${from}
      WHERE search_fts MATCH ${match} AND e."id" IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
      ORDER BY ${ranking(symbol)}, e."id"`,
  );
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of rows.map(toHit)) {
    const list = groups.get(hit.kind) ?? [];
    list.push(hit);
    groups.set(hit.kind, list);
  }
  // Kinds in the order of their best result.
  return {
    counts,
    total,
    groups: [...groups.entries()].map(([kind, hits]) => ({ kind, hits, count: counts[kind] ?? 0 })),
  };
}
