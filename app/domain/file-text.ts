// Reading an uploaded file's text for search (docs/decisions/047-file-text-in-search.md): which
// files are read, how, and within which limits. The reading itself is app/models/file-text.server.ts.

/** How the text of a stored file is read, from the type it was stored as (app/domain/file-types.ts). */
export type TextReader = "pdf" | "docx" | "plain";

const READERS: Record<string, TextReader> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/plain; charset=utf-8": "plain",
};

/** The reader of a content type, or null for the types whose text is not read (spreadsheets, slides, DOC, RTF, ODF). */
export function textReaderOf(contentType: string): TextReader | null {
  return READERS[contentType] ?? null;
}

/**
 * Where reading a file's text stands (DocumentFile.textStatus): waiting; read; read but holding no
 * text (a scanned image); a type whose text is not read; unreadable or past a limit; bytes not in
 * the store (a restore without its files).
 */
export const TEXT_STATUSES = ["pending", "done", "empty", "none", "failed", "missing"] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

/** At most this much text is kept per file (about 60 pages of prose): the rest is not searchable. */
export const FILE_TEXT_MAX_CHARS = 200_000;
/** A file whose text is not read within this time is given up (the reading runs in a thread that is stopped). */
export const FILE_TEXT_TIMEOUT_MS = 30_000;
/** The heap of the thread that reads one file; past it the thread stops and the file counts as unreadable. */
export const FILE_TEXT_HEAP_MB = 256;
/** PDF pages read at most (the text limit usually stops the reading well before). */
export const FILE_TEXT_MAX_PAGES = 1_000;

/**
 * The text as it is kept: control characters dropped, runs of white space folded to one space
 * (the index needs words, not layout), trimmed, cut at `max` characters on a word boundary when
 * one is near.
 */
export function normalizeFileText(raw: string, max = FILE_TEXT_MAX_CHARS): string {
  // eslint-disable-next-line no-control-regex
  const folded = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, "").replace(/\s+/gu, " ").trim();
  if (folded.length <= max) return folded;
  let cut = folded.slice(0, max);
  // A word cut in two loses its end (when a space is near: a long run without one is cut as it is).
  const space = cut.lastIndexOf(" ");
  if (folded[max] !== " " && space > max - 100) cut = cut.slice(0, space);
  // Never half a character: a cut between the two halves of a surrogate pair drops the first.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}
