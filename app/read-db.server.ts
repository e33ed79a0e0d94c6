// The typed raw-SQL read path (docs/decisions/012-raw-read-path-and-access-cache.md).
//
// Prisma 6 in its JavaScript-engine mode compiles every query in wasm on the request thread, with no
// plan cache, and prepares every statement anew: for the hottest reads that costs several times the
// SQL itself. This module keeps a second better-sqlite3 connection to the same file (WAL: it reads
// committed data while Prisma writes) on which statements are prepared once and reused.
//
// How to use it, in a model module (never a generic repository; the SQL sits beside its types):
//
//   type AgencyRow = { id: string; name: string; postCount: number };
//   const agencyPage = readQuery<{ kind: string | null; take: number; skip: number }, AgencyRow>(`
//     SELECT a.id, a.name, (SELECT count(*) FROM Position p WHERE p.agencyId = a.id) AS postCount
//     FROM Agency a WHERE a.archivedAt IS NULL AND (@kind IS NULL OR a.kind = @kind)
//     ORDER BY a.name LIMIT @take OFFSET @skip`);
//   const rows = agencyPage.all({ kind, take: 25, skip: 0 });
//
// Rules: named parameters only (`@name`); lists go in as JSON (`id IN (SELECT value FROM
// json_each(@ids))`, with sqlList); dates are compared as the text Prisma stores (sqlDate) and
// read back with fromSqlDate; booleans come back as 0/1; clearance comes from the SQL visibility
// fragments of app/permissions.server.ts with accessSqlParams(ctx). Reads only: this connection is
// `query_only`, so every write stays a Prisma transaction with its audit event.
import Database from "better-sqlite3";
import type { Statement } from "better-sqlite3";
import { databaseFile } from "~/db.server";

export type SqlValue = string | number | bigint | null;
export type SqlParams = Record<string, SqlValue>;

type Connection = { file: string; db: Database.Database; statements: Map<string, Statement> };
const holder = globalThis as unknown as { relaisReadConnection?: Connection };

function connection(): Connection {
  const file = databaseFile();
  const open = holder.relaisReadConnection;
  if (open && open.file === file && open.db.open) return open;
  open?.db.close();
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  db.pragma("query_only = ON");
  // 16 MiB of pages instead of SQLite's 2 MiB default: at the large scale (a 1.8 GB file) a list page's
  // indexes and rows no longer fit in 2 MiB, and each page fetched again is a read from the OS (decision 066).
  db.pragma("cache_size = -16384");
  const created: Connection = { file, db, statements: new Map() };
  holder.relaisReadConnection = created;
  return created;
}

function statement(sql: string, pluck = false): Statement {
  const conn = connection();
  const key = pluck ? `pluck:${sql}` : sql;
  let prepared = conn.statements.get(key);
  if (!prepared) {
    prepared = conn.db.prepare(sql);
    if (pluck) prepared.pluck(true);
    conn.statements.set(key, prepared);
  }
  return prepared;
}

export type ReadQuery<P extends SqlParams, R> = {
  all(params: P): R[];
  get(params: P): R | undefined;
  /** Rows one at a time (exports stream them in batches without holding the whole result). */
  iterate(params: P): IterableIterator<R>;
  /** The first column of every row. */
  column<V = SqlValue>(params: P): V[];
  readonly sql: string;
};

/** A statement prepared on first use and kept for the life of the process. */
export function readQuery<P extends SqlParams, R>(sql: string): ReadQuery<P, R> {
  const text = sql.trim();
  return {
    sql: text,
    all: (params) => statement(text).all(params) as R[],
    get: (params) => statement(text).get(params) as R | undefined,
    iterate: (params) => statement(text).iterate(params) as IterableIterator<R>,
    column: <V>(params: P) => statement(text, true).all(params) as V[],
  };
}

/** Several reads from one snapshot (a deferred read transaction on the read connection). */
export function readSnapshot<T>(read: () => T): T {
  return connection().db.transaction(read).deferred();
}

/**
 * SQLite's data_version of the read connection: it changes whenever another connection (Prisma's,
 * another worker's, a script's) commits a write to the database. Equal twice: nothing was written
 * in between (for reusing what was read).
 */
export function dataVersion(): number {
  return Number(connection().db.pragma("data_version", { simple: true }));
}

// ─── Reuse until a write ─────────────────────────────────────────────────────
// A derived read (a dashboard card, the stakeholder map's layout, the rotation-risk rules) is reused
// for the same reader — the per-worker cached access context: a change of their posts, roles,
// memberships or grants makes a new one — and the same key until anything is written to the
// database (data_version moves with every commit of any connection, whichever process wrote) or
// REUSE_MS pass (the figures' clocks: "overdue", "leaving within 60 days"). Decisions 046 and 059.
export const REUSE_MS = 60_000;
type Reused = { dataVersion: number; until: number; value: unknown };
const reused = new WeakMap<object, Map<string, Reused>>();

/**
 * `compute()`'s value for this reader and key, reused until a write or REUSE_MS. A promise that
 * rejects is forgotten at once, so a failure is never served twice.
 */
export function reuseUntilWrite<T>(reader: object, key: string, compute: () => T): T {
  const version = dataVersion();
  const nowMs = Date.now();
  let entries = reused.get(reader);
  const hit = entries?.get(key);
  if (hit && hit.dataVersion === version && hit.until > nowMs) return hit.value as T;
  if (!entries) {
    entries = new Map();
    reused.set(reader, entries);
  }
  // data_version only moves forward: an entry from an older version, or past its minute, can never be
  // served again. Dropping them here keeps a long-lived reader's entries to the live keys.
  for (const [k, e] of entries) if (e.dataVersion !== version || e.until <= nowMs) entries.delete(k);
  const value = compute();
  const entry: Reused = { dataVersion: version, until: nowMs + REUSE_MS, value };
  entries.set(key, entry);
  if (value instanceof Promise) {
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
  }
  return value;
}

/** The keys a reader has values kept for (diagnostics and tests). */
export function reusedKeys(reader: object): string[] {
  return [...(reused.get(reader)?.keys() ?? [])];
}

/** A date as Prisma's adapter stores it (ISO 8601 text with an explicit +00:00), for comparisons. */
export function sqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function fromSqlDate(value: string): Date;
export function fromSqlDate(value: string | null): Date | null;
export function fromSqlDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** A list parameter, read in SQL with `json_each(@name)`. */
export function sqlList(values: readonly string[]): string {
  return JSON.stringify(values);
}

/** Text for a LIKE pattern with `ESCAPE '\\'`: the user's % and _ match themselves. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Closes the read connection (tests that delete their database file). */
export function closeReadConnection() {
  holder.relaisReadConnection?.db.close();
  holder.relaisReadConnection = undefined;
}
