// npm run backup [-- --keep N --dir DIR] — a consistent copy of the database at DATABASE_URL, safe
// while the server runs, into ./data/backups/relais-<UTC time>.db; keeps the newest N (default 14).
import "dotenv/config";
import { parseArgs } from "node:util";
import { databaseFile } from "../app/database-url";
import path from "node:path";
import { filesRoot } from "../app/models/file-store.server";
import { BackupError, DEFAULT_KEEP, backupDatabase } from "./backup/database-backup";
import { copyStoredFiles } from "./backup/files-backup";

const { values } = parseArgs({
  options: {
    keep: { type: "string", default: process.env.RELAIS_BACKUP_KEEP ?? String(DEFAULT_KEEP) },
    dir: { type: "string", default: process.env.RELAIS_BACKUP_DIR ?? "data/backups" },
  },
});

try {
  const result = await backupDatabase({ databaseFile: databaseFile(), directory: values.dir, keep: Number(values.keep) });
  const megabytes = (result.bytes / 1_048_576).toFixed(1);
  console.log(`Backed up ${databaseFile()} to ${result.file} (${megabytes} MB, ${result.pages} pages, integrity ok) in ${(result.milliseconds / 1000).toFixed(1)} s`);
  for (const file of result.removed) console.log(`Removed the old backup ${file} (keeping the newest ${values.keep})`);
  // The uploaded files: written once under their hash, so each backup adds the new ones to one folder.
  const files = await copyStoredFiles({ from: filesRoot(), to: path.join(values.dir, "files") });
  console.log(`Uploaded files: ${files.copied} copied (${(files.bytes / 1_048_576).toFixed(1)} MB), ${files.kept} already in ${path.join(values.dir, "files")}`);
  if (files.problems.length) {
    for (const problem of files.problems) console.error(problem);
    process.exit(1);
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
