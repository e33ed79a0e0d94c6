// Stale forms: an edit carries the version it was loaded at; a save on an older version is a 409
// conflict that shows what changed meanwhile and keeps the typed values, and nothing is overwritten.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as editAgency, loader as editAgencyLoader } from "../../app/routes/agencies.$agencyId.edit";
import { action as editAction } from "../../app/routes/actions.$actionId.edit";
import { action as editPerson } from "../../app/routes/people.$personId.edit";
import { action as editDocument } from "../../app/routes/documents.$documentId.edit";
import { action as editMeeting } from "../../app/routes/meetings.$meetingId.edit";
import { action as editItem } from "../../app/routes/meetings.$meetingId.agenda_.$itemId";
import { action as editCommittee } from "../../app/routes/committees.$committeeId.edit";
import { action as editPosition } from "../../app/routes/positions.$positionId.edit";
import { action as editResponsibility } from "../../app/routes/responsibilities.$responsibilityId.edit";
import { createAgency, createUser, getRequest, postRequest, sessionCookie, unique } from "../support/fixtures";
import { payloadOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMeeting, createActionRow } from "../support/work-fixtures";

const context = {};

function conflictOf(value: unknown) {
  const conflict = payloadOf(value).conflict;
  if (!conflict || typeof conflict !== "object") throw new Error("not a conflict");
  return conflict as { version: number; since: number; changes: { field: string; was: unknown; now: unknown }[]; by: { name: string | null }[] };
}

describe("a save from a stale form", () => {
  it("is refused with 409 and what changed meanwhile; B's typed values stay; A's save stands", async () => {
    const secretary = await createUser("secretary");
    const a = await sessionCookie(secretary.id);
    const other = await createUser("secretary");
    const b = await sessionCookie(other.id);
    const agency = await createAgency();
    const loaded = await editAgencyLoader({ request: getRequest(`/agencies/${agency.id}/edit`, b), params: { agencyId: agency.id }, context });
    expect(loaded.agency.version).toBe(1);

    const first = await editAgency({
      request: postRequest(`/agencies/${agency.id}/edit`, { name: agency.name, kind: "customs", phone: "+41 22 000", version: "1" }, a),
      params: { agencyId: agency.id },
      context,
    });
    expect(statusOf(first)).toBe(302);

    const stale = await editAgency({
      request: postRequest(`/agencies/${agency.id}/edit`, { name: "B's new name", kind: "ministry", version: "1" }, b),
      params: { agencyId: agency.id },
      context,
    });
    expect(statusOf(stale)).toBe(409);
    const conflict = conflictOf(stale);
    expect(conflict.since).toBe(1);
    expect(conflict.version).toBe(2);
    expect(conflict.changes).toEqual(
      expect.arrayContaining([
        { field: "kind", was: "ministry", now: "customs" },
        { field: "phone", was: null, now: "+41 22 000" },
      ]),
    );
    expect(conflict.changes).toHaveLength(2);
    expect(conflict.by[0]?.name).toContain("Test");
    // B's typed values come back, with the current version so a deliberate second save may go through.
    expect(valuesOf(stale)).toMatchObject({ name: "B's new name", kind: "ministry", version: "2" });
    const row = await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { name: true, kind: true, phone: true, version: true } });
    expect(row).toEqual({ name: agency.name, kind: "customs", phone: "+41 22 000", version: 2 });

    const again = await editAgency({
      request: postRequest(`/agencies/${agency.id}/edit`, { name: "B's new name", kind: "customs", phone: "+41 22 000", version: "2" }, b),
      params: { agencyId: agency.id },
      context,
    });
    expect(statusOf(again)).toBe(302);
    const saved = await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { name: true, version: true } });
    expect(saved).toEqual({ name: "B's new name", version: 3 });
  });

  it("an edit without its version is refused (400), nothing written", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const agency = await createAgency();
    const response = await editAgency({
      request: postRequest(`/agencies/${agency.id}/edit`, { name: "No version", kind: "ministry" }, cookie),
      params: { agencyId: agency.id },
      context,
    });
    expect(statusOf(response)).toBe(400);
    expect((await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { name: true } })).name).toBe(agency.name);
  });

  it("every edit form refuses a stale version with 409 and writes nothing", async () => {
    const secretary = await createUser("secretary");
    const admin = await createUser("admin", { agencyId: secretary.agencyId });
    const cookie = await sessionCookie(secretary.id);
    const adminCookie = await sessionCookie(admin.id);
    const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, meetingStatus: "planned", startsAt: new Date(Date.now() + 30 * 86_400_000) });
    const item = await prisma.agendaItem.create({ data: { meetingId: meeting.id, order: 1, title: "Item" }, select: { id: true } });
    const document = await prisma.document.create({ data: { title: unique("Doc"), kind: "report", committeeId: committee.id }, select: { id: true } });
    const responsibility = await prisma.responsibility.create({ data: { title: unique("Duty") }, select: { id: true } });
    const person = await prisma.person.create({ data: { givenName: "Ada", familyName: unique("Stale") }, select: { id: true } });
    await prisma.assignment.create({ data: { positionId: secretary.positionId, personId: person.id, startDate: new Date(Date.now() - 86_400_000) } });
    const action = await createActionRow({ ownerPositionId: secretary.positionId, ownerAgencyId: secretary.agencyId, committeeId: committee.id });

    // Somebody else saved each record once: every row is at version 2 now.
    for (const table of ["Committee", "Meeting", "AgendaItem", "Document", "Responsibility", "Person", "Position", "Action"]) {
      await prisma.$executeRawUnsafe(`UPDATE "${table}" SET "version" = 2 WHERE "id" IN (?, ?, ?, ?, ?, ?, ?, ?)`,
        committee.id, meeting.id, item.id, document.id, responsibility.id, person.id, secretary.positionId, action.id);
    }
    const cases: { name: string; run: () => Promise<unknown>; table: string; id: string }[] = [
      { name: "committee", table: "Committee", id: committee.id, run: () => editCommittee({ request: postRequest(`/committees/${committee.id}/edit`, { name: "Stale", kind: "standing", defaultTimeZone: "UTC", confidentiality: "internal", version: "1" }, adminCookie), params: { committeeId: committee.id }, context }) },
      { name: "meeting", table: "Meeting", id: meeting.id, run: () => editMeeting({ request: postRequest(`/meetings/${meeting.id}/edit`, { title: "Stale", date: "2031-07-02", startTime: "09:00", endTime: "10:00", timeZone: "UTC", confidentiality: "internal", acknowledgeConflicts: "on", version: "1" }, cookie), params: { meetingId: meeting.id }, context }) },
      { name: "agenda item", table: "AgendaItem", id: item.id, run: () => editItem({ request: postRequest(`/meetings/${meeting.id}/agenda/${item.id}`, { intent: "save", title: "Stale", kind: "regular", confidentiality: "internal", version: "1" }, cookie), params: { meetingId: meeting.id, itemId: item.id }, context }) },
      { name: "document", table: "Document", id: document.id, run: () => editDocument({ request: postRequest(`/documents/${document.id}/edit`, { title: "Stale", kind: "report", languages: "en", committeeId: committee.id, confidentiality: "internal", version: "1" }, cookie), params: { documentId: document.id }, context }) },
      { name: "responsibility", table: "Responsibility", id: responsibility.id, run: () => editResponsibility({ request: postRequest(`/responsibilities/${responsibility.id}/edit`, { title: "Stale", version: "1" }, adminCookie), params: { responsibilityId: responsibility.id }, context }) },
      { name: "person", table: "Person", id: person.id, run: () => editPerson({ request: postRequest(`/people/${person.id}/edit`, { givenName: "Stale", familyName: "Stale", version: "1" }, cookie), params: { personId: person.id }, context }) },
      { name: "position", table: "Position", id: secretary.positionId, run: () => editPosition({ request: postRequest(`/positions/${secretary.positionId}/edit`, { title: "Stale", version: "1" }, cookie), params: { positionId: secretary.positionId }, context }) },
      { name: "action", table: "Action", id: action.id, run: () => editAction({ request: postRequest(`/actions/${action.id}/edit`, { title: "Stale", ownerPositionId: secretary.positionId, confidentiality: "internal", version: "1" }, cookie), params: { actionId: action.id }, context }) },
    ];
    for (const c of cases) {
      const response = await c.run();
      expect(statusOf(response), c.name).toBe(409);
      expect(valuesOf(response).version, c.name).toBe("2");
      const rows = await prisma.$queryRawUnsafe<{ version: number }[]>(`SELECT "version" FROM "${c.table}" WHERE "id" = ?`, c.id);
      expect(Number(rows[0]?.version), c.name).toBe(2);
    }
    expect(await prisma.auditEvent.count({ where: { actorId: { in: [secretary.id, admin.id] }, action: "update" } })).toBe(0);
  });
});

describe("versions move with every write", () => {
  it("every versioned table has its safety-net trigger, which bumps a write that forgot to", async () => {
    const triggers = await prisma.$queryRawUnsafe<{ name: string; tbl_name: string }[]>(
      `SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_version_bump'`,
    );
    const columns = await prisma.$queryRawUnsafe<{ name: string }[]>(
      // AccessVersion is the access-cache counter (one row), not a record with an edit form.
      `SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'version' AND m.name <> 'AccessVersion'`,
    );
    expect(columns.length).toBeGreaterThanOrEqual(20);
    expect(triggers.map((t) => t.tbl_name).sort()).toEqual(columns.map((c) => c.name).sort());

    const agency = await createAgency();
    await prisma.$executeRawUnsafe(`UPDATE "Agency" SET "phone" = '1' WHERE "id" = ?`, agency.id);
    await prisma.agency.update({ where: { id: agency.id }, data: { phone: "2" } });
    const row = await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { version: true } });
    expect(row.version).toBe(3);
  });
});
