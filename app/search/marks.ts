// Marks FTS5 puts around matched words in a snippet: control characters no record text contains,
// so the snippet stays plain text and the page renders <mark> itself (no HTML from the database).
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
