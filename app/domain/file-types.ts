// What may be uploaded as a language version of a document, and how much of it. The type is decided
// by the file's name AND its first bytes, never by the Content-Type the browser sent: a page served
// back must not turn out to be HTML or a script. Client-safe (the form states the limits).

/** The largest file accepted, in bytes (a long report with annexes in PDF). */
export const UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

type FileType = {
  /** What the file is served as. */
  contentType: string;
  extensions: readonly string[];
  /** The signature its first bytes must carry. */
  magic: "pdf" | "zip" | "ole" | "rtf" | "text";
};

export const UPLOAD_TYPES: readonly FileType[] = [
  { contentType: "application/pdf", extensions: ["pdf"], magic: "pdf" },
  { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], magic: "zip" },
  { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], magic: "zip" },
  { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"], magic: "zip" },
  { contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], magic: "zip" },
  { contentType: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"], magic: "zip" },
  { contentType: "application/msword", extensions: ["doc"], magic: "ole" },
  { contentType: "application/vnd.ms-excel", extensions: ["xls"], magic: "ole" },
  { contentType: "application/rtf", extensions: ["rtf"], magic: "rtf" },
  { contentType: "text/plain; charset=utf-8", extensions: ["txt"], magic: "text" },
];

/** The extensions the form offers (its `accept`) and names in its hint. */
export const UPLOAD_EXTENSIONS = UPLOAD_TYPES.flatMap((t) => t.extensions);

/** How many bytes of the file's start `detectFileType` needs. */
export const SNIFF_BYTES = 512;

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  // Not markup: a .txt whose first character opens a tag could be rendered as HTML by a lax viewer.
  const first = head.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
  return first !== 0x3c; // "<"
}

function matches(magic: FileType["magic"], head: Uint8Array): boolean {
  switch (magic) {
    case "pdf":
      return startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case "zip":
      return startsWith(head, [0x50, 0x4b, 0x03, 0x04]); // PK\3\4 (OOXML, OpenDocument)
    case "ole":
      return startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]); // legacy Office
    case "rtf":
      return startsWith(head, [0x7b, 0x5c, 0x72, 0x74, 0x66]); // {\rtf
    case "text":
      return looksLikeText(head);
  }
}

export type DetectedType = { contentType: string; extension: string };

/**
 * The accepted type of a file, from its name's extension and its first bytes, or why not: an
 * extension outside the list, or content that is not what the extension says (an empty file too).
 */
export function detectFileType(fileName: string, head: Uint8Array): DetectedType | "type" | "content" {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const type = UPLOAD_TYPES.find((t) => t.extensions.includes(extension));
  if (!type) return "type";
  if (head.length === 0 || !matches(type.magic, head)) return "content";
  return { contentType: type.contentType, extension };
}

/**
 * A file name safe to hand back in Content-Disposition and to show: the base name only, no control
 * characters or path separators, at most 200 characters (the extension kept).
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (clean.length <= 200) return clean || "file";
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 9 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}

/** "1.4 MB", "820 kB", "312 bytes" — sizes for people, in the reader's locale. */
export function fileSizeParts(bytes: number): { value: number; unit: "byte" | "kilobyte" | "megabyte" } {
  if (bytes < 1000) return { value: bytes, unit: "byte" };
  if (bytes < 1_000_000) return { value: Math.round(bytes / 100) / 10, unit: "kilobyte" };
  return { value: Math.round(bytes / 100_000) / 10, unit: "megabyte" };
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the real name. */
export function contentDisposition(fileName: string): string {
  const name = cleanFileName(fileName);
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
