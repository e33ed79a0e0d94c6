// What the search page shows, shared by the server and the browser bundle (no server code here).
import type { SearchKind } from "./index-definition";

export const SEARCH_PAGE_SIZE = 20;
/** Results shown per kind when no kind is chosen. */
export const SEARCH_GROUP_SIZE = 5;
/**
 * The bounds on the work one search does, whatever is typed (decision 039): per kind, the newest
 * SEARCH_SCAN matches are read (further when narrowed by committee, agency or dates), and the first
 * SEARCH_WINDOW of them the reader may see are counted and ranked.
 */
export const SEARCH_WINDOW = 500;
export const SEARCH_SCAN = 10_000;
export const SEARCH_SCAN_FILTERED = 25_000;

/** Where a result opens. */
export function searchHitHref(hit: { kind: SearchKind; recordId: string; linkId: string | null }): string {
  switch (hit.kind) {
    case "agency":
      return `/agencies/${hit.recordId}`;
    case "person":
      return `/people/${hit.recordId}`;
    case "position":
      return `/positions/${hit.recordId}`;
    case "responsibility":
      return `/responsibilities/${hit.recordId}`;
    case "committee":
      return `/committees/${hit.recordId}`;
    case "meeting":
      return `/meetings/${hit.recordId}`;
    case "agendaItem":
      return `/meetings/${hit.linkId}#item-${hit.recordId}`;
    case "statement":
      return `/meetings/${hit.linkId}#statement-${hit.recordId}`;
    case "document":
      return `/documents/${hit.recordId}`;
    case "decision":
      return `/decisions/${hit.recordId}`;
    case "action":
      return `/actions/${hit.recordId}`;
    case "obligation":
      return `/reporting/obligations/${hit.recordId}`;
    case "handover":
      return `/handovers/${hit.recordId}`;
  }
}
