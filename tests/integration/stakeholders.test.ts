import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as detailLoader } from "../../app/routes/agencies.$agencyId._index";
import { loader as mapLoader } from "../../app/routes/agencies.map";
import { createAgency, createUser, getRequest, sessionCookie, unique } from "../support/fixtures";

const context = {};

async function committee(confidentiality: string, members: string[]) {
  return prisma.committee.create({
    data: {
      name: unique("Committee"),
      kind: "standing",
      confidentiality,
      memberships: { create: members.map((agencyId) => ({ agencyId, role: "member", startDate: new Date("2024-01-01") })) },
    },
    select: { id: true, name: true },
  });
}

describe("an agency's page", () => {
  it("shows the committees it sits on (visible ones only) and its RACI roles", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const agency = await createAgency({ kind: "customs" });
    const open = await committee("internal", [agency.id]);
    await committee("confidential", [agency.id]);
    const r = await prisma.responsibility.create({ data: { title: unique("Enforce") }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "A" } });
    const page = await detailLoader({ request: getRequest(`/agencies/${agency.id}`, cookie), params: { agencyId: agency.id }, context });
    expect(page.involvement.committees.map((m) => m.committee.id)).toEqual([open.id]);
    expect(page.involvement.roles.map((l) => [l.role, l.responsibility.id])).toEqual([["A", r.id]]);
    expect(page.canCreatePost).toBe(false);
  });
});

describe("the stakeholder map", () => {
  it("links agencies sharing a committee or a responsibility, and filters by kind", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const kind = "judiciary";
    const [a, b, c] = [await createAgency({ kind }), await createAgency({ kind }), await createAgency({ kind })];
    await committee("internal", [a.id, b.id]);
    const r = await prisma.responsibility.create({ data: { title: unique("Prosecute") }, select: { id: true } });
    await prisma.responsibilityAssignment.createMany({
      data: [
        { responsibilityId: r.id, agencyId: b.id, role: "A" },
        { responsibilityId: r.id, agencyId: c.id, role: "R" },
      ],
    });
    const map = await mapLoader({ request: getRequest(`/agencies/map?kind=${kind}`, cookie), params: {}, context });
    const ids = new Set([a.id, b.id, c.id]);
    expect(map.nodes.filter((n) => ids.has(n.id))).toHaveLength(3);
    expect(map.nodes.every((n) => n.kind === kind)).toBe(true);
    const link = (x: string, y: string) => map.links.find((l) => (l.source === x && l.target === y) || (l.source === y && l.target === x));
    expect(link(a.id, b.id)).toMatchObject({ committees: 1, responsibilities: 0 });
    expect(link(b.id, c.id)).toMatchObject({ committees: 0, responsibilities: 1 });
    expect(link(a.id, c.id)).toBeUndefined();
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(map.size.width);
    }
  });
});
