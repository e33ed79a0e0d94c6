// The query string of a list page (GET, bookmarkable, a plain form without JavaScript): one zod
// schema per page, read once in its loader (decision 050). A list's filters never refuse a request:
// an unknown or malformed value falls back (to "all", or the page's default), as typing a stale URL
// should. Pages whose filters are typed by hand and must say what is wrong (the audit log) use a
// strict schema and `searchValues` instead, and answer 400.
import { z } from "zod";
import { pageInfo, pagingOf, type Paging } from "~/domain/paging";

/** The page number: a positive integer, clamped; anything else is the first page. */
export const pageParam = z
  .string()
  .optional()
  .transform((v) => (v === undefined ? Number.NaN : Number.parseInt(v, 10)))
  .transform((n) => (Number.isFinite(n) && n > 0 ? Math.min(n, 100_000) : 1));

/** Free text ("q"), trimmed and bounded; empty is no filter (null). */
export function searchText(max = 100) {
  return z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, max) || null);
}

/** A record's id (a committee, an agency …), bounded; empty is no filter (null). */
export function idParam(max = 64) {
  return searchText(max);
}

/** One of a vocabulary; anything else is the fallback (null: no filter, or the page's default). */
export function choice<const T extends string>(
  values: readonly T[]
): z.ZodType<T | null, string | undefined>;
export function choice<const T extends string, F extends T>(
  values: readonly T[],
  fallback: F
): z.ZodType<T, string | undefined>;
export function choice<const T extends string>(
  values: readonly T[],
  fallback: T | null = null
) {
  return z
    .string()
    .optional()
    .transform((v): T | null =>
      v !== undefined && (values as readonly string[]).includes(v)
        ? (v as T)
        : fallback
    );
}

/** A checkbox of a GET form (value="1"). */
export function flag() {
  return z
    .string()
    .optional()
    .transform((v) => v === "1");
}

/** A whole number in a range (a year), else no filter (null). */
export function intParam(min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((v) => {
      const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
      return Number.isFinite(n) && n >= min && n <= max ? n : null;
    });
}

type Shape = Record<string, z.ZodType<unknown, string | undefined>>;

/** A list page's search schema: its filters, plus the page number. */
export function listSearch<S extends Shape>(shape: S) {
  return z.object({ ...shape, page: pageParam });
}

/** The values of the given keys in a query string (the first of each; absent keys are left out). */
export function searchValues(
  params: URLSearchParams,
  keys: readonly string[]
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) values[key] = value;
  }
  return values;
}

export type ListSearch<S extends Shape> = {
  filters: { [K in keyof S]: z.output<S[K]> };
  paging: Paging;
};

/** Reads a list page's query string once: its filters (fallbacks for anything unknown) and its page. */
export function readListSearch<S extends Shape>(
  request: Request | URL | URLSearchParams,
  schema: z.ZodObject<S & { page: typeof pageParam }>,
  pageSize?: number
): ListSearch<S> {
  const params =
    request instanceof URLSearchParams
      ? request
      : new URL(request instanceof URL ? request : request.url).searchParams;
  const { page, ...filters } = schema.parse(
    searchValues(params, Object.keys(schema.shape))
  ) as { page: number } & ListSearch<S>["filters"];
  return {
    filters: filters as ListSearch<S>["filters"],
    paging: pagingOf(page, pageSize),
  };
}

/**
 * A list page's loader in one call: reads the query string, fetches the page of rows (and whatever
 * else `fetch` returns beside them), and gives back what the page renders: the rows, the filters
 * (for the form's values) and the page (for `<Pagination>`).
 */
export async function readListPage<S extends Shape, T extends { total: number }>(
  request: Request,
  schema: z.ZodObject<S & { page: typeof pageParam }>,
  fetch: (filters: ListSearch<S>["filters"], paging: Paging) => Promise<T>,
) {
  const { filters, paging } = readListSearch(request, schema);
  const { total, ...rest } = await fetch(filters, paging);
  return { ...(rest as Omit<T, "total">), filters, page: pageInfo(paging, total) };
}
