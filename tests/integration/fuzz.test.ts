// Issue 8 "Done when": a seeded, bounded fuzz test of every action route. For every route module
// that has an action, signed in as an administrator (who may reach every form), with its address
// filled with real records, random and hostile bodies are posted: random fields and values, every
// field name the app's schemas know and every intent they declare, huge values, NUL bytes, repeated
// fields, unicode, deeply nested names, real ids where ids go, and bodies that are not forms at all.
// Each answer must be a 4xx or a success — never a 5xx, never an unexpected exception — within a
// bounded time; and a refused body (4xx) must leave the database exactly as it was (no row changed,
// no audit event). fast-check runs with a fixed seed, so a failure replays the same way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { createUser, sessionCookie, unique } from "../support/fixtures";
import { statusOf } from "../support/form-results";
import { createInstrument } from "../support/reporting-fixtures";
import { committeeWithMeeting, createActionRow } from "../support/work-fixtures";

const context = { remoteAddress: "127.0.0.1", workerIndex: 0 };
const SEED = 20261201;
/** Generated bodies in all, spread over the routes, on top of the fixed malformed bodies each route gets. */
const RUNS = Number(process.env.RELAIS_FUZZ_RUNS ?? 400);
/** No single request may take longer than this (a hang shows as a timeout far above it). */
const BOUND_MS = 4_000;

type Action = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
type RouteModule = { action?: Action };

const routeModules = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });
const routes = Object.entries(routeModules)
  .filter(([, module]) => typeof module.action === "function")
  .map(([file, module]) => ({ file: path.basename(file, ".tsx"), action: module.action as Action }))
  .sort((a, b) => a.file.localeCompare(b.file));

/** Every field name and intent the shared schemas declare, read from their source. */
function schemaVocabulary() {
  const dir = path.resolve(import.meta.dirname, "../../app/schemas");
  const names = new Set<string>();
  const literals = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const m of text.matchAll(/^\s+([a-zA-Z][a-zA-Z0-9]*)\??:/gm)) names.add(m[1]!);
    for (const m of text.matchAll(/z\.literal\("([^"]+)"\)/g)) literals.add(m[1]!);
  }
  return { names: [...names].sort(), literals: [...literals].sort() };
}

/** Every row change this connection has made since it opened: unchanged means nothing was written. */
async function totalChanges(): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT total_changes() AS n");
  return Number(row?.n ?? 0);
}

/** The route's path with its parameters filled in, and the parameters. */
function address(file: string, ids: Record<string, string>) {
  const params: Record<string, string> = {};
  const segments = file
    .split(".")
    .filter((s) => s !== "_index")
    .map((segment) => {
      const clean = segment.replace(/_$/, "").replace(/^\[(.*)\]$/, "$1");
      if (clean.startsWith("$")) {
        const name = clean.slice(1);
        params[name] = ids[name] ?? "nowhere";
        return params[name];
      }
      return clean;
    });
  return { path: `/${segments.join("/")}`, params };
}

type Body = { kind: "urlencoded"; fields: [string, string][] } | { kind: "multipart"; fields: [string, string][] } | { kind: "raw"; body: string | null; type: string | null };

function requestFor(pathname: string, body: Body, cookie: string): Request {
  const headers: Record<string, string> = { Cookie: cookie };
  let payload: BodyInit | null;
  if (body.kind === "urlencoded") {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    payload = new URLSearchParams(body.fields).toString();
  } else if (body.kind === "multipart") {
    const form = new FormData();
    for (const [name, value] of body.fields) form.append(name, value);
    payload = form;
  } else {
    if (body.type) headers["Content-Type"] = body.type;
    payload = body.body === null ? null : new TextEncoder().encode(body.body);
  }
  return new Request(`http://localhost${pathname}`, { method: "POST", headers, body: payload });
}

describe("fuzzing every action route", async () => {
  const admin = await createUser("admin");
  let cookie = await sessionCookie(admin.id);
  const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: admin.agencyId });
  const decision = await prisma.decision.create({
    data: { committeeId: committee.id, year: 2026, serial: 90_000 + Math.floor(Math.random() * 9_000), title: "Fuzzed decision", text: "Decided.", decidedOn: new Date("2026-03-01") },
    select: { id: true },
  });
  const action = await createActionRow({ ownerPositionId: admin.positionId, ownerAgencyId: admin.agencyId, committeeId: committee.id });
  const document = await prisma.document.create({ data: { title: "Fuzzed paper", kind: "working_paper", committeeId: committee.id }, select: { id: true } });
  const handover = await prisma.handover.create({ data: { positionId: admin.positionId, agencyId: admin.agencyId, outgoingPersonId: admin.personId }, select: { id: true } });
  const instrument = await createInstrument();
  const obligation = await prisma.reportingObligation.create({ data: { instrumentId: instrument.id, title: unique("Obligation"), recurrence: "annual" }, select: { id: true } });
  const deadline = await prisma.reportingDeadline.create({ data: { obligationId: obligation.id, cycle: "2027", dueDate: new Date("2027-05-31") }, select: { id: true } });
  const responsibility = await prisma.responsibility.create({ data: { title: unique("Responsibility") }, select: { id: true } });
  // The records the addresses name are not the administrator's own: a fuzzed body that archives an
  // agency, ends a tenure or disables an account must not take the fuzzing session down with it.
  const target = await createUser("viewer");
  const ids: Record<string, string> = {
    agencyId: target.agencyId,
    committeeId: committee.id,
    meetingId: meeting.id,
    itemId: meeting.itemIds[0]!,
    actionId: action.id,
    decisionId: decision.id,
    documentId: document.id,
    handoverId: handover.id,
    personId: target.personId,
    positionId: target.positionId,
    obligationId: obligation.id,
    deadlineId: deadline.id,
    responsibilityId: responsibility.id,
    userId: target.id,
    token: "not-a-token",
  };
  const realIds = Object.values(ids);
  const { names, literals } = schemaVocabulary();

  // ─── The generators ───
  const nested = fc.integer({ min: 2, max: 400 }).map((depth) => `${"a.".repeat(depth)}b`);
  const bracketed = fc.integer({ min: 2, max: 400 }).map((depth) => `rows${"[0]".repeat(depth)}`);
  const fieldName = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names) },
    { weight: 2, arbitrary: fc.constantFrom("intent", "version", "redirectTo", "contributors.0.agencyId", "attendance.x", "rows.0.title", "__proto__", "constructor", "prototype", "toString") },
    { weight: 1, arbitrary: nested },
    { weight: 1, arbitrary: bracketed },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  );
  const hostileValue = fc.oneof(
    fc.constantFrom(
      "",
      " ",
      "0",
      "-1",
      "1e309",
      "NaN",
      "Infinity",
      "true",
      "null",
      "undefined",
      "[]",
      "{}",
      '{"a":{"b":{"c":[1,2,3]}}}',
      "0000-01-01",
      "2101-01-01",
      "99999-12-31",
      "2026-02-30",
      "25:61",
      "FREQ=DAILY;INTERVAL=-3",
      "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31",
      "FREQ=YEARLY;INTERVAL=100000000",
      "//evil.example",
      "/\t/evil.example",
      "=HYPERLINK(\"http://evil.example\")",
      "<script>alert(1)</script>",
      "'; DROP TABLE Agency; --",
      "a\u0000b",
      "\u202egnp.exe",
      "👩🏽‍⚖️🇫🇷",
      "e\u0301\u0301\u0301",
      "%00",
      "..\\..\\etc\\passwd",
    ),
    fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n)),
    fc.integer({ min: 100, max: 20_000 }).map((n) => "(a+)+".repeat(n)),
    fc.constantFrom(...literals),
    fc.constantFrom(...realIds),
  );
  const value = fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 2, arbitrary: fc.string({ maxLength: 200 }) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) });
  const field = fc.tuple(fieldName, value);
  const fields = fc
    .tuple(fc.option(fc.constantFrom(...literals), { nil: undefined }), fc.array(field, { maxLength: 25 }))
    .map(([intent, rest]): [string, string][] => (intent ? [["intent", intent], ...rest] : rest));
  const body: fc.Arbitrary<Body> = fc.oneof(
    { weight: 8, arbitrary: fields.map((f): Body => ({ kind: "urlencoded", fields: f })) },
    { weight: 2, arbitrary: fields.map((f): Body => ({ kind: "multipart", fields: f })) },
    {
      weight: 1,
      arbitrary: fc.record({
        body: fc.option(fc.oneof(fc.string({ maxLength: 300 }), fc.json()), { nil: null }),
        type: fc.constantFrom(null, "application/json", "text/plain", "multipart/form-data; boundary=x", "multipart/form-data", "application/x-www-form-urlencoded; charset=utf-16"),
      }).map((r): Body => ({ kind: "raw", ...r })),
    },
  );

  /** Malformed bodies every route gets, whatever the generator draws. */
  const FIXED: Body[] = [
    { kind: "raw", body: '{"name":"x"}', type: "application/json" },
    { kind: "raw", body: "name=x", type: "text/plain" },
    { kind: "raw", body: "name=x", type: null },
    { kind: "raw", body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nunterminated', type: "multipart/form-data; boundary=x" },
    { kind: "urlencoded", fields: [["name", "a\u0000b"]] },
    { kind: "urlencoded", fields: [["intent", "save"], ["intent", "archive"]] },
    { kind: "urlencoded", fields: [] },
  ];

  const outcomes = new Map<string, Record<string, number>>();
  let requests = 0;

  async function probe(route: (typeof routes)[number], sent: Body) {
    // Signing out ends the session: /logout gets one of its own each time.
    const useCookie = route.file === "logout" ? await sessionCookie(admin.id) : cookie;
    const { path: pathname, params } = address(route.file, ids);
    const before = await totalChanges();
    const auditBefore = await prisma.auditEvent.count();
    const started = performance.now();
    let answer: unknown;
    let crashed: unknown = null;
    try {
      answer = await route.action({ request: requestFor(pathname, sent, useCookie), params, context });
    } catch (error) {
      if (error instanceof Response || statusOf(error) !== undefined) answer = error;
      else crashed = error;
    }
    const elapsed = performance.now() - started;
    requests++;
    const label = `${route.file} ← ${JSON.stringify(sent).slice(0, 300)}`;
    expect(crashed, `${label}: threw ${String(crashed)}`).toBeNull();
    const status = statusOf(answer) ?? 200;
    const tally = outcomes.get(route.file) ?? {};
    tally[status] = (tally[status] ?? 0) + 1;
    outcomes.set(route.file, tally);
    expect(status, label).toBeLessThan(500);
    expect(elapsed, `${label}: took ${Math.round(elapsed)} ms`).toBeLessThan(BOUND_MS);
    if (status >= 400) {
      expect(await totalChanges(), `${label}: refused (${status}) but wrote`).toBe(before);
      expect(await prisma.auditEvent.count(), `${label}: refused (${status}) but audited`).toBe(auditBefore);
    }
    // A body that happened to be valid for a post that signs out or changes the admin's roles is
    // allowed; the next request needs a live administrator's session.
    if (status < 400 && route.file !== "logout") cookie = await sessionCookie(admin.id);
  }

  it("finds every action route (the glob found the route folder)", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((r) => r.file)).toEqual(expect.arrayContaining(["agencies.new", "language", "logout", "meetings.$meetingId.agenda_.$itemId", "responsibilities.matrix"]));
  });

  it("the malformed bodies, on every action route: 4xx, nothing written", async () => {
    for (const route of routes) for (const sent of FIXED) await probe(route, sent);
  }, 120_000);

  it(`${RUNS} generated bodies spread over every action route: never a 5xx, never slow, nothing written when refused`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (route, sent) => {
        await probe(route, sent);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);

  afterAll(() => {
    // What the fuzzing reached, for whoever reads the log: statuses per route.
    if (process.env.RELAIS_FUZZ_REPORT === "1") console.log(requests, JSON.stringify(Object.fromEntries(outcomes), null, 1));
  });
});
