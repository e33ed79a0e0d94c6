// Backing up the uploaded files (app/models/file-store.server.ts). The store is written once per
// content and never changed (a file's name is its SHA-256), so a backup copies the files the backup
// folder does not hold yet, under the same names, and checks each copy's hash. Restoring is copying
// the folder back (npm run restore does it beside the database).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

const SHA256 = /^[0-9a-f]{64}$/;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export type FilesCopy = { copied: number; bytes: number; kept: number; problems: string[] };

/** Copies every stored file `to` lacks (checked against its name); never removes anything. */
export async function copyStoredFiles({ from, to }: { from: string; to: string }): Promise<FilesCopy> {
  const result: FilesCopy = { copied: 0, bytes: 0, kept: 0, problems: [] };
  const prefixes = await readdir(from, { withFileTypes: true }).catch(() => []);
  for (const prefix of prefixes) {
    if (!prefix.isDirectory() || !/^[0-9a-f]{2}$/.test(prefix.name)) continue;
    for (const name of await readdir(path.join(from, prefix.name))) {
      if (!SHA256.test(name) || !name.startsWith(prefix.name)) continue;
      const source = path.join(from, prefix.name, name);
      const target = path.join(to, prefix.name, name);
      if (await stat(target).then((s) => s.isFile(), () => false)) {
        result.kept += 1;
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      await copyFile(source, partial);
      if ((await sha256Of(partial)) !== name) {
        await rm(partial, { force: true });
        result.problems.push(`${source} does not match its hash: not copied`);
        continue;
      }
      await rename(partial, target);
      result.copied += 1;
      result.bytes += (await stat(target)).size;
    }
  }
  return result;
}
