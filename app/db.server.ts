import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "@prisma/client";
import Database from "better-sqlite3";
import { databaseFile, databaseUrl } from "./database-url";

/** The client or a transaction of it: what a query helper that may run inside a write takes. */
export type Db = PrismaClient | Prisma.TransactionClient;

export { DEFAULT_DATABASE_URL, databaseFile, databaseUrl } from "./database-url";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const file = databaseFile(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  countStatementsWhenAsked();
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  const client = new PrismaClient({ adapter });
  return client;
}

/** Pragmas every connection needs: concurrent readers (WAL), waiting on locks, enforced relations. */
export async function preparePragmas(client: PrismaClient) {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
}

// ─── Counting SQL statements at the driver (benchmark only) ─────────────────────
// With RELAIS_SQL_STATS=1, every statement better-sqlite3 runs in this process — Prisma's and the
// raw read path's alike — adds one to a counter the benchmark reads through server.js. Off, nothing
// is wrapped.
export type SqlStats = { statements: number };
const statsHolder = globalThis as unknown as { relaisSqlStats?: SqlStats };

export function sqlStats(): SqlStats | null {
  return statsHolder.relaisSqlStats ?? null;
}

function countStatementsWhenAsked() {
  if (process.env.RELAIS_SQL_STATS !== "1" || statsHolder.relaisSqlStats) return;
  const stats: SqlStats = { statements: 0 };
  statsHolder.relaisSqlStats = stats;
  const probe = new Database(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, unknown>;
  probe.close();
  for (const name of ["run", "get", "all", "iterate"] as const) {
    const original = proto[name];
    if (typeof original !== "function") continue;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      stats.statements += 1;
      return original.apply(this, args);
    };
  }
  const dbProto = Database.prototype as unknown as Record<string, unknown>;
  const exec = dbProto.exec;
  if (typeof exec === "function") {
    dbProto.exec = function (this: unknown, ...args: unknown[]) {
      stats.statements += 1;
      return exec.apply(this, args);
    };
  }
}

// One client across dev reloads; the module is re-evaluated but globalThis survives.
const globalForPrisma = globalThis as unknown as { relaisPrisma?: PrismaClient; relaisReady?: Promise<void> };

export const prisma: PrismaClient = (globalForPrisma.relaisPrisma ??= createPrismaClient());
globalForPrisma.relaisReady ??= preparePragmas(prisma);
export const prismaReady: Promise<void> = globalForPrisma.relaisReady;
