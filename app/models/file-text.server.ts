// The text of uploaded files, read for search (docs/decisions/047-file-text-in-search.md). Never on
// a request: an upload is stored with textStatus "pending", and the jobs worker (file-text-timer.server.ts)
// or `npm run files:text` reads pending files one at a time. A PDF or DOCX is read in a worker thread
// with a heap limit and a time limit, stopped past either (a hostile or broken file cannot hold the
// process); the text is cut at FILE_TEXT_MAX_CHARS. Writing the text refreshes the document's search
// entry through the index's triggers (app/search/index-definition.ts).
//
// The text is derived data, like the search index: it is not audited, and it is read again from the
// stored bytes whenever needed (`npm run files:text -- --again`).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { prisma } from "~/db.server";
import {
  FILE_TEXT_HEAP_MB,
  FILE_TEXT_MAX_CHARS,
  FILE_TEXT_MAX_PAGES,
  FILE_TEXT_TIMEOUT_MS,
  normalizeFileText,
  textReaderOf,
  type TextReader,
  type TextStatus,
} from "~/domain/file-text";
import { filesRoot, storedFilePath } from "./file-store.server";

/** The libraries' entry points, resolved here (the thread's code is evaluated, it has no location of its own). */
function libraryPaths(): { unpdf: string; mammoth: string } {
  const require = createRequire(import.meta.url);
  return { unpdf: require.resolve("unpdf"), mammoth: require.resolve("mammoth") };
}

// The thread: reads one file's bytes with the library for its type and posts back the raw text,
// stopping at `maxChars` (PDF page by page, so a long report is not read to its end for nothing).
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { pathToFileURL } = require("node:url");
async function read({ reader, bytes, paths, maxChars, maxPages }) {
  if (reader === "pdf") {
    const { getDocumentProxy } = await import(pathToFileURL(paths.unpdf).href);
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true });
    const pages = Math.min(pdf.numPages, maxPages);
    let text = "";
    for (let n = 1; n <= pages && text.length < maxChars; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\\n" : "") : "")).join("") + "\\n";
      page.cleanup();
    }
    await pdf.destroy();
    return text;
  }
  if (reader === "docx") {
    const mammoth = require(paths.mammoth);
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  }
  throw new Error("no reader " + reader);
}
// White space is folded afterwards: twice the limit of raw text is enough to fill it.
read(workerData).then(
  (text) => parentPort.postMessage({ text: text.slice(0, workerData.maxChars * 2) }),
  (error) => parentPort.postMessage({ error: String((error && error.message) || error) }),
);
`;

export type ReadResult = { status: "done"; text: string } | { status: "failed"; reason: string };

/**
 * Reads the text of one file's bytes, bounded: plain text is decoded here (only its first bytes);
 * PDF and DOCX in a thread stopped after `timeoutMs` or past its heap limit.
 */
export async function readFileText(
  reader: TextReader,
  bytes: Uint8Array,
  { timeoutMs = FILE_TEXT_TIMEOUT_MS, maxChars = FILE_TEXT_MAX_CHARS, heapMb = FILE_TEXT_HEAP_MB } = {},
): Promise<ReadResult> {
  if (reader === "plain") {
    // Four bytes at most per character: what lies past that cannot be within the limit.
    const head = bytes.subarray(0, maxChars * 4);
    return { status: "done", text: normalizeFileText(new TextDecoder("utf-8", { fatal: false }).decode(head), maxChars) };
  }
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { reader, bytes, paths: libraryPaths(), maxChars, maxPages: FILE_TEXT_MAX_PAGES },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  // The libraries' console chatter (font warnings) is not the server's log.
  worker.stdout.resume();
  worker.stderr.resume();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<ReadResult>((resolve) => {
      timer = setTimeout(() => resolve({ status: "failed", reason: "timeout" }), timeoutMs);
      worker.once("message", (message: { text?: string; error?: string }) =>
        resolve(typeof message.text === "string" ? { status: "done", text: normalizeFileText(message.text, maxChars) } : { status: "failed", reason: message.error ?? "unreadable" }),
      );
      worker.once("error", (error: Error) => resolve({ status: "failed", reason: error.message }));
      worker.once("exit", (code) => resolve({ status: "failed", reason: `thread exited (${code})` }));
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

type PendingFile = { id: string; sha256: string; contentType: string };

/** Reads one pending file and records the outcome (only if it is still pending: a second runner changes nothing). */
async function readOne(file: PendingFile, root: string, options: Parameters<typeof readFileText>[2]): Promise<TextStatus> {
  const reader = textReaderOf(file.contentType);
  let status: TextStatus;
  let text: string | null = null;
  // The same bytes already read for another row (a version uploaded twice): their text is reused.
  const known = reader
    ? await prisma.documentFile.findFirst({ where: { sha256: file.sha256, textStatus: "done", NOT: { id: file.id } }, select: { extractedText: true } })
    : null;
  if (!reader) status = "none";
  else if (known) {
    text = known.extractedText;
    status = text ? "done" : "empty";
  } else {
    const bytes = await readFile(storedFilePath(root, file.sha256)).catch(() => null);
    if (!bytes) status = "missing";
    else {
      const result = await readFileText(reader, bytes, options);
      if (result.status === "done") {
        text = result.text;
        status = text ? "done" : "empty";
      } else {
        status = "failed";
        console.warn(`file text: ${file.id} could not be read (${result.reason})`);
      }
    }
  }
  await prisma.documentFile.updateMany({ where: { id: file.id, textStatus: "pending" }, data: { textStatus: status, extractedText: text || null } });
  return status;
}

/**
 * Reads the text of up to `limit` pending files, oldest first, one at a time; returns what became of
 * each. The caller repeats while it returns a full batch.
 */
export async function readPendingFileTexts({ limit = 10, root = filesRoot(), ...options }: { limit?: number; root?: string } & NonNullable<Parameters<typeof readFileText>[2]> = {}) {
  const pending = await prisma.documentFile.findMany({
    where: { textStatus: "pending" },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, sha256: true, contentType: true },
  });
  const outcomes: { id: string; status: TextStatus }[] = [];
  for (const file of pending) outcomes.push({ id: file.id, status: await readOne(file, root, options) });
  return outcomes;
}

/** Every file read again (after a change of the readers or limits): they become pending. */
export async function markAllFileTextsPending(): Promise<number> {
  const { count } = await prisma.documentFile.updateMany({ where: { textStatus: { not: "pending" } }, data: { textStatus: "pending" } });
  return count;
}
