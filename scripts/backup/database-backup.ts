// Backing up and restoring the SQLite database (docs/decisions/009-online-backups.md).
//
// A backup is a copy made with SQLite's online backup API through better-sqlite3, taken in one step
// so it is one consistent snapshot even while the server writes (WAL: the copy reads, writers go on),
// checked with integrity_check and written under a temporary name until it is complete.
// A restore checks the file first (integrity, foreign keys, migrations this code knows), refuses a
// database that another process has open unless forced, keeps a copy of the database it replaces,
// and writes through the same backup API into the target, so even a forced restore under a running
// server goes through SQLite's locks instead of swapping a file under its feet.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const DEFAULT_KEEP = 14;
export const BACKUP_PREFIX = "relais-";
const BACKUP_NAME = /^relais-\d{8}T\d{6}(\d{3})?Z\.db$/;
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export class BackupError extends Error {}

/** `relais-20261201T131500123Z.db`: sorts by time, one name per millisecond. */
export function backupFileName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, "");
  return `${BACKUP_PREFIX}${stamp}.db`;
}

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** The copy, in one step: a single read transaction, so a consistent snapshot whatever writes meanwhile. */
async function copyWithBackupApi(source: Database.Database, destination: string) {
  await source.backup(destination, { progress: () => 0x7fffffff });
}

function setJournalMode(file: string, mode: "DELETE" | "WAL") {
  const db = new Database(file);
  try {
    db.pragma(`journal_mode = ${mode}`);
  } finally {
    db.close();
  }
}

function removeDatabaseFiles(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

export type IntegrityReport = { ok: boolean; problems: string[] };

export function checkIntegrity(file: string): IntegrityReport {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    return { ok: false, problems: [`cannot open: ${(error as Error).message}`] };
  }
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    const orphans = db.pragma("foreign_key_check") as { table: string; parent: string }[];
    for (const o of orphans.slice(0, 10)) problems.push(`foreign key: a row of ${o.table} points to a missing ${o.parent}`);
    if (orphans.length > 10) problems.push(`foreign key: ${orphans.length - 10} more broken references`);
    return { ok: problems.length === 0, problems };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  } finally {
    db.close();
  }
}

export type BackupResult = { file: string; bytes: number; pages: number; milliseconds: number; removed: string[] };

/** Copies the database at `databaseFile` into `directory` under a timestamped name; keeps the newest `keep`. */
export async function backupDatabase({
  databaseFile,
  directory,
  keep = DEFAULT_KEEP,
  now = new Date(),
}: {
  databaseFile: string;
  directory: string;
  keep?: number;
  now?: Date;
}): Promise<BackupResult> {
  if (!Number.isInteger(keep) || keep < 1) throw new BackupError(`keep must be a whole number of at least 1 (got ${keep})`);
  if (!existsSync(databaseFile)) throw new BackupError(`no database at ${databaseFile}`);
  mkdirSync(directory, { recursive: true });
  const started = performance.now();
  const target = path.join(directory, backupFileName(now));
  if (existsSync(target)) throw new BackupError(`${target} already exists`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  let pages = 0;
  try {
    await copyWithBackupApi(source, partial);
    pages = (source.pragma("page_count", { simple: true }) as number) ?? 0;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  setJournalMode(partial, "DELETE");
  const integrity = checkIntegrity(partial);
  if (!integrity.ok) {
    rmSync(partial, { force: true });
    throw new BackupError(`the copy failed its integrity check: ${integrity.problems.join("; ")}`);
  }
  renameSync(partial, target);
  const removed = pruneBackups(directory, keep);
  return { file: target, bytes: statSync(target).size, pages, milliseconds: performance.now() - started, removed };
}

/** Removes all but the newest `keep` backups made by backupDatabase (other files are left alone). */
export function pruneBackups(directory: string, keep: number): string[] {
  const backups = listBackups(directory);
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}

/** The backups in `directory`, oldest first. */
export function listBackups(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter(isBackupName)
    .sort()
    .map((name) => path.join(directory, name));
}

// ─── Restore ────────────────────────────────────────────────────────────────────

export type MigrationState = { applied: string[]; pending: string[]; unknown: string[]; failed: string[] };

export function localMigrations(directory = MIGRATIONS_DIR): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** What the file's `_prisma_migrations` says, against the migrations of this code. */
export function migrationState(file: string, known = localMigrations()): MigrationState {
  const db = new Database(file, { fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) throw new BackupError("the file has no migration history (_prisma_migrations): it is not a Relais database");
    const rows = db
      .prepare("SELECT migration_name AS name, finished_at AS finishedAt, rolled_back_at AS rolledBackAt FROM _prisma_migrations")
      .all() as { name: string; finishedAt: unknown; rolledBackAt: unknown }[];
    const applied = rows.filter((r) => r.finishedAt != null && r.rolledBackAt == null).map((r) => r.name);
    const failed = rows.filter((r) => r.finishedAt == null && r.rolledBackAt == null).map((r) => r.name);
    const appliedSet = new Set(applied);
    const knownSet = new Set(known);
    return {
      applied: [...appliedSet].sort(),
      pending: known.filter((name) => !appliedSet.has(name)),
      unknown: [...appliedSet].filter((name) => !knownSet.has(name)).sort(),
      failed,
    };
  } finally {
    db.close();
  }
}

/**
 * Whether another connection has the database open. A server keeps its connections open while it
 * runs; in WAL mode each holds a shared lock on the WAL index, so taking the database in exclusive
 * locking mode fails with SQLITE_BUSY while any other process has it open, even idle.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    // Taking the exclusive lock is what matters; in WAL mode this also needs every other connection gone.
    db.pragma("journal_mode = DELETE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY") || (error as { code?: string }).code?.startsWith("SQLITE_LOCKED")) return true;
    throw error;
  } finally {
    db.close();
  }
}

export type RestoreCheck = { integrity: IntegrityReport; migrations: MigrationState };

/** Everything that must hold before a file may replace the database; throws BackupError otherwise. */
export function checkRestorable(file: string, known = localMigrations()): RestoreCheck {
  if (!existsSync(file)) throw new BackupError(`no file at ${file}`);
  const integrity = checkIntegrity(file);
  if (!integrity.ok) throw new BackupError(`${file} fails its integrity check: ${integrity.problems.join("; ")}`);
  const migrations = migrationState(file, known);
  if (migrations.failed.length > 0) {
    throw new BackupError(`${file} holds a migration that failed half-way (${migrations.failed.join(", ")}): it cannot be restored`);
  }
  if (migrations.unknown.length > 0) {
    throw new BackupError(
      `${file} was made by a newer version of Relais (migrations this code does not have: ${migrations.unknown.join(", ")}); restore it with that version`,
    );
  }
  return { integrity, migrations };
}

export type RestoreResult = RestoreCheck & { target: string; safetyCopy: string | null; milliseconds: number };

/**
 * Replaces the database at `databaseFile` with the backup `file`. Refuses when the file is not a sound
 * Relais database of this code's migrations or older, and when another process has the database open
 * (unless `force`). The database it replaces is first backed up into `safetyDirectory`.
 */
export async function restoreDatabase({
  file,
  databaseFile,
  safetyDirectory,
  force = false,
  now = new Date(),
}: {
  file: string;
  databaseFile: string;
  safetyDirectory: string;
  force?: boolean;
  now?: Date;
}): Promise<RestoreResult> {
  const started = performance.now();
  const source = path.resolve(file);
  const target = path.resolve(databaseFile);
  if (source === target) throw new BackupError("the backup and the database are the same file");
  const check = checkRestorable(source);
  if (!force && databaseInUse(target)) {
    throw new BackupError(
      `the database ${databaseFile} is open in another process (is the server running?). Stop it first, or restore into the running database with --force`,
    );
  }
  let safetyCopy: string | null = null;
  if (existsSync(target)) {
    const copy = await backupDatabase({ databaseFile: target, directory: safetyDirectory, keep: Number.MAX_SAFE_INTEGER, now });
    safetyCopy = path.join(safetyDirectory, `before-restore-${path.basename(copy.file)}`);
    renameSync(copy.file, safetyCopy);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  // A working copy in WAL mode, the mode the app runs its database in, so the pages written into the
  // target (whose connections may be in WAL mode when forced) carry the same header.
  const staging = `${target}.restoring`;
  removeDatabaseFiles(staging);
  const backup = new Database(source, { fileMustExist: true });
  try {
    await copyWithBackupApi(backup, staging);
  } finally {
    backup.close();
  }
  setJournalMode(staging, "WAL");
  const staged = new Database(staging, { fileMustExist: true });
  try {
    await writeInto(staged, target);
  } finally {
    staged.close();
    removeDatabaseFiles(staging);
  }
  const after = checkIntegrity(target);
  if (!after.ok) throw new BackupError(`the restored database fails its integrity check: ${after.problems.join("; ")} (the previous one is in ${safetyCopy})`);
  return { ...check, target, safetyCopy, milliseconds: performance.now() - started };
}

/** The backup API into the target: it takes the target's write lock, so a busy server makes it wait and retry. */
async function writeInto(backup: Database.Database, target: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await copyWithBackupApi(backup, target);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (!(code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
