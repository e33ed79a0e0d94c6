// An agency's page reads through the raw read path, a page of each list at a time (decision 056): the
// rows the Prisma reads it replaced selected, in their order, under the same clearance, and pages that
// together list every row once, with the totals. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { readAgency } from "../../app/models/agency-read.server";
import { currentAssignmentWhere, visibleCommittees } from "../../app/permissions.server";
import { loader as agencyLoader } from "../../app/routes/agencies.$agencyId._index";
import { createAgency, createUser, ctxOf, getRequest, sessionCookie, unique } from "../support/fixtures";
import { createPost, day } from "../support/work-fixtures";

const context = {};

/** An agency with more of every list than a page holds: units, posts (some held), seats (one confidential), RACI roles. */
async function busyAgency() {
  const agency = await createAgency({ kind: "customs" });
  for (let i = 0; i < 23; i++) await createAgency({ name: unique(`Unit ${i}`), parentId: agency.id });
  const person = await prisma.person.create({ data: { givenName: "Ada", familyName: unique("Holder") }, select: { id: true } });
  for (let i = 0; i < 27; i++) {
    const post = await createPost(agency.id, unique(`Post ${i}`));
    if (i % 3 === 0) await prisma.assignment.create({ data: { positionId: post.id, personId: person.id, startDate: day(-10), acting: i % 2 === 0 } });
  }
  for (let i = 0; i < 22; i++) {
    const committee = await prisma.committee.create({ data: { name: unique(`Committee ${i}`), kind: "standing", confidentiality: i === 4 ? "confidential" : "internal" }, select: { id: true } });
    await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: agency.id, role: "member", startDate: day(-50 + i) } });
  }
  for (let i = 0; i < 41; i++) {
    const r = await prisma.responsibility.create({ data: { title: unique(`Duty ${i}`) }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: ["R", "A", "C", "I"][i % 4]! } });
  }
  return agency;
}

describe("the agency page on the raw read path", () => {
  it("reads the rows the Prisma reads gave, in their order, with committees by clearance", async () => {
    const agency = await busyAgency();
    const viewer = await createUser("viewer");
    const ctx = await ctxOf(viewer.id);
    const now = new Date();
    const all = { skip: 0, take: 100 };
    const raw = readAgency(ctx, agency.id, now, { units: all, posts: all, committees: all, roles: all });
    const units = await prisma.agency.findMany({ where: { parentId: agency.id, archivedAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, acronym: true } });
    const positions = await prisma.position.findMany({
      where: { agencyId: agency.id, archivedAt: null },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, assignments: { where: currentAssignmentWhere(now), orderBy: { startDate: "desc" }, select: { acting: true, person: { select: { id: true, givenName: true, familyName: true } } } } },
    });
    const committees = await prisma.committeeMembership.findMany({
      where: { agencyId: agency.id, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }], committee: { AND: [{ archivedAt: null }, visibleCommittees(ctx)] } },
      orderBy: { startDate: "asc" },
      select: { id: true, role: true, committee: { select: { id: true, name: true, shortName: true } }, position: { select: { id: true, title: true } } },
    });
    const roles = await prisma.responsibilityAssignment.findMany({
      where: { agencyId: agency.id, archivedAt: null, responsibility: { archivedAt: null } },
      orderBy: [{ role: "asc" }, { id: "asc" }],
      select: { id: true, role: true, note: true, position: { select: { id: true, title: true } }, responsibility: { select: { id: true, title: true, instrument: { select: { code: true } }, provision: { select: { reference: true } } } } },
    });
    expect(raw?.agency.units).toEqual(units);
    expect(raw?.agency.unitCount).toBe(23);
    expect(raw?.agency.positions).toEqual(positions);
    expect(raw?.agency._count.positions).toBe(27);
    expect(raw?.involvement.committees).toEqual(committees);
    expect(raw?.involvement.committeeCount).toBe(21);
    expect(raw?.involvement.roles).toEqual(roles);
    expect(raw?.involvement.roleCount).toBe(41);
    expect(positions.filter((p) => p.assignments.length)).toHaveLength(9);
  });

  it("pages each list through its own query parameter: every row once over the pages", async () => {
    const agency = await busyAgency();
    const cookie = await sessionCookie((await createUser("viewer")).id);
    const load = (query: string) => agencyLoader({ request: getRequest(`/agencies/${agency.id}?${query}`, cookie), params: { agencyId: agency.id }, context });
    const first = await load("");
    expect(first.pages).toEqual({
      units: { page: 1, pageSize: 20, total: 23 },
      posts: { page: 1, pageSize: 20, total: 27 },
      committees: { page: 1, pageSize: 20, total: 21 },
      roles: { page: 1, pageSize: 20, total: 41 },
    });
    const second = await load("units=2&posts=2&committees=2&roles=2");
    const third = await load("roles=3");
    expect(second.agency.units).toHaveLength(3);
    expect(second.agency.positions).toHaveLength(7);
    expect(second.involvement.committees).toHaveLength(1);
    const roleIds = [first, second, third].flatMap((p) => p.involvement.roles.map((r) => r.id));
    expect(new Set(roleIds).size).toBe(41);
    expect(roleIds).toHaveLength(41);
    // One list's page leaves the others on their first.
    expect((await load("roles=2")).agency.positions.map((p) => p.id)).toEqual(first.agency.positions.map((p) => p.id));
  });
});
