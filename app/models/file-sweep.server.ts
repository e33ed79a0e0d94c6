// Removing what the file store holds for nobody: bytes no DocumentFile row refers to (a form whose
// row was never written: a crash, a failed transaction) and temporary files an interrupted upload
// left in tmp/. Only what is older than the age limit (24 hours by default) goes, so an upload in
// progress — its bytes moved under their hash, its row about to be written — is never touched; a
// stored file is checked again just before it is removed. Every row's file is kept, archived
// versions included (the store's files are never removed while anything refers to them).
// `npm run files:sweep` (docs/decisions/048-orphan-files.md).
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { prisma } from "~/db.server";
import { filesRoot } from "./file-store.server";

const SHA256 = /^[0-9a-f]{64}$/;
const BATCH = 500;

export type SweepResult = { removed: string[]; kept: number; temporaryRemoved: number };

async function olderThan(file: string, cutoff: number): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return Boolean(info?.isFile() && info.mtimeMs < cutoff);
}

async function referenced(hashes: string[]): Promise<Set<string>> {
  const rows = await prisma.documentFile.findMany({ where: { sha256: { in: hashes } }, select: { sha256: true }, distinct: ["sha256"] });
  return new Set(rows.map((r) => r.sha256));
}

/** Removes the store's unreferenced files and leftover temporary files older than `olderThanHours`. */
export async function sweepFileStore({ olderThanHours = 24, root = filesRoot(), now = Date.now() }: { olderThanHours?: number; root?: string; now?: number } = {}): Promise<SweepResult> {
  const cutoff = now - olderThanHours * 3_600_000;
  const result: SweepResult = { removed: [], kept: 0, temporaryRemoved: 0 };
  const tmp = path.join(root, "tmp");
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    const file = path.join(tmp, name);
    if (await olderThan(file, cutoff)) {
      await rm(file, { force: true });
      result.temporaryRemoved += 1;
    }
  }
  const prefixes = (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name));
  for (const prefix of prefixes) {
    const hashes = (await readdir(path.join(root, prefix.name))).filter((name) => SHA256.test(name) && name.startsWith(prefix.name));
    for (let i = 0; i < hashes.length; i += BATCH) {
      const batch = hashes.slice(i, i + BATCH);
      const used = await referenced(batch);
      for (const sha of batch) {
        const file = path.join(root, prefix.name, sha);
        if (used.has(sha) || !(await olderThan(file, cutoff))) {
          result.kept += 1;
          continue;
        }
        // Checked again at the last moment: a row written since the batch was read, or the same
        // bytes uploaded again meanwhile (the store touches them), keep the file.
        if ((await referenced([sha])).size || !(await olderThan(file, cutoff))) {
          result.kept += 1;
          continue;
        }
        await rm(file, { force: true });
        result.removed.push(sha);
      }
    }
  }
  return result;
}
