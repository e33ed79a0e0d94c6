// npm run restore -- <backup file> [--force] — replaces the database at DATABASE_URL with a backup,
// after checking the file (integrity_check, foreign keys, migrations this code knows). Refuses while
// another process (the server) has the database open, unless --force. The database it replaces is
// first copied to ./data/backups/before-restore-….db.
import "dotenv/config";
import { parseArgs } from "node:util";
import { databaseFile } from "../app/database-url";
import path from "node:path";
import { filesRoot } from "../app/models/file-store.server";
import { BackupError, restoreDatabase } from "./backup/database-backup";
import { copyStoredFiles } from "./backup/files-backup";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: "boolean", default: false },
    dir: { type: "string", default: process.env.RELAIS_BACKUP_DIR ?? "data/backups" },
  },
});

const [file, ...extra] = positionals;
if (!file || extra.length > 0) {
  console.error("Usage: npm run restore -- <backup file> [--force]");
  process.exit(2);
}

try {
  const result = await restoreDatabase({ file, databaseFile: databaseFile(), safetyDirectory: values.dir, force: values.force });
  console.log(`Restored ${file} into ${result.target} (integrity ok, ${result.migrations.applied.length} migrations) in ${(result.milliseconds / 1000).toFixed(1)} s`);
  if (result.safetyCopy) console.log(`The database it replaced is kept in ${result.safetyCopy}`);
  // The uploaded files the backups hold and the store lacks (nothing in the store is overwritten).
  const files = await copyStoredFiles({ from: path.join(values.dir, "files"), to: filesRoot() });
  console.log(`Uploaded files: ${files.copied} restored from ${path.join(values.dir, "files")}, ${files.kept} already in place`);
  for (const problem of files.problems) console.error(problem);
  if (result.migrations.pending.length > 0) {
    console.log(`The backup predates ${result.migrations.pending.length} migration(s); apply them with: npx prisma migrate deploy (npm run serve does it)`);
  }
  if (values.force) console.log("Restored under a running server: restart it so that no worker keeps state from the replaced database.");
} catch (error) {
  console.error(`Restore refused: ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
