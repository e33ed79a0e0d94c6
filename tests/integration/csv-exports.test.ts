// The CSV exports stream from the raw read path in batches (decision 056). What they write must be
// what the Prisma reads behind the pages select: the same rows, in the same order, under the same
// clearance (the audit export: only the kind and action asked for, content withheld where the reader
// may not see the record) — checked here against a real migrated SQLite copy, filter by filter and reader by reader,
// with batches small enough that every export crosses several.
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { prisma } from "../../app/db.server";
import { ACTION_STATUS_FILTERS } from "../../app/domain/action-status";
import { matrixTable } from "../../app/domain/matrix-table";
import { DUE_WINDOWS } from "../../app/domain/overdue";
import { actionExportBatches, actionExportIds, actionListWhere, listActions, type ActionFilters } from "../../app/models/action-list.server";
import { matrixExportAgencies, matrixExportBatches } from "../../app/models/responsibility-matrix.server";
import { loadAccess } from "../../app/permissions.server";
import { loader as actionsCsv } from "../../app/routes/actions[.]csv";
import { loader as auditCsv } from "../../app/routes/admin.audit[.]csv";
import { loader as matrixCsv } from "../../app/routes/responsibilities.matrix[.]csv";
import { createAgency, createUser, getRequest, sessionCookie, unique } from "../support/fixtures";
import { committeeWithMeeting, createActionRow, createPost, day } from "../support/work-fixtures";

const context = {};

async function actionWorld() {
  const secretary = await createUser("secretary");
  const focal = await createUser("focal_point");
  const outsider = await createUser("viewer");
  const { committee } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, memberAgencyIds: [focal.agencyId] });
  const otherAgency = await createAgency();
  const otherPost = await createPost(otherAgency.id);
  const marker = unique("Export check");
  const rows: { id: string; title: string }[] = [];
  const add = async (data: Parameters<typeof createActionRow>[0]) => rows.push(await createActionRow({ ...data, title: `${marker} ${rows.length}` }));
  const levels = ["public", "internal", "restricted", "confidential"];
  const statuses = ["open", "in_progress", "done", "cancelled"];
  // Every level, status and due window, in the committee, outside it (restricted by agency) and elsewhere.
  for (const [i, level] of levels.entries()) {
    for (const [j, status] of statuses.entries()) {
      const due = [day(-3), day(2), day(20), day(60), undefined][(i + j) % 5];
      await add({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, committeeId: committee.id, status, dueDate: due, confidentiality: level });
      await add({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, status, dueDate: due, confidentiality: level });
      await add({ ownerPositionId: otherPost.id, ownerAgencyId: otherAgency.id, status, dueDate: due, confidentiality: level });
    }
  }
  // Ties on the due date are broken by id, and archived actions only show with archived=1.
  await add({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, committeeId: committee.id, dueDate: day(5) });
  await add({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, committeeId: committee.id, dueDate: day(5) });
  const archived = await createActionRow({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, committeeId: committee.id, title: `${marker} archived` });
  await prisma.action.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  // A confidential action the outsider is named on.
  const granted = rows[rows.length - 3];
  if (!granted) throw new Error("fixture");
  const confidential = await createActionRow({ ownerPositionId: otherPost.id, ownerAgencyId: otherAgency.id, confidentiality: "confidential", title: `${marker} granted` });
  await prisma.accessGrant.create({ data: { entity: "action", entityId: confidential.id, personId: outsider.personId } });
  return { secretary, focal, outsider, committee, otherAgency, otherPost, marker, confidential };
}

describe("the actions export", () => {
  it("selects the rows the list's Prisma filter selects, in the list's order, for every filter and reader", async () => {
    const w = await actionWorld();
    const now = new Date();
    const base: ActionFilters = { committee: null, agency: null, position: null, mine: false, status: "active", due: null, archived: false };
    const variants: Partial<ActionFilters>[] = [
      {},
      { committee: w.committee.id, status: "all" },
      { agency: w.focal.agencyId, status: "all" },
      { agency: w.otherAgency.id, status: "all" },
      { position: w.focal.positionId },
      { mine: true, status: "all" },
      { committee: w.committee.id, archived: true, status: "all" },
      ...ACTION_STATUS_FILTERS.map((status) => ({ agency: w.focal.agencyId, status })),
      ...DUE_WINDOWS.map((due) => ({ agency: w.focal.agencyId, status: "all" as const, due })),
      ...DUE_WINDOWS.map((due) => ({ committee: w.committee.id, due })),
    ];
    for (const user of [w.secretary, w.focal, w.outsider]) {
      const access = await loadAccess(user.id);
      if (!access) throw new Error("no access");
      for (const variant of variants) {
        const filters = { ...base, ...variant };
        const expected = await prisma.action.findMany({
          where: actionListWhere(access.ctx, filters, now, "Europe/Paris"),
          orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          select: { id: true },
        });
        const ids = actionExportIds(access.ctx, filters, now, "Europe/Paris");
        expect(ids, `${user.email} ${JSON.stringify(variant)}`).toEqual(expected.map((r) => r.id));
        const batched = [...actionExportBatches(access.ctx, filters, now, "Europe/Paris", 3)].flat().map((r) => r.id);
        expect(batched).toEqual(ids);
        // The list page reads through the same conditions: its pages, end to end, are the same rows.
        const pages = [];
        for (let skip = 0; skip <= ids.length; skip += 4) pages.push(await listActions(access.ctx, filters, { skip, take: 4 }, { now, timeZone: "Europe/Paris" }));
        expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(ids);
        expect(new Set(pages.map((p) => p.total))).toEqual(new Set([ids.length]));
      }
    }
  });

  it("writes each row's fields from the raw read, and never a row the reader may not see", async () => {
    const w = await actionWorld();
    const read = async (userId: string, query: string) => {
      const response = await actionsCsv({ request: getRequest(`/actions.csv?${query}`, await sessionCookie(userId)), params: {}, context });
      return parse((await response.text()).replace(/^\uFEFF/, ""), { relaxColumnCount: false }) as string[][];
    };
    const all = await read(w.outsider.id, `agency=${w.otherAgency.id}&status=all`);
    const titles = all.slice(1).map((r) => r[0]);
    // The outsider sees the open levels and the confidential action they are named on; not the restricted ones.
    const expected = await prisma.action.findMany({
      where: { ownerAgencyId: w.otherAgency.id, archivedAt: null, OR: [{ confidentiality: { in: ["public", "internal"] } }, { id: w.confidential.id }] },
      select: { title: true },
    });
    expect(new Set(titles)).toEqual(new Set(expected.map((r) => r.title)));
    expect(titles).toContain(`${w.marker} granted`);

    // One row in full: owner post, agency, person, committee and link as the page shows them.
    const person = await prisma.person.create({ data: { givenName: "Amara", familyName: unique("Okafor") }, select: { id: true, familyName: true } });
    const one = await prisma.action.create({
      data: {
        title: unique("Full row"),
        ownerPositionId: w.focal.positionId,
        ownerAgencyId: w.focal.agencyId,
        ownerPersonId: person.id,
        committeeId: w.committee.id,
        status: "done",
        dueDate: new Date("2026-03-04T00:00:00Z"),
        completedAt: new Date("2026-03-02T10:00:00Z"),
        confidentiality: "internal",
      },
      select: { id: true, title: true },
    });
    const rows = await read(w.secretary.id, `committee=${w.committee.id}&status=done`);
    const row = rows.find((r) => r[0] === one.title);
    const post = await prisma.position.findUniqueOrThrow({ where: { id: w.focal.positionId }, select: { title: true, agency: { select: { name: true } } } });
    const committee = await prisma.committee.findUniqueOrThrow({ where: { id: w.committee.id }, select: { shortName: true } });
    expect(row).toEqual([
      one.title,
      "Done",
      "2026-03-04",
      "2026-03-02",
      post.title,
      post.agency.name,
      `Amara ${person.familyName}`,
      committee.shortName,
      "",
      "Internal",
      `http://localhost/actions/${one.id}`,
    ]);
  });
});

describe("the matrix export", () => {
  async function matrixWorld() {
    const marker = unique("Matrix export");
    const agencies = [await createAgency({ name: unique("Zeta customs") }), await createAgency({ name: unique("Alpha licensing") }), await createAgency()];
    const post = await createPost(agencies[0]!.id);
    const instrument = await prisma.instrument.create({
      data: { code: unique("ATT"), name: "Arms Trade Treaty", kind: "treaty", provisions: { create: [{ reference: "Art. 11", title: "Diversion" }] } },
      select: { id: true, provisions: { select: { id: true } } },
    });
    const ids: string[] = [];
    // Seven rows, two with the same title (the keyset's tie on id), one archived, one without lines.
    for (const [i, title] of ["b", "a", "c", "a", "e", "d", "f"].entries()) {
      const r = await prisma.responsibility.create({
        data: { title: `${marker} ${title}`, instrumentId: i % 2 ? instrument.id : null, provisionId: i === 1 ? instrument.provisions[0]!.id : null },
        select: { id: true },
      });
      ids.push(r.id);
      if (i === 6) continue;
      await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agencies[i % 2]!.id, role: "C" } });
      await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agencies[i % 2]!.id, role: "R", positionId: post.id } });
      if (i === 2) await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agencies[2]!.id, role: "I", archivedAt: new Date() } });
    }
    await prisma.responsibility.update({ where: { id: ids[4]! }, data: { archivedAt: new Date() } });
    return { marker, agencies, ids };
  }

  it("streams the table the full Prisma read gives, byte for byte, whatever the batch size", async () => {
    const w = await matrixWorld();
    const secretary = await createUser("secretary");
    const response = await matrixCsv({ request: getRequest(`/responsibilities/matrix.csv?q=${encodeURIComponent(w.marker)}`, await sessionCookie(secretary.id)), params: {}, context });
    // The bytes as sent, the byte-order mark included (Response.text() would drop it).
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

    // The same table from Prisma: rows by title then id, every active line, every agency with one, by name.
    const rows = await prisma.responsibility.findMany({
      where: { archivedAt: null, title: { contains: w.marker } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, instrument: { select: { code: true } }, provision: { select: { reference: true } }, phase: { select: { number: true, nameEn: true } } },
    });
    const lines = await prisma.responsibilityAssignment.findMany({
      where: { responsibilityId: { in: rows.map((r) => r.id) }, archivedAt: null },
      orderBy: [{ role: "asc" }, { id: "asc" }],
      select: { responsibilityId: true, agencyId: true, role: true, position: { select: { title: true } } },
    });
    const agencies = await prisma.agency.findMany({ where: { id: { in: lines.map((l) => l.agencyId) } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, acronym: true } });
    const { stringify } = await import("csv-stringify/sync");
    const table = matrixTable(rows, lines.map((l) => ({ ...l, positionTitle: l.position?.title ?? null })), agencies);
    expect(text).toBe(`\uFEFF${stringify(table)}`);
    expect(table).toHaveLength(1 + 6);
    expect(table[0]?.slice(4)).toEqual([w.agencies[1]!.name, w.agencies[0]!.name]);

    // One row per batch gives the same rows in the same order as one batch for everything.
    const filters = { q: w.marker, instrument: null, phase: null, agency: null };
    expect(matrixExportAgencies(filters).map((a) => a.id)).toEqual(agencies.map((a) => a.id));
    const one = [...matrixExportBatches(filters, 1)];
    expect(one).toHaveLength(6);
    expect(one.flatMap((b) => b.rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
    expect(one.flatMap((b) => b.lines).length).toBe(lines.length);
  });
});

describe("the audit export filtered by kind and action", () => {
  it("lists exactly the events of that kind and action, newest first, withholding the committees the reader may not see", async () => {
    const admin = await createUser("admin");
    const cookie = await sessionCookie(admin.id);
    const open = await prisma.committee.create({ data: { name: unique("Open committee"), kind: "standing" }, select: { id: true } });
    const closed = await prisma.committee.create({ data: { name: unique("Closed committee"), kind: "standing", confidentiality: "restricted" }, select: { id: true } });
    // Far in the future, so these are the newest committee archive events of the test database.
    const at = (minutes: number) => new Date(Date.UTC(2040, 0, 1, 12, minutes));
    const events = [
      { entityId: open.id, action: "archive", at: at(1) },
      { entityId: closed.id, action: "archive", at: at(2) },
      { entityId: open.id, action: "update", at: at(3) },
      { entityId: open.id, action: "restore", at: at(4) },
      { entityId: open.id, action: "archive", at: at(5) },
    ];
    for (const e of events) {
      await prisma.auditEvent.create({ data: { actorId: admin.id, entity: "committee", entityId: e.entityId, action: e.action, before: JSON.stringify({ archivedAt: null }), after: JSON.stringify({ archivedAt: e.at.toISOString() }), at: e.at } });
    }
    const response = await auditCsv({ request: getRequest("/admin/audit.csv?entity=committee&action=archive&from=2040-01-01&to=2040-01-01", cookie), params: {}, context });
    if (!(response instanceof Response)) throw new Error("not a response");
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([
      [at(5).toISOString(), "Archived", open.id],
      [at(2).toISOString(), "Archived", ""],
      [at(1).toISOString(), "Archived", open.id],
    ]);
    // The restricted committee's event shows that it happened, not what it was about.
    expect(rows[2]?.[7]).not.toContain("2040");
  });
});
