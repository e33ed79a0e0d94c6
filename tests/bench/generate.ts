// Builds a benchmark database from scratch, far faster than Prisma could:
//   npx tsx tests/bench/generate.ts --scale national|large [--out data/bench-<scale>.db]
// Raw better-sqlite3 inserts in large transactions, indexes rebuilt after the load, then a read-back
// through the app's Prisma client. Writes <out>.meta.json with counts and ids for the runner.
import { faker } from "@faker-js/faker";
import Database from "better-sqlite3";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { hashPassword } from "../../app/auth/password.server";
import { BENCH_PASSWORD, PERSONAS, fillAccounts } from "./fill/accounts";
import { fillActions } from "./fill/actions";
import { fillAudit } from "./fill/audit";
import { fillCommittees } from "./fill/committees";
import type { ScaleName, World } from "./fill/context";
import { Rng, SCALES, at } from "./fill/context";
import { fillAccessGrants, fillBusiestPostHandover, fillHandovers } from "./fill/handovers";
import { fillMeetings } from "./fill/meetings";
import { fillNotifications } from "./fill/notifications";
import { fillDecisions, fillDocuments } from "./fill/records";
import { fillReporting, fillResponsibilities } from "./fill/reporting";
import { applyMigrations, assertForeignKeys, buildSearchIndex, countRows, createIndexes, dropIndexes, dropSearchTriggers } from "./fill/schema";
import { rebuildStatements } from "../../app/search/index-definition";
import { fillAgencies, fillPersons, fillPositions } from "./fill/stakeholders";
import { verifyThroughPrisma } from "./fill/verify";

const SEED = 20_261_125;

function isScale(value: string | undefined): value is ScaleName {
  return value !== undefined && Object.hasOwn(SCALES, value);
}

const { values: args } = parseArgs({ options: { scale: { type: "string" }, out: { type: "string" } } });
if (!isScale(args.scale)) {
  console.error("Usage: npx tsx tests/bench/generate.ts --scale national|large [--out data/bench-<scale>.db]");
  process.exit(2);
}
const scale = args.scale;
const out = path.resolve(args.out ?? `data/bench-${scale}.db`);
const metaFile = `${out}.meta.json`;

const started = performance.now();
const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
function step<T>(label: string, run: () => T): T {
  const t = performance.now();
  const result = run();
  console.log(`  ${label.padEnd(28)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
  return result;
}

mkdirSync(path.dirname(out), { recursive: true });
for (const file of [out, `${out}-wal`, `${out}-shm`, `${out}-journal`, metaFile]) rmSync(file, { force: true });
console.log(`Generating ${scale} benchmark database at ${out}`);

const db = new Database(out);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
db.pragma("foreign_keys = OFF");
db.pragma("cache_size = -262144");
db.pragma("temp_store = MEMORY");

const migrations = step("migrations", () => applyMigrations(db, path.resolve("prisma/migrations")));
const indexes = dropIndexes(db);
const searchTriggers = dropSearchTriggers(db);

faker.seed(SEED);
const now = Date.now();
const passwordHash = await hashPassword(BENCH_PASSWORD);
const world: World = {
  db,
  rng: new Rng(SEED),
  now,
  size: SCALES[scale],
  agencies: [],
  persons: [],
  positions: [],
  committees: [],
  meetings: [],
  decisions: [],
  actionCount: 0,
  documentCount: 0,
  handoverCount: 0,
  deadlineCount: 0,
  userIds: [],
  userIdOf: new Map(),
  personas: PERSONAS,
  confidential: [],
  twentyItemMeetingIdx: -1,
};

let busiestPostHandoverId = "";
let documentWithFilesId: string | null = null;
db.transaction(() => {
  step("agencies, people, posts", () => {
    fillAgencies(world);
    fillPersons(world);
    fillPositions(world);
  });
  step("roles and accounts", () => fillAccounts(world, passwordHash));
  step("responsibilities, reporting", () => {
    fillResponsibilities(world);
    fillReporting(world);
  });
  step("committees", () => fillCommittees(world));
  step("meetings and agendas", () => fillMeetings(world));
  step("decisions and documents", () => {
    fillDecisions(world);
    documentWithFilesId = fillDocuments(world);
  });
  step("actions", () => fillActions(world));
  step("handovers and grants", () => {
    fillHandovers(world);
    fillAccessGrants(world);
  });
  step("notifications", () => fillNotifications(world));
  busiestPostHandoverId = fillBusiestPostHandover(world);
})();
let auditDeepCursor = "";
step("audit events", () => {
  auditDeepCursor = fillAudit(world);
});
step("indexes", () => createIndexes(db, indexes));
step("foreign key check", () => assertForeignKeys(db));
step("search index", () => buildSearchIndex(db, searchTriggers, rebuildStatements()));
step("analyze", () => {
  db.exec("ANALYZE");
  db.pragma("optimize");
  db.pragma("wal_checkpoint(TRUNCATE)");
});
const counts = countRows(db);

// The app's own client, pointed at the new file, must read what was written.
process.env.DATABASE_URL = `file:${out}`;
const { prisma, prismaReady } = await import("../../app/db.server");
const { personas } = world;
const meeting = at(world.meetings, world.twentyItemMeetingIdx);
const focalPost = at(world.positions, personas.focal.positionIdx);
try {
  await prismaReady;
  await verifyThroughPrisma({
    prisma,
    db,
    now,
    meetingId: meeting.id,
    focalPositionId: focalPost.id,
    userEmails: Object.values(personas).map((p) => p.email),
    password: BENCH_PASSWORD,
  });
} finally {
  await prisma.$disconnect();
}
db.close();

const committee = at(world.committees, meeting.committeeIdx);
const decision = world.decisions.findLast((d) => d.committeeIdx === meeting.committeeIdx) ?? at(world.decisions, 0);
const seconds = Number(elapsed());
const meta = {
  scale,
  generatedAt: new Date(now).toISOString(),
  seed: SEED,
  seconds,
  file: path.relative(process.cwd(), out),
  bytes: statSync(out).size,
  migrations,
  counts,
  ids: {
    committeeId: committee.id,
    meetingWith20AgendaItemsId: meeting.id,
    agencyId: at(world.agencies, personas.focal.agencyIdx).id,
    positionId: focalPost.id,
    decisionId: decision.id,
    secretaryAgencyId: at(world.agencies, personas.secretary.agencyIdx).id,
    secretaryPositionId: at(world.positions, personas.secretary.positionIdx).id,
    busiestPostHandoverId,
    auditDeepCursor,
    ...(documentWithFilesId ? { documentWithFilesId } : {}),
  },
  users: Object.fromEntries(Object.entries(personas).map(([key, p]) => [key, p.email])),
  password: BENCH_PASSWORD,
};
writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
console.log(`Done in ${seconds} s: ${(meta.bytes / 1_048_576).toFixed(1)} MiB, ${counts.AuditEvent} audit events. Meta: ${metaFile}`);
