// The audit log page and its CSV against the worker's migrated SQLite copy: filters, keyset pages,
// the field-by-field diff, clearance (no content for an event about a record the reader may not
// see), invalid filters (400, values kept, nothing exported), and refusals (403).
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { AUDIT_PAGE_SIZE } from "../../app/domain/audit-log";
import { recordAudit } from "../../app/models/audit.server";
import { loader as auditLoader } from "../../app/routes/admin.audit._index";
import { loader as auditCsvLoader } from "../../app/routes/admin.audit[.]csv";
import { auditCount, createUser, getRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, payloadOf, statusOf } from "../support/form-results";

const context = {};

async function signedIn(role: "admin" | "secretary" | "focal_point" | "viewer") {
  const user = await createUser(role);
  return { ...user, cookie: await sessionCookie(user.id) };
}

function audit(event: { actorId: string | null; entity: string; entityId: string; action: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; at?: Date }) {
  return prisma.$transaction(async (tx) => {
    await recordAudit(tx, { before: null, after: null, ...event });
    // Moved to a fixed instant far from now, so the event just written is the only one near now.
    if (event.at) {
      const now = Date.now();
      await tx.auditEvent.updateMany({ where: { entityId: event.entityId, at: { gt: new Date(now - 60_000), lt: new Date(now + 60_000) } }, data: { at: event.at } });
    }
  });
}

type Entry = { id: string; entity: string; entityId: string | null; action: string; visible: boolean; actor: { email: string } | null; changes: { field: string; before: unknown; after: unknown }[] };
type Page = { entries: Entry[]; older: string | null; newer: string | null };

async function pageOf(cookie: string, query: string): Promise<Page> {
  const result = await auditLoader({ request: getRequest(`/admin/audit?${query}`, cookie), params: {}, context });
  expect(statusOf(result) ?? 200).toBe(200);
  const page = payloadOf(result).page;
  if (!page || typeof page !== "object") throw new Error("no page");
  return page as Page;
}

describe("the audit log page", () => {
  it("lists events newest first with each changed field, and filters by record, kind, action, actor and days", async () => {
    const admin = await signedIn("admin");
    const other = await createUser("secretary");
    const agency = await prisma.agency.create({ data: { name: unique("Audited agency"), kind: "customs" }, select: { id: true } });
    await audit({ actorId: other.id, entity: "agency", entityId: agency.id, action: "create", after: { name: "Customs" }, at: new Date("2031-03-01T10:00:00Z") });
    await audit({ actorId: admin.id, entity: "agency", entityId: agency.id, action: "update", before: { name: "Customs" }, after: { name: "Customs Administration" }, at: new Date("2031-03-05T10:00:00Z") });
    await audit({ actorId: admin.id, entity: "agency", entityId: agency.id, action: "archive", before: { archivedAt: null }, after: { archivedAt: "2031-03-09T10:00:00.000Z" }, at: new Date("2031-03-09T10:00:00Z") });

    const all = await pageOf(admin.cookie, `record=${agency.id}`);
    expect(all.entries.map((e) => e.action)).toEqual(["archive", "update", "create"]);
    expect(all.entries[1]?.changes).toEqual([{ field: "name", before: { kind: "text", text: "Customs" }, after: { kind: "text", text: "Customs Administration" } }]);
    expect(all.entries[1]?.actor?.email).toBe(admin.email);
    expect(all.older).toBeNull();
    expect(all.newer).toBeNull();

    expect((await pageOf(admin.cookie, `record=${agency.id}&entity=agency&action=update`)).entries.map((e) => e.action)).toEqual(["update"]);
    expect((await pageOf(admin.cookie, `record=${agency.id}&entity=meeting`)).entries).toEqual([]);
    // The actor by email, in any case.
    expect((await pageOf(admin.cookie, `record=${agency.id}&actor=${encodeURIComponent(other.email.toUpperCase())}`)).entries.map((e) => e.action)).toEqual(["create"]);
    expect((await pageOf(admin.cookie, `actor=nobody-${unique("x")}@test.example`)).entries).toEqual([]);
    // Days are whole days, both included (the admin's zone is UTC here).
    expect((await pageOf(admin.cookie, `record=${agency.id}&from=2031-03-05&to=2031-03-09`)).entries.map((e) => e.action)).toEqual(["archive", "update"]);
    expect((await pageOf(admin.cookie, `record=${agency.id}&from=2031-03-02&to=2031-03-05`)).entries.map((e) => e.action)).toEqual(["update"]);
  });

  it("pages by keyset, older and back newer, with no event twice or missed (ties on the same instant too)", async () => {
    const admin = await signedIn("admin");
    const position = await prisma.position.create({ data: { agencyId: admin.agencyId, title: unique("Busy post") }, select: { id: true } });
    const at = new Date("2031-06-01T08:00:00Z");
    const count = AUDIT_PAGE_SIZE * 2 + 7;
    await prisma.auditEvent.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        actorId: admin.id,
        entity: "position",
        entityId: position.id,
        action: "update",
        before: JSON.stringify({ title: `v${i}` }),
        after: JSON.stringify({ title: `v${i + 1}` }),
        // Pairs of events share an instant: the id breaks the tie.
        at: new Date(at.getTime() + Math.floor(i / 2) * 1000),
      })),
    });
    const one = await pageOf(admin.cookie, `record=${position.id}`);
    expect(one.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(one.newer).toBeNull();
    if (!one.older) throw new Error("no older page");
    const two = await pageOf(admin.cookie, `record=${position.id}&after=${encodeURIComponent(one.older)}`);
    expect(two.entries).toHaveLength(AUDIT_PAGE_SIZE);
    if (!two.older || !two.newer) throw new Error("no neighbours");
    const three = await pageOf(admin.cookie, `record=${position.id}&after=${encodeURIComponent(two.older)}`);
    expect(three.entries).toHaveLength(7);
    expect(three.older).toBeNull();
    const ids = [...one.entries, ...two.entries, ...three.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(count);
    const expected = await prisma.auditEvent.findMany({ where: { entityId: position.id }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    expect(ids).toEqual(expected.map((e) => e.id));
    // Back from page two to page one.
    const back = await pageOf(admin.cookie, `record=${position.id}&before=${encodeURIComponent(two.newer)}`);
    expect(back.entries.map((e) => e.id)).toEqual(one.entries.map((e) => e.id));
    expect(back.newer).toBeNull();
    expect(back.older).toBe(one.older);
  });

  it("shows no content of an event about a record the reader may not see, nor of its parts", async () => {
    const admin = await signedIn("admin");
    const member = await signedIn("secretary");
    const committee = await prisma.committee.create({ data: { name: unique("Closed committee"), kind: "standing", confidentiality: "internal" }, select: { id: true } });
    const decision = await prisma.decision.create({
      data: { committeeId: committee.id, year: 2031, serial: 7, title: "Consignee list", text: "…", decidedOn: new Date(Date.UTC(2031, 0, 5)), confidentiality: "confidential" },
      select: { id: true },
    });
    const meeting = await prisma.meeting.create({
      data: { committeeId: committee.id, title: "Closed session", startsAt: new Date("2031-01-05T09:00:00Z"), endsAt: new Date("2031-01-05T12:00:00Z"), timeZone: "UTC", confidentiality: "confidential" },
      select: { id: true },
    });
    const item = await prisma.agendaItem.create({ data: { meetingId: meeting.id, title: "Diversion case", order: 1 }, select: { id: true } });
    const statement = await prisma.statement.create({ data: { agendaItemId: item.id, order: 1, summary: "Secret words", speakerLabel: "Chair" }, select: { id: true } });
    await prisma.accessGrant.createMany({
      data: [
        { entity: "decision", entityId: decision.id, personId: member.personId },
        { entity: "meeting", entityId: meeting.id, personId: member.personId },
      ],
    });
    await audit({ actorId: member.id, entity: "decision", entityId: decision.id, action: "update", before: { title: "Draft consignee list" }, after: { title: "Consignee list" } });
    await audit({ actorId: member.id, entity: "statement", entityId: statement.id, action: "update", before: { summary: "Old secret" }, after: { summary: "Secret words" } });

    for (const id of [decision.id, statement.id]) {
      const seen = await pageOf(admin.cookie, `record=${id}`);
      expect(seen.entries).toHaveLength(1);
      expect(seen.entries[0]).toMatchObject({ visible: false, entityId: null, changes: [] });
      expect(JSON.stringify(seen)).not.toContain(id);
      expect(JSON.stringify(seen)).not.toMatch(/consignee|secret words|old secret/i);
    }
    // Someone named on them sees the content.
    const named = await pageOf(member.cookie, `record=${decision.id}`);
    expect(named.entries[0]).toMatchObject({ visible: true, entityId: decision.id });
    expect(named.entries[0]?.changes[0]?.after).toEqual({ kind: "text", text: "Consignee list" });
    expect((await pageOf(member.cookie, `record=${statement.id}`)).entries[0]?.visible).toBe(true);
  });

  it("refuses invalid filters with 400, keeping what was typed", async () => {
    const admin = await signedIn("admin");
    for (const [query, field] of [
      ["entity=spaceship", "entity"],
      ["action=teleport", "action"],
      ["from=2031-02-30", "from"],
      ["from=2031-03-10&to=2031-03-01", "to"],
      ["after=not-a-cursor", "after"],
      [`record=${"x".repeat(400)}`, "record"],
    ] as const) {
      const result = await auditLoader({ request: getRequest(`/admin/audit?${query}&actor=someone@test.example`, admin.cookie), params: {}, context });
      expect(statusOf(result), query).toBe(400);
      expect(fieldErrorsOf(result)[field], query).toBeTruthy();
      expect(payloadOf(result).values).toMatchObject({ actor: "someone@test.example" });
      expect(payloadOf(result).page).toBeNull();
    }
    const exportsBefore = await auditCount("export", "audit.csv");
    const csv = await auditCsvLoader({ request: getRequest("/admin/audit.csv?entity=spaceship", admin.cookie), params: {}, context });
    expect(statusOf(csv)).toBe(400);
    // Nothing was exported, so nothing is recorded as exported.
    expect(await auditCount("export", "audit.csv")).toBe(exportsBefore);
  });

  it("is refused (403) to roles that may not read the audit trail, page and CSV alike", async () => {
    for (const role of ["viewer", "focal_point"] as const) {
      const user = await signedIn(role);
      expect(statusOf(await thrown(auditLoader({ request: getRequest("/admin/audit", user.cookie), params: {}, context })))).toBe(403);
      expect(statusOf(await thrown(auditCsvLoader({ request: getRequest("/admin/audit.csv", user.cookie), params: {}, context })))).toBe(403);
    }
    // Signed out: to the sign-in page.
    expect(statusOf(await thrown(auditLoader({ request: getRequest("/admin/audit"), params: {}, context })))).toBe(302);
  });
});

describe("the audit log CSV", () => {
  it("exports the filtered log with readable changes, formula cells kept as text, withheld content, and is itself audited with its filters", async () => {
    const admin = await signedIn("admin");
    const person = await prisma.person.create({ data: { givenName: "Ana", familyName: unique("Export") }, select: { id: true } });
    await audit({ actorId: admin.id, entity: "person", entityId: person.id, action: "update", before: { phone: "+1 555" }, after: { phone: "=HYPERLINK(\"http://evil\")" } });
    const response = await auditCsvLoader({ request: getRequest(`/admin/audit.csv?record=${person.id}`, admin.cookie), params: {}, context });
    if (!(response instanceof Response)) throw new Error("not a response");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const text = await response.text();
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual(["Time (UTC)", "Local time", "Actor email", "Actor", "Action", "Kind", "Record id", "Changes"]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(2, 7)).toEqual([admin.email, expect.stringMatching(/^Test admin-/), "Updated", "Person", person.id]);
    expect(rows[1]?.[7]).toBe("Phone: +1 555 → =HYPERLINK(\"http://evil\")");
    // The cell starts with the field label, not "=": nothing for a spreadsheet to run.
    expect(rows.flat().every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);

    const exportEvent = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "export", entityId: "audit.csv", actorId: admin.id }, orderBy: { at: "desc" }, select: { action: true, after: true } });
    expect(exportEvent.action).toBe("export");
    expect(JSON.parse(exportEvent.after ?? "{}")).toMatchObject({ export: "audit.csv", filters: JSON.stringify({ record: person.id }) });
  });

  it("keeps a formula-leading value as text when it starts the cell, and withholds what the reader may not see", async () => {
    const admin = await signedIn("admin");
    const handover = await prisma.handover.create({
      data: { positionId: admin.positionId, agencyId: admin.agencyId, confidentiality: "confidential" },
      select: { id: true },
    });
    await audit({ actorId: null, entity: "handover", entityId: handover.id, action: "update", before: { risks: "none" }, after: { risks: "secret risk" } });
    const response = await auditCsvLoader({ request: getRequest(`/admin/audit.csv?record=${handover.id}`, admin.cookie), params: {}, context });
    if (!(response instanceof Response)) throw new Error("not a response");
    const rows: string[][] = parse(await response.text(), { bom: true });
    expect(rows[1]?.[3]).toBe("the system");
    expect(rows[1]?.[6]).toBe("");
    expect(rows[1]?.[7]).toBe("(not shown: not cleared)");
    expect(JSON.stringify(rows)).not.toContain("secret risk");

    // An actor-less cell that would start with "-" is escaped.
    const agency = await prisma.agency.create({ data: { name: unique("Dash"), kind: "ministry" }, select: { id: true } });
    await audit({ actorId: null, entity: "agency", entityId: agency.id, action: "update", before: null, after: null });
    const dashed = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: agency.id }, select: { id: true } });
    await prisma.auditEvent.update({ where: { id: dashed.id }, data: { entityId: `-${agency.id}` } });
    const again = await auditCsvLoader({ request: getRequest(`/admin/audit.csv?record=-${agency.id}`, admin.cookie), params: {}, context });
    if (!(again instanceof Response)) throw new Error("not a response");
    const escaped: string[][] = parse(await again.text(), { bom: true });
    expect(escaped[1]?.[6]).toBe(`'-${agency.id}`);
  });
});
