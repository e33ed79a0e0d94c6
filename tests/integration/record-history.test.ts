// The per-record history built from audit events: readable changes, newest first, paginated, and
// clearance-aware (no history for a record the reader may not see; references to records they may
// not see are not named).
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { recordAudit } from "../../app/models/audit.server";
import { HISTORY_PAGE_SIZE, recordHistory } from "../../app/models/record-history.server";
import { loadAccess } from "../../app/permissions.server";
import { createAgency, createUser, unique } from "../support/fixtures";

async function contextOf(userId: string) {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

function audit(actorId: string | null, entity: string, entityId: string, action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  return prisma.$transaction((tx) => recordAudit(tx, { actorId, entity, entityId, action, before, after }));
}

describe("record history", () => {
  it("shows who changed which field from what to what, newest first, with readable references", async () => {
    const admin = await createUser("admin");
    const viewer = await createUser("viewer");
    const agency = await createAgency({ name: "Customs" });
    const parent = await createAgency({ name: "Ministry of Finance" });
    await audit(admin.id, "agency", agency.id, "create", null, { id: agency.id, name: "Customs", kind: "agency", createdAt: new Date() });
    await audit(admin.id, "agency", agency.id, "update", { name: "Customs", parentId: null }, { name: "Customs Administration", parentId: parent.id });
    const history = await recordHistory(await contextOf(viewer.id), "agency", agency.id);
    expect(history?.total).toBe(2);
    const [latest, first] = history?.events ?? [];
    expect(latest?.action).toBe("update");
    expect(latest?.actor).toMatch(/^Test admin-/);
    expect(latest?.changes).toEqual([
      { field: "name", before: { kind: "text", text: "Customs" }, after: { kind: "text", text: "Customs Administration" } },
      { field: "parentId", before: { kind: "empty" }, after: { kind: "record", label: "Ministry of Finance", href: `/agencies/${parent.id}` } },
    ]);
    // Bookkeeping fields are left out of a creation.
    expect(first?.changes.map((c) => c.field)).toEqual(["name", "kind"]);
  });

  it("pages the events", async () => {
    const viewer = await createUser("viewer");
    const agency = await createAgency();
    for (let i = 0; i < HISTORY_PAGE_SIZE + 3; i++) await audit(null, "agency", agency.id, "update", { phone: String(i) }, { phone: String(i + 1) });
    const ctx = await contextOf(viewer.id);
    const one = await recordHistory(ctx, "agency", agency.id, 1);
    const two = await recordHistory(ctx, "agency", agency.id, 2);
    expect(one?.events).toHaveLength(HISTORY_PAGE_SIZE);
    expect(two?.events).toHaveLength(3);
    expect(one?.total).toBe(HISTORY_PAGE_SIZE + 3);
    expect(new Set([...(one?.events ?? []), ...(two?.events ?? [])].map((e) => e.id)).size).toBe(HISTORY_PAGE_SIZE + 3);
    expect(two?.events.at(-1)?.actor).toBeNull();
  });

  it("gives no history of a record the reader may not see, and does not name records they may not see", async () => {
    const member = await createUser("viewer");
    const outsider = await createUser("admin");
    const committee = await prisma.committee.create({ data: { name: unique("Closed committee"), kind: "standing", confidentiality: "confidential" }, select: { id: true } });
    const decision = await prisma.decision.create({
      data: { committeeId: committee.id, year: 2032, serial: 1, title: "Closed", text: "…", decidedOn: new Date(Date.UTC(2032, 0, 5)), confidentiality: "confidential" },
      select: { id: true },
    });
    await prisma.accessGrant.create({ data: { entity: "decision", entityId: decision.id, personId: member.personId } });
    await audit(member.id, "decision", decision.id, "update", { title: "Draft" }, { title: "Closed" });
    expect(await recordHistory(await contextOf(outsider.id), "decision", decision.id)).toBeNull();
    expect((await recordHistory(await contextOf(member.id), "decision", decision.id))?.events[0]?.changes[0]?.after).toEqual({ kind: "text", text: "Closed" });

    // An open action that once belonged to the confidential committee: the committee is not named.
    const action = await prisma.action.create({ data: { title: "Open follow-up", ownerPositionId: member.positionId, ownerAgencyId: member.agencyId }, select: { id: true } });
    await audit(member.id, "action", action.id, "update", { committeeId: committee.id }, { committeeId: null });
    const history = await recordHistory(await contextOf(outsider.id), "action", action.id);
    expect(history?.events[0]?.changes).toEqual([{ field: "committeeId", before: { kind: "hidden" }, after: { kind: "empty" } }]);
    expect(JSON.stringify(history)).not.toContain(committee.id);
  });
});
