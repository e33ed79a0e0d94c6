// The schema of a benchmark database: the app's migrations applied as they are, recorded in
// _prisma_migrations the way `prisma migrate deploy` records them (so `migrate status` is clean), and
// secondary indexes dropped during the bulk load and rebuilt afterwards, which is several times faster
// than maintaining them row by row.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "./context";
import { inserter, iso } from "./context";

const PRISMA_MIGRATIONS = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function applyMigrations(db: Db, migrationsDir: string) {
  db.exec(PRISMA_MIGRATIONS);
  const record = inserter(db, "_prisma_migrations", [
    "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count",
  ] as const);
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const bytes = readFileSync(path.join(migrationsDir, name, "migration.sql"));
    const startedAt = iso(Date.now());
    db.exec(bytes.toString("utf8"));
    record({
      id: randomUUID(),
      checksum: createHash("sha256").update(bytes).digest("hex"),
      finished_at: iso(Date.now()),
      migration_name: name,
      logs: null,
      rolled_back_at: null,
      started_at: startedAt,
      applied_steps_count: 1,
    });
  }
  return names;
}

const indexRows = z.array(z.object({ name: z.string(), sql: z.string() }));

/** Drops every explicit index (unique ones too) and returns the statements that recreate them. */
export function dropIndexes(db: Db): string[] {
  const indexes = indexRows.parse(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all());
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  return indexes.map((index) => index.sql);
}

/** Recreating a unique index fails on a duplicate, so this is also the uniqueness check. */
export function createIndexes(db: Db, statements: readonly string[]) {
  for (const sql of statements) db.exec(sql);
}

const violations = z.array(z.object({ table: z.string(), rowid: z.number().nullable(), parent: z.string(), fkid: z.number() }));

/** Foreign keys are off during the load; this checks them all at once afterwards. */
export function assertForeignKeys(db: Db) {
  const found = violations.parse(db.prepare("PRAGMA foreign_key_check").all());
  if (found.length > 0) {
    const sample = found.slice(0, 5).map((v) => `${v.table} row ${v.rowid} -> ${v.parent}`).join("; ");
    throw new Error(`${found.length} foreign key violations, e.g. ${sample}`);
  }
}

const tableNames = z.array(z.string());

export function countRows(db: Db): Record<string, number> {
  const tables = tableNames.parse(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all(),
  );
  return Object.fromEntries(
    tables.map((table) => [table, z.number().parse(db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get())]),
  );
}

const triggerRows = z.array(z.object({ name: z.string(), sql: z.string() }));

/**
 * Sets the search index's triggers aside for the bulk load (row-by-row indexing is slow, and their
 * upserts need the unique index dropped above); returns the statements that recreate them.
 */
export function dropSearchTriggers(db: Db): string[] {
  const triggers = triggerRows.parse(db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'`).all());
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  return triggers.map((t) => t.sql);
}

/** Builds the search index in one pass over the loaded records (the same SQL as `npm run search:rebuild`), then restores the triggers. */
export function buildSearchIndex(db: Db, triggers: readonly string[], rebuild: readonly string[]) {
  db.transaction(() => {
    for (const sql of rebuild) db.exec(sql);
    for (const sql of triggers) {
      const name = /CREATE TRIGGER "([^"]+)"/.exec(sql)?.[1];
      if (name) db.exec(`DROP TRIGGER IF EXISTS "${name}"`);
      db.exec(sql);
    }
  })();
}
