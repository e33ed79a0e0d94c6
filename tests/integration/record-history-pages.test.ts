// The History section of the reporting obligation, handover and account pages: each page's loader
// gives its record's history; a reader not cleared for the record gets neither page nor history,
// and secrets (password hashes) never appear in an account's history.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { recordAudit } from "../../app/models/audit.server";
import { recordHistory } from "../../app/models/record-history.server";
import { loadAccess } from "../../app/permissions.server";
import { loader as userLoader } from "../../app/routes/admin.users.$userId";
import { loader as handoverLoader } from "../../app/routes/handovers.$handoverId._index";
import { loader as obligationLoader } from "../../app/routes/reporting.$obligationId._index";
import { createAgency, createUser, getRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { payloadOf, statusOf } from "../support/form-results";
import { createInstrument } from "../support/reporting-fixtures";

const context = {};

function audit(actorId: string | null, entity: string, entityId: string, action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  return prisma.$transaction((tx) => recordAudit(tx, { actorId, entity, entityId, action, before, after }));
}

async function ctxOf(userId: string) {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

type History = { total: number; events: { action: string; changes: { field: string; before: unknown; after: unknown }[] }[] } | null;
const historyOf = (result: unknown) => payloadOf(result).history as History;

describe("History on the reporting obligation page", () => {
  it("shows the obligation's changes to who may see it, and nothing to who may not", async () => {
    const staff = await createUser("focal_point");
    const outsider = await createUser("admin", { agencyId: (await createAgency()).id });
    const instrument = await createInstrument();
    const obligation = await prisma.reportingObligation.create({
      data: { instrumentId: instrument.id, title: unique("Annual report"), recurrence: "annual", confidentiality: "restricted", leadAgencyId: staff.agencyId },
      select: { id: true },
    });
    await audit(staff.id, "reportingObligation", obligation.id, "update", { title: "Draft title" }, { title: "Annual report on transfers" });
    const page = await obligationLoader({ request: getRequest(`/reporting/${obligation.id}`, await sessionCookie(staff.id)), params: { obligationId: obligation.id }, context });
    const history = historyOf(page);
    expect(history?.total).toBe(1);
    expect(history?.events[0]?.changes).toEqual([{ field: "title", before: { kind: "text", text: "Draft title" }, after: { kind: "text", text: "Annual report on transfers" } }]);

    const refused = await thrown(obligationLoader({ request: getRequest(`/reporting/${obligation.id}`, await sessionCookie(outsider.id)), params: { obligationId: obligation.id }, context }));
    expect(statusOf(refused)).toBe(404);
    // The history itself is refused too (clearance decided in permissions.server.ts, not by the page).
    expect(await recordHistory(await ctxOf(outsider.id), "reportingObligation", obligation.id)).toBeNull();
  });
});

describe("History on the handover page", () => {
  it("shows the handover's changes to its agency's staff, and nothing to another agency's", async () => {
    const staff = await createUser("focal_point");
    const outsider = await createUser("secretary", { agencyId: (await createAgency()).id });
    const handover = await prisma.handover.create({ data: { positionId: staff.positionId, agencyId: staff.agencyId, confidentiality: "restricted" }, select: { id: true } });
    await audit(staff.id, "handover", handover.id, "update", { risks: null }, { risks: "Licensing backlog" });
    const page = await handoverLoader({ request: getRequest(`/handovers/${handover.id}`, await sessionCookie(staff.id)), params: { handoverId: handover.id }, context });
    const history = historyOf(page);
    expect(history?.events.map((e) => e.action)).toEqual(["update"]);
    expect(history?.events[0]?.changes[0]).toEqual({ field: "risks", before: { kind: "empty" }, after: { kind: "text", text: "Licensing backlog" } });

    const refused = await thrown(handoverLoader({ request: getRequest(`/handovers/${handover.id}`, await sessionCookie(outsider.id)), params: { handoverId: handover.id }, context }));
    expect(statusOf(refused)).toBe(404);
    expect(await recordHistory(await ctxOf(outsider.id), "handover", handover.id)).toBeNull();
  });
});

describe("History on the account page", () => {
  it("shows the account's changes, never a password hash, and only to who may manage the account", async () => {
    const admin = await createUser("admin");
    const account = await createUser("viewer");
    await audit(admin.id, "user", account.id, "update", { locale: "en", passwordHash: "old-hash-123" }, { locale: "fr", passwordHash: "new-hash-456" });
    await audit(admin.id, "user", account.id, "disable", { disabledAt: null }, { disabledAt: new Date("2031-01-01T00:00:00Z") });
    const page = await userLoader({ request: getRequest(`/admin/users/${account.id}`, await sessionCookie(admin.id)), params: { userId: account.id }, context });
    const history = historyOf(page);
    expect(history?.events.map((e) => e.action)).toEqual(["disable", "update"]);
    expect(history?.events[1]?.changes).toEqual([{ field: "locale", before: { kind: "text", text: "en" }, after: { kind: "text", text: "fr" } }]);
    expect(JSON.stringify(history)).not.toMatch(/hash-/);

    // A secretary of another agency may not open this account: no page, so no history.
    const secretary = await createUser("secretary", { agencyId: (await createAgency()).id });
    const refused = await thrown(userLoader({ request: getRequest(`/admin/users/${account.id}`, await sessionCookie(secretary.id)), params: { userId: account.id }, context }));
    expect([403, 404]).toContain(statusOf(refused));
  });
});
