import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../../app/db.server";
import { seedRoles } from "../../prisma/seed/access";
import { createMigratedDatabase } from "./migrate";

export const TEST_DB_DIR = path.resolve(import.meta.dirname, "../../tmp/test-db");
export const TEMPLATE = path.join(TEST_DB_DIR, "template.db");

/** One migrated template with the roles; every worker copies it (tests/support/worker-database.ts). */
export default async function setup() {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  createMigratedDatabase(TEMPLATE);
  const prisma = createPrismaClient(`file:${TEMPLATE}`);
  await prisma.$transaction(async (tx) => {
    await seedRoles(tx);
  });
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await prisma.$disconnect();
}
