// Page numbers from a query string, clamped, and the matching skip/take.
export const DEFAULT_PAGE_SIZE = 25;

/** `param`: the query parameter holding the page number (a page with several lists gives each its own). */
export function pageFromSearch(search: URLSearchParams, pageSize = DEFAULT_PAGE_SIZE, param = "page") {
  const raw = Number.parseInt(search.get(param) ?? "1", 10);
  const page = Number.isFinite(raw) && raw > 0 ? Math.min(raw, 100_000) : 1;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}
