// npm run backup [-- --keep N --dir DIR] — a consistent copy of the database at DATABASE_URL, safe
// while the server runs, into ./data/backups/relais-<UTC time>.db; keeps the newest N (default 14).
import "dotenv/config";
import { parseArgs } from "node:util";
import { databaseFile } from "../app/database-url";
import { BackupError, DEFAULT_KEEP, backupDatabase } from "./backup/database-backup";

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
} catch (error) {
  console.error(`Backup failed: ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
