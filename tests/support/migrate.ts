// Builds a migrated SQLite file by running the committed migration files in order: the same SQL
// `prisma migrate deploy` applies, without spawning the CLI for every test worker.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function createMigratedDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const db = new Database(file);
  const folders = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const folder of folders) db.exec(readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8"));
  db.pragma("journal_mode = WAL");
  db.close();
}
