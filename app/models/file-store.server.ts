// Uploaded files, stored once by content: ./data/files/<first two hex digits>/<sha-256>. A file is
// streamed to a temporary name while it is hashed and counted, refused as soon as it passes the
// limit, and moved under its hash only once the form it came with is valid (a second upload of the
// same bytes reuses the stored copy); a refused form's file is removed.
// Nothing here decides who may read a file: the routes ask permissions.server.ts about the document.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream } from "node:fs";
import { mkdir, rename, rm, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { SNIFF_BYTES } from "~/domain/file-types";

export function filesRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.RELAIS_FILES_DIR ?? path.join("data", "files"));
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Where the store keeps the bytes of `sha256`. */
export function storedFilePath(root: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error("not a sha-256");
  return path.join(root, sha256.slice(0, 2), sha256);
}

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload larger than ${maxBytes} bytes`);
    this.name = "UploadTooLargeError";
  }
}

export type StoredFile = { sha256: string; size: number; head: Uint8Array };

/**
 * A file received but not yet in the store: `keep()` moves it under its hash (once the form it came
 * with has been found valid), `discard()` removes it. Either may be called more than once; after
 * `keep()`, `discard()` does nothing. A file neither kept nor discarded (a crash) stays in tmp/,
 * where the sweep removes it (file-sweep.server.ts).
 */
export type StagedFile = StoredFile & { keep(): Promise<void>; discard(): Promise<void> };

/** Streams `data` into the store and keeps it (see stageStream for the limits). */
export async function storeStream(
  data: AsyncIterable<Uint8Array>,
  options: { maxBytes: number; check?: (head: Uint8Array) => void },
  root = filesRoot(),
): Promise<StoredFile> {
  const staged = await stageStream(data, options, root);
  await staged.keep();
  return { sha256: staged.sha256, size: staged.size, head: staged.head };
}

/**
 * Streams `data` to a temporary file of the store while hashing it. At most `maxBytes` are ever
 * written: past that, the temporary file is removed and `UploadTooLargeError` thrown (the rest of
 * the request body is not read). `check` sees the first SNIFF_BYTES (or the whole file, if shorter)
 * before anything is kept, and refuses a file by throwing: nothing is left then either.
 */
export async function stageStream(
  data: AsyncIterable<Uint8Array>,
  { maxBytes, check = () => undefined }: { maxBytes: number; check?: (head: Uint8Array) => void },
  root = filesRoot(),
): Promise<StagedFile> {
  const tmpDir = path.join(root, "tmp");
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString("hex")}`);
  const out = createWriteStream(tmp, { flags: "wx" });
  const hash = createHash("sha256");
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let size = 0;
  let checked = false;
  const runCheck = () => {
    if (checked) return;
    checked = true;
    check(Buffer.concat(head));
  };
  try {
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new UploadTooLargeError(maxBytes);
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.byteLength, SNIFF_BYTES - headBytes);
      }
      if (headBytes >= SNIFF_BYTES) runCheck();
      if (!out.write(chunk)) await once(out, "drain");
    }
    runCheck();
    out.end();
    await once(out, "finish");
  } catch (error) {
    // The file is opened asynchronously: wait until the stream has closed it, or a late open would
    // create the temporary file again after it was removed.
    const closed = out.closed ? Promise.resolve() : new Promise<void>((resolve) => out.once("close", () => resolve()));
    out.destroy();
    await closed;
    await rm(tmp, { force: true });
    throw error;
  }
  const sha256 = hash.digest("hex");
  let settled = false;
  return {
    sha256,
    size,
    head: Buffer.concat(head),
    async keep() {
      if (settled) return;
      settled = true;
      const target = storedFilePath(root, sha256);
      await mkdir(path.dirname(target), { recursive: true });
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (exists) {
        await rm(tmp, { force: true });
        // The same bytes are stored already (perhaps unreferenced and old): freshly touched, the
        // sweep's age limit spares them while the row that now refers to them is written.
        const now = new Date();
        await utimes(target, now, now);
      } else await rename(tmp, target);
    },
    async discard() {
      if (settled) return;
      settled = true;
      await rm(tmp, { force: true });
    },
  };
}

/** The stored bytes of a file, or null when the store does not hold them (a restore without files). */
export async function openStored(sha256: string, root = filesRoot()): Promise<{ stream: ReadStream; size: number } | null> {
  const file = storedFilePath(root, sha256);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { stream: createReadStream(file), size: info.size };
}
