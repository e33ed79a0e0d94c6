// A handover's pages read it on the raw read path (readHandover); the forms' actions keep Prisma's
// getHandover before they write. Both must give the same handover, and the same refusal (null, a 404)
// to a reader without clearance for its content (decision 033). The page's History reads its events
// on the raw path too: same events, the total past the last page.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { getHandover } from "../../app/models/handover.server";
import { readHandover } from "../../app/models/handover-read.server";
import { HISTORY_PAGE_SIZE, recordHistory } from "../../app/models/record-history.server";
import { loadAccess } from "../../app/permissions.server";
import { createUser, unique } from "../support/fixtures";

async function ctxOf(userId: string) {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

async function handoverWithVersions() {
  const outgoing = await createUser("focal_point");
  const colleague = await createUser("focal_point", { agencyId: outgoing.agencyId });
  const outsider = await createUser("secretary");
  const incoming = await prisma.person.create({ data: { honorific: "Ms", givenName: "Efua", familyName: unique("Incoming"), email: "efua@x.example" }, select: { id: true } });
  const acknowledger = await prisma.user.create({ data: { email: `${unique("ack")}@test.example`, passwordHash: "x", personId: incoming.id }, select: { id: true } });
  const handover = await prisma.handover.create({
    data: {
      positionId: outgoing.positionId,
      agencyId: outgoing.agencyId,
      outgoingPersonId: outgoing.personId,
      incomingPersonId: incoming.id,
      status: "submitted",
      ongoingMatters: "The draft report, half written.",
      risks: "A new minister.",
      filesLocation: "Shared drive",
      submittedAt: new Date(Date.now() - 86_400_000),
      confidentiality: "restricted",
    },
    select: { id: true },
  });
  await prisma.handoverVersion.create({
    data: {
      handoverId: handover.id,
      number: 1,
      ongoingMatters: "The draft report.",
      dossier: "{}",
      submittedAt: new Date(Date.now() - 5 * 86_400_000),
      submittedById: outgoing.id,
      acknowledgedAt: new Date(Date.now() - 4 * 86_400_000),
      acknowledgedById: acknowledger.id,
    },
  });
  await prisma.handoverVersion.create({
    data: { handoverId: handover.id, number: 2, ongoingMatters: "The draft report, half written.", risks: "A new minister.", dossier: "{}", submittedAt: new Date(Date.now() - 86_400_000), submittedById: null },
  });
  return { handoverId: handover.id, outgoing, colleague, outsider };
}

describe("a handover on the raw read path", () => {
  it("is the handover Prisma reads, versions and people included; null without clearance", async () => {
    const s = await handoverWithVersions();
    const colleague = await ctxOf(s.colleague.id);
    const raw = readHandover(colleague, s.handoverId);
    expect(raw).toEqual(await getHandover(colleague, s.handoverId));
    // Something of every part, so the comparison is not of two empty handovers.
    expect(raw?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(raw?.versions[1]?.acknowledgedBy?.person?.givenName).toBe("Efua");
    expect(raw?.versions[1]?.submittedBy?.email).toBe(s.outgoing.email);
    expect(raw?.versions[0]?.submittedBy).toBeNull();
    expect(raw?.incomingPerson?.honorific).toBe("Ms");
    expect(raw?.latestAcknowledged).toBe(false);
    expect(raw?.draftChanged).toBe(true);

    const outsider = await ctxOf(s.outsider.id);
    expect(readHandover(outsider, s.handoverId)).toBeNull();
    expect(await getHandover(outsider, s.handoverId)).toBeNull();
    // Named on it, the outsider reads it on both paths alike.
    const person = await prisma.user.findUniqueOrThrow({ where: { id: s.outsider.id }, select: { personId: true } });
    if (!person.personId) throw new Error("fixture");
    await prisma.accessGrant.create({ data: { entity: "handover", entityId: s.handoverId, personId: person.personId } });
    const granted = await ctxOf(s.outsider.id);
    expect(readHandover(granted, s.handoverId)).toEqual(await getHandover(granted, s.handoverId));
    expect(readHandover(granted, "no-such-handover")).toBeNull();
  });

  it("pages its History newest first with who did what, and knows the total past the last page", async () => {
    const s = await handoverWithVersions();
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < HISTORY_PAGE_SIZE + 3; i++) {
      await prisma.auditEvent.create({
        data: { actorId: s.outgoing.id, entity: "handover", entityId: s.handoverId, action: "update", before: JSON.stringify({ risks: `r${i}` }), after: JSON.stringify({ risks: `r${i + 1}`, positionId: s.outgoing.positionId }), at: new Date(base + i * 1000) },
      });
    }
    const ctx = await ctxOf(s.colleague.id);
    const first = await recordHistory(ctx, "handover", s.handoverId, 1);
    expect(first?.total).toBe(HISTORY_PAGE_SIZE + 3);
    expect(first?.events).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first?.events[0]?.changes.find((c) => c.field === "risks")).toEqual({ field: "risks", before: { kind: "text", text: `r${HISTORY_PAGE_SIZE + 2}` }, after: { kind: "text", text: `r${HISTORY_PAGE_SIZE + 3}` } });
    expect(first?.events[0]?.actor).toMatch(/^Test /);
    expect(first?.events[0]?.changes.find((c) => c.field === "positionId")?.after).toMatchObject({ kind: "record", href: `/positions/${s.outgoing.positionId}` });
    const second = await recordHistory(ctx, "handover", s.handoverId, 2);
    expect(second?.events.map((e) => e.changes.find((c) => c.field === "risks")?.before)).toEqual([2, 1, 0].map((i) => ({ kind: "text", text: `r${i}` })));
    const beyond = await recordHistory(ctx, "handover", s.handoverId, 9);
    expect(beyond).toMatchObject({ events: [], total: HISTORY_PAGE_SIZE + 3, page: 9 });
    expect(await recordHistory(await ctxOf(s.outsider.id), "handover", s.handoverId, 1)).toBeNull();
  });
});
