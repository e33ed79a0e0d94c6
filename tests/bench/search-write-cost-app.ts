// The search index's cost on the app's own write path: updateAgency (Prisma transaction, version
// claim, audit event) on a copy of a bench database, with the search triggers and without them.
// Run by search-write-cost.ts's neighbour command:
//   npx tsx tests/bench/search-write-cost-app.ts [--scale large] [--writes 200]
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({ options: { scale: { type: "string", default: "large" }, writes: { type: "string", default: "200" } } });
const source = path.resolve(`tests/bench/data/bench-${values.scale}.db`);
const copy = path.resolve(`tests/bench/data/write-cost-app-${values.scale}.db`);
const writes = Math.max(50, Number(values.writes));
rmSync(copy, { force: true });
copyFileSync(source, copy);
process.env.DATABASE_URL = `file:${copy}`;

const raw = new Database(copy);
const triggers = raw.prepare(`SELECT "name", "sql" FROM sqlite_master WHERE type = 'trigger' AND "name" LIKE 'search\\_%' ESCAPE '\\'`).all() as { name: string; sql: string }[];
const actorId = (raw.prepare(`SELECT "id" FROM "User" LIMIT 1`).get() as { id: string }).id;
const agencies = raw.prepare(`SELECT "id" FROM "Agency" WHERE "archivedAt" IS NULL ORDER BY random() LIMIT ?`).all(writes) as { id: string }[];

const { updateAgency, getAgency } = await import("../../app/models/agency.server");
const { prisma } = await import("../../app/db.server");

async function round(label: string): Promise<number[]> {
  const times: number[] = [];
  for (const [i, { id }] of agencies.entries()) {
    const a = await getAgency(id);
    if (!a) continue;
    const data = { name: `${a.name.replace(/ \(rev \d+\)$/, "")} (rev ${i})`, acronym: a.acronym, kind: a.kind, parentId: a.parentId, mandate: a.mandate, address: a.address, email: a.email, phone: a.phone, website: a.website, version: a.version };
    const start = process.hrtime.bigint();
    await updateAgency(actorId, id, data as Parameters<typeof updateAgency>[2]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  void label;
  return times;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

await round("warm-up");
const withIndex = [...(await round("with")), ...(await round("with"))];
for (const t of triggers) raw.exec(`DROP TRIGGER "${t.name}"`);
const without = [...(await round("without")), ...(await round("without"))];
for (const t of triggers) raw.exec(t.sql);
console.log(`updateAgency through Prisma, ${withIndex.length} writes each: median ${median(withIndex).toFixed(2)} ms with the index, ${median(without).toFixed(2)} ms without: +${((median(withIndex) / median(without) - 1) * 100).toFixed(0)} %`);
await prisma.$disconnect();
raw.close();
for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
