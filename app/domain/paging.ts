// Page numbers from a query string, clamped, and the matching skip/take.
export const DEFAULT_PAGE_SIZE = 25;

export type Paging = { page: number; pageSize: number; skip: number; take: number };

/** The skip/take of a (valid, 1-based) page number. */
export function pagingOf(page: number, pageSize = DEFAULT_PAGE_SIZE): Paging {
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

/** `param`: the query parameter holding the page number (a page with several lists gives each its own). */
export function pageFromSearch(search: URLSearchParams, pageSize = DEFAULT_PAGE_SIZE, param = "page"): Paging {
  const raw = Number.parseInt(search.get(param) ?? "1", 10);
  const page = Number.isFinite(raw) && raw > 0 ? Math.min(raw, 100_000) : 1;
  return pagingOf(page, pageSize);
}

/** What a list page sends its pagination: where it is and how many rows there are. */
export function pageInfo(paging: Paging, total: number) {
  return { page: paging.page, pageSize: paging.pageSize, total };
}
