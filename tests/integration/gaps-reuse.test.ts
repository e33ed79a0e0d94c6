// The gaps list is computed over the whole catalogue and reused for every reader until a write or the
// next minute (decision 066): a change to the lines shows on the next request, and another minute
// computes anew. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loadGaps } from "../../app/models/responsibility-matrix.server";
import { loader as gapsLoader } from "../../app/routes/responsibilities.gaps";
import { createAgency, createUser, getRequest, sessionCookie, unique } from "../support/fixtures";

const context = {};

describe("the reused gaps list", () => {
  it("shows a new line on the next request, for every reader", async () => {
    const agency = await createAgency();
    const r = await prisma.responsibility.create({ data: { title: unique("Track transfers") }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "R" } });
    const viewer = await sessionCookie((await createUser("viewer")).id);
    const secretary = await sessionCookie((await createUser("secretary")).id);
    const kinds = async (cookie: string) => {
      const page = await gapsLoader({ request: getRequest(`/responsibilities/gaps?agency=${agency.id}`, cookie), params: {}, context });
      return page.items.filter((i) => i.responsibility.id === r.id).map((i) => i.gap.kind);
    };
    expect(await kinds(viewer)).toEqual(["no_accountable"]);
    expect(await kinds(secretary)).toEqual(["no_accountable"]);

    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "A" } });
    expect(await kinds(viewer)).toEqual([]);
    expect(await kinds(secretary)).toEqual([]);
  });

  it("computes anew for another minute", async () => {
    const agency = await createAgency();
    const post = await prisma.position.create({ data: { agencyId: agency.id, title: unique("Analyst") }, select: { id: true } });
    const person = await prisma.person.create({ data: { givenName: "Lou", familyName: unique("Leaving") }, select: { id: true } });
    const now = new Date();
    const leaves = new Date(now.getTime() + 10 * 86_400_000);
    await prisma.assignment.create({ data: { positionId: post.id, personId: person.id, startDate: new Date(now.getTime() - 86_400_000), endDate: leaves } });
    const r = await prisma.responsibility.create({ data: { title: unique("Keep the register") }, select: { id: true } });
    await prisma.responsibilityAssignment.createMany({
      data: [
        { responsibilityId: r.id, agencyId: agency.id, positionId: post.id, role: "R" },
        { responsibilityId: r.id, agencyId: agency.id, role: "A" },
      ],
    });
    const kinds = async (at: Date) =>
      (await loadGaps({ agency: agency.id }, { skip: 0, take: 50 }, at)).items.filter((i) => i.responsibility.id === r.id).map((i) => i.gap.kind);
    expect(await kinds(now)).toEqual(["leaving_without_successor"]);
    // Once the holder has left, the post is vacant: a later minute is not served the earlier list.
    expect(await kinds(new Date(leaves.getTime() + 86_400_000))).toEqual(["vacant_post"]);
  });
});
