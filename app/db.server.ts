import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";

export const DEFAULT_DATABASE_URL = "file:./data/relais.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
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

// One client across dev reloads; the module is re-evaluated but globalThis survives.
const globalForPrisma = globalThis as unknown as { relaisPrisma?: PrismaClient; relaisReady?: Promise<void> };

export const prisma: PrismaClient = (globalForPrisma.relaisPrisma ??= createPrismaClient());
globalForPrisma.relaisReady ??= preparePragmas(prisma);
export const prismaReady: Promise<void> = globalForPrisma.relaisReady;
