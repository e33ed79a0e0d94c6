// What the search index adds to the time of a write (issue 12: at most 25 %). On a copy of a bench
// database, the same writes run twice — with the search triggers, and with them set aside — each
// write in its own transaction (as the app writes), and the medians are compared. The write is the
// app's real one at the SQL level: the row's update plus its audit event, as recordAudit inserts it.
//
//   npx tsx tests/bench/search-write-cost.ts [--scale large] [--writes 400]
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({ options: { scale: { type: "string", default: "large" }, writes: { type: "string", default: "400" } } });
const source = path.resolve(`tests/bench/data/bench-${values.scale}.db`);
const copy = path.resolve(`tests/bench/data/write-cost-${values.scale}.db`);
const writes = Math.max(50, Number(values.writes));
rmSync(copy, { force: true });
copyFileSync(source, copy);
const db = new Database(copy);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");

type Kind = { table: string; column: string; entity: string };
// Records users edit most, each with an indexed text column its trigger watches.
const KINDS: Kind[] = [
  { table: "Meeting", column: "title", entity: "meeting" },
  { table: "Decision", column: "title", entity: "decision" },
  { table: "Action", column: "title", entity: "action" },
  { table: "Agency", column: "name", entity: "agency" },
];

function timeWrites(kind: Kind): number[] {
  const ids = db.prepare(`SELECT "id", "${kind.column}" AS v FROM "${kind.table}" ORDER BY random() LIMIT ?`).all(writes) as { id: string; v: string }[];
  const update = db.prepare(`UPDATE "${kind.table}" SET "${kind.column}" = ?, "updatedAt" = ? WHERE "id" = ?`);
  const audit = db.prepare(
    `INSERT INTO "AuditEvent" ("id", "actorId", "entity", "entityId", "action", "before", "after", "at") VALUES (?, NULL, ?, ?, 'update', ?, ?, ?)`,
  );
  const one = db.transaction((row: { id: string; v: string }, i: number) => {
    const next = `${row.v.replace(/ \(rev \d+\)$/, "")} (rev ${i})`;
    update.run(next, Date.now(), row.id);
    audit.run(`wc-${kind.entity}-${Date.now()}-${i}-${Math.random()}`, kind.entity, row.id, JSON.stringify({ [kind.column]: row.v }), JSON.stringify({ [kind.column]: next }), Date.now());
  });
  return ids.map((row, i) => {
    const start = process.hrtime.bigint();
    one(row, i);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

const triggers = db.prepare(`SELECT "name", "sql" FROM sqlite_master WHERE type = 'trigger' AND "name" LIKE 'search\\_%' ESCAPE '\\'`).all() as { name: string; sql: string }[];
console.log(`${path.relative(process.cwd(), source)}: ${triggers.length} search triggers; ${writes} writes per kind, each its own transaction`);
console.log("| record | median with index ms | median without ms | added | p95 with | p95 without |");
console.log("|---|---|---|---|---|---|");
for (const kind of KINDS) {
  // Warm both paths, then alternate rounds so the page cache favours neither.
  timeWrites(kind);
  const withIndex: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < 2; round++) {
    withIndex.push(...timeWrites(kind));
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    without.push(...timeWrites(kind));
    for (const t of triggers) db.exec(t.sql);
  }
  const added = (median(withIndex) / median(without) - 1) * 100;
  console.log(
    `| ${kind.table} | ${median(withIndex).toFixed(3)} | ${median(without).toFixed(3)} | ${added.toFixed(0)} % | ${p95(withIndex).toFixed(3)} | ${p95(without).toFixed(3)} |`,
  );
}
db.close();
rmSync(copy, { force: true });
rmSync(`${copy}-wal`, { force: true });
rmSync(`${copy}-shm`, { force: true });
