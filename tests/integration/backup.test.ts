// Issue 8 §9: `npm run backup` copies the live database while it is written to, and `npm run restore`
// puts a copy back only when it is sound and the database is not in use (or when forced).
// The commands run as separate processes, as an operator runs them, against a database migrated by
// `prisma migrate deploy` (so it has a real migration history) and written to by this process.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync, closeSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { PrismaClient } from "@prisma/client";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, preparePragmas } from "../../app/db.server";
import { checkIntegrity, checkRestorable, listBackups, migrationState, restoreDatabase } from "../../scripts/backup/database-backup";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(ROOT, "tmp", `backup-test-${process.env.VITEST_POOL_ID ?? "0"}`);
const LIVE = path.join(DIR, "live.db");
const BACKUPS = path.join(DIR, "backups");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

type Outcome = { code: number; stdout: string; stderr: string };

async function command(script: "backup" | "restore", args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(TSX, [`scripts/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${LIVE}`, RELAIS_BACKUP_DIR: BACKUPS },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

function agencyNames(file: string): string[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare("SELECT name FROM Agency ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

function createdAuditCount(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM AuditEvent WHERE entity = 'agency' AND action = 'create'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Writes one agency and its audit event per transaction, as the app does, until told to stop. */
function startWriter(client: PrismaClient) {
  const acknowledged: string[] = [];
  let stopped = false;
  const done = (async () => {
    for (let i = 0; !stopped; i += 1) {
      const name = `Agency ${String(i).padStart(6, "0")}`;
      await client.$transaction(async (tx) => {
        const agency = await tx.agency.create({ data: { name, kind: "agency" }, select: { id: true } });
        await tx.auditEvent.create({ data: { entity: "agency", entityId: agency.id, action: "create", after: JSON.stringify({ name }) } });
      });
      acknowledged.push(name);
      // The driver is synchronous, so the loop would otherwise run on microtasks alone and starve the
      // timers and child-process events of this test.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    acknowledged,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

let client: PrismaClient;

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  await run(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${LIVE}` },
  });
  client = createPrismaClient(`file:${LIVE}`);
  await preparePragmas(client);
}, 120_000);

afterAll(async () => {
  await client.$disconnect();
  rmSync(DIR, { recursive: true, force: true });
});

describe("npm run backup", () => {
  it("copies the live database during writes: each copy passes integrity_check and holds every acknowledged write", async () => {
    const writer = startWriter(client);
    await until(() => writer.acknowledged.length >= 20);
    const copies: string[] = [];
    try {
      for (let round = 0; round < 3; round += 1) {
        const before = [...writer.acknowledged];
        const outcome = await command("backup", ["--keep", "2"]);
        const during = writer.acknowledged.length - before.length;
        expect(outcome.stderr).toBe("");
        expect(outcome.code).toBe(0);
        const file = /to (\S+relais-\d{8}T\d{9}Z\.db)/.exec(outcome.stdout)?.[1];
        expect(file, outcome.stdout).toBeDefined();
        if (!file) return;
        // The server kept writing while the copy was taken.
        expect(during).toBeGreaterThan(0);
        expect(checkIntegrity(file)).toEqual({ ok: true, problems: [] });
        const names = agencyNames(file);
        expect(names).toEqual(expect.arrayContaining(before));
        // One consistent snapshot: no agency without its audit event, no half transaction.
        expect(createdAuditCount(file)).toBe(names.length);
        copies.push(file);
        await until(() => writer.acknowledged.length >= before.length + during + 5);
      }
    } finally {
      await writer.stop();
    }
    // --keep 2: the oldest of the three is gone, the two newest remain.
    expect(listBackups(BACKUPS)).toEqual(copies.slice(1));
    expect(existsSync(copies[0] ?? "")).toBe(false);
  }, 120_000);
});

describe("npm run restore", () => {
  it("refuses to overwrite a database that is in use, restores once it is closed, keeps what it replaced", async () => {
    const [latest] = listBackups(BACKUPS).slice(-1);
    expect(latest).toBeDefined();
    if (!latest) return;
    const backedUp = agencyNames(latest);
    const liveBefore = agencyNames(LIVE);
    expect(liveBefore.length).toBeGreaterThan(backedUp.length);

    const refused = await command("restore", [latest]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is open in another process");
    expect(agencyNames(LIVE)).toEqual(liveBefore);

    await client.$disconnect();
    const restored = await command("restore", [latest]);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(agencyNames(LIVE)).toEqual(backedUp);
    expect(checkIntegrity(LIVE).ok).toBe(true);
    const safety = readdirSync(BACKUPS).filter((name) => name.startsWith("before-restore-"));
    expect(safety).toHaveLength(1);
    expect(agencyNames(path.join(BACKUPS, safety[0] ?? ""))).toEqual(liveBefore);
    // The safety copy is not one of the kept backups, so pruning never removes it.
    expect(listBackups(BACKUPS).some((file) => file.includes("before-restore"))).toBe(false);
    expect(restored.stdout).toContain("before-restore-");

    // The app opens the restored database and goes on writing.
    client = createPrismaClient(`file:${LIVE}`);
    await preparePragmas(client);
    expect(await client.agency.count()).toBe(backedUp.length);
  }, 120_000);

  it("with --force, restores into the running database through SQLite's locks; its connections see the restored data", async () => {
    const [latest] = listBackups(BACKUPS).slice(-1);
    if (!latest) throw new Error("no backup");
    await client.agency.create({ data: { name: "Written after the backup", kind: "agency" } });
    const forced = await command("restore", [latest, "--force"]);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("restart it");
    expect(await client.agency.count({ where: { name: "Written after the backup" } })).toBe(0);
    await client.agency.create({ data: { name: "Written after the restore", kind: "agency" } });
    expect(await client.agency.count()).toBe(agencyNames(latest).length + 1);
    const integrity = await client.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    expect(integrity).toEqual([{ integrity_check: "ok" }]);
  }, 120_000);

  it("checks the file first: a damaged file, a database of a newer version, a file that is not Relais's are refused", async () => {
    const [latest] = listBackups(BACKUPS).slice(-1);
    if (!latest) throw new Error("no backup");
    const target = path.join(DIR, "scratch.db");

    const damaged = path.join(DIR, "damaged.db");
    copyFileSync(latest, damaged);
    const fd = openSync(damaged, "r+");
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
    closeSync(fd);
    expect(checkIntegrity(damaged).ok).toBe(false);
    await expect(restoreDatabase({ file: damaged, databaseFile: target, safetyDirectory: BACKUPS })).rejects.toThrow(/integrity check/);

    const newer = path.join(DIR, "newer.db");
    copyFileSync(latest, newer);
    const db = new Database(newer);
    db.prepare(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, started_at, applied_steps_count) VALUES ('x', 'x', '20991231000000_from_the_future', 1, 1, 1)",
    ).run();
    db.close();
    expect(() => checkRestorable(newer)).toThrow(/newer version of Relais.*20991231000000_from_the_future/);

    const foreign = path.join(DIR, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (body TEXT)");
    other.close();
    expect(() => checkRestorable(foreign)).toThrow(/not a Relais database/);

    expect(existsSync(target)).toBe(false);
  });

  it("accepts an older backup and names the migrations still to apply", async () => {
    const [latest] = listBackups(BACKUPS).slice(-1);
    if (!latest) throw new Error("no backup");
    const older = path.join(DIR, "older.db");
    copyFileSync(latest, older);
    const db = new Database(older);
    const last = (db.prepare("SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1").get() as { name: string }).name;
    db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last);
    db.close();
    expect(migrationState(older).pending).toEqual([last]);
    expect(checkRestorable(older).migrations.unknown).toEqual([]);
  });
});
