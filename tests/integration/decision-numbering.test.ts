// Numbering under concurrent creation: several server processes (here, separate Prisma clients on
// the same SQLite file, each with its own connection) record decisions of one committee at once.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, databaseUrl, prisma, preparePragmas } from "../../app/db.server";
import { numberingProblems } from "../../app/domain/decision-numbering";
import { createDecision } from "../../app/models/decision.server";
import { decisionSchema } from "../../app/schemas/decision";
import { createUser, unique } from "../support/fixtures";

const clients = [createPrismaClient(databaseUrl()), createPrismaClient(databaseUrl()), createPrismaClient(databaseUrl())];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

function decision(committeeId: string, decidedOn: string, title: string) {
  return decisionSchema.parse({
    committeeId,
    title,
    text: "The Committee decided.",
    decidedOn,
    adoption: "consensus",
    status: "adopted",
    confidentiality: "internal",
  });
}

describe("decision numbers", () => {
  it("count per committee and per year, from 1", async () => {
    const secretary = await createUser("secretary");
    const actor = { userId: secretary.id, personId: secretary.personId };
    const [a, b] = await Promise.all(
      [1, 2].map(() => prisma.committee.create({ data: { name: unique("Committee"), kind: "standing" }, select: { id: true } })),
    );
    if (!a || !b) throw new Error("fixture");
    const made = [];
    for (const [committeeId, day] of [[a.id, "2025-11-05"], [a.id, "2025-12-10"], [b.id, "2025-12-10"], [a.id, "2026-01-14"], [a.id, "2026-02-18"]] as const) {
      made.push(await createDecision(actor, decision(committeeId, day, unique("Decision")), []));
    }
    expect(made.map((d) => [d.committeeId === a.id ? "a" : "b", d.year, d.serial])).toEqual([
      ["a", 2025, 1],
      ["a", 2025, 2],
      ["b", 2025, 1],
      ["a", 2026, 1],
      ["a", 2026, 2],
    ]);
  });

  it("never repeat when several processes record decisions of the same committee at once", async () => {
    await Promise.all(clients.map((c) => preparePragmas(c)));
    const secretary = await createUser("secretary");
    const actor = { userId: secretary.id, personId: secretary.personId };
    const committee = await prisma.committee.create({ data: { name: unique("Busy committee"), kind: "standing" }, select: { id: true } });
    const writers = [prisma, ...clients];
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) => createDecision(actor, decision(committee.id, "2026-03-04", `Decision ${i}`), [], writers[i % writers.length])),
    );
    const failures = results.filter((r) => r.status === "rejected");
    expect(failures).toEqual([]);
    const rows = await prisma.decision.findMany({ where: { committeeId: committee.id }, select: { serial: true, year: true } });
    expect(rows).toHaveLength(24);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2026]));
    expect(numberingProblems(rows.map((r) => r.serial))).toEqual({ duplicates: [], missing: [] });
    // Every decision and its audit event were written together.
    const audits = await prisma.auditEvent.count({ where: { entity: "decision", action: "create", actorId: secretary.id } });
    expect(audits).toBe(24);
  });
});
