// PostWorkload: the open public/internal actions per post, kept by triggers on Action (decision 046)
// and read by rotation risk instead of counting every open action on each request. It must equal a
// recount after every kind of write, whoever writes, and rotation risk must count the same as before.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loadRotationRisk } from "../../app/models/rotation-risk.server";
import { loadAccess } from "../../app/permissions.server";
import { createAgency, createUser, unique } from "../support/fixtures";
import { createPost, day } from "../support/work-fixtures";

async function summaryOf(positionId: string) {
  const row = await prisma.postWorkload.findUnique({ where: { positionId }, select: { openActions: true } });
  return row?.openActions ?? 0;
}

/** What the triggers must keep: a recount from Action itself. */
function recount(positionId: string) {
  return prisma.action.count({
    where: { ownerPositionId: positionId, status: { in: ["open", "in_progress"] }, archivedAt: null, confidentiality: { in: ["public", "internal"] } },
  });
}

async function expectKept(...positionIds: string[]) {
  for (const id of positionIds) expect(await summaryOf(id)).toBe(await recount(id));
}

describe("the open work per post", () => {
  it("has its four triggers on Action", async () => {
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Action' AND name LIKE 'Action_workload_%' ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual(["Action_workload_delete", "Action_workload_insert", "Action_workload_update_in", "Action_workload_update_out"]);
  });

  it("follows create, status change, owner change, level change and archive", async () => {
    const agency = await createAgency();
    const post = await createPost(agency.id);
    const other = await createPost(agency.id);
    const base = { ownerPositionId: post.id, ownerAgencyId: agency.id, dueDate: day(10) };

    // Create: open and in-progress count; done, archived and restricted ones do not.
    const a = await prisma.action.create({ data: { ...base, title: unique("A"), status: "open" }, select: { id: true } });
    const b = await prisma.action.create({ data: { ...base, title: unique("B"), status: "in_progress", confidentiality: "public" }, select: { id: true } });
    await prisma.action.create({ data: { ...base, title: unique("Done"), status: "done" } });
    await prisma.action.create({ data: { ...base, title: unique("Restricted"), status: "open", confidentiality: "restricted" } });
    await prisma.action.create({ data: { ...base, title: unique("Archived"), status: "open", archivedAt: new Date() } });
    expect(await summaryOf(post.id)).toBe(2);
    await expectKept(post.id, other.id);

    // Status change: out when done, back in when reopened; a change between counted statuses keeps it.
    await prisma.action.update({ where: { id: a.id }, data: { status: "done" } });
    expect(await summaryOf(post.id)).toBe(1);
    await prisma.action.update({ where: { id: a.id }, data: { status: "open" } });
    await prisma.action.update({ where: { id: a.id }, data: { status: "in_progress" } });
    expect(await summaryOf(post.id)).toBe(2);

    // Owner change: moves from one post to the other.
    await prisma.action.update({ where: { id: b.id }, data: { ownerPositionId: other.id } });
    expect([await summaryOf(post.id), await summaryOf(other.id)]).toEqual([1, 1]);

    // Level change: a restricted action is counted per reader, not here.
    await prisma.action.update({ where: { id: b.id }, data: { confidentiality: "restricted" } });
    expect(await summaryOf(other.id)).toBe(0);

    // Archive: out; several columns at once (owner and status) in one write.
    await prisma.action.update({ where: { id: a.id }, data: { archivedAt: new Date() } });
    expect(await summaryOf(post.id)).toBe(0);
    await prisma.action.update({ where: { id: a.id }, data: { archivedAt: null, ownerPositionId: other.id, status: "open" } });
    expect([await summaryOf(post.id), await summaryOf(other.id)]).toEqual([0, 1]);

    // A write of other columns (the title, the version bump) changes nothing; bulk writes are kept too.
    await prisma.action.update({ where: { id: a.id }, data: { title: unique("Renamed"), version: { increment: 1 } } });
    await prisma.action.updateMany({ where: { ownerPositionId: post.id, status: "done" }, data: { status: "open" } });
    await prisma.action.updateMany({ where: { ownerPositionId: { in: [post.id, other.id] }, archivedAt: null }, data: { status: "in_progress" } });
    await expectKept(post.id, other.id);
    await prisma.action.deleteMany({ where: { ownerPositionId: other.id } });
    await expectKept(post.id, other.id);
  });

  it("gives rotation risk the same workload as counting the actions, restricted ones only for the cleared", async () => {
    const holder = await createUser("focal_point");
    const outsider = await createUser("secretary");
    const insider = await createUser("secretary", { agencyId: holder.agencyId });
    const base = { ownerPositionId: holder.positionId, ownerAgencyId: holder.agencyId, ownerPersonId: holder.personId, dueDate: day(10) };
    for (let i = 0; i < 9; i++) await prisma.action.create({ data: { ...base, title: unique("Open"), status: i % 2 ? "open" : "in_progress" } });
    for (let i = 0; i < 5; i++) await prisma.action.create({ data: { ...base, title: unique("Restricted"), status: "open", confidentiality: "restricted" } });
    const secret = await prisma.action.create({ data: { ...base, title: unique("Confidential"), status: "open", confidentiality: "confidential" }, select: { id: true } });
    await prisma.action.create({ data: { ...base, title: unique("Closed"), status: "done" } });
    // The outsider is named on the confidential one.
    const outsiderPerson = await prisma.user.findUniqueOrThrow({ where: { id: outsider.id }, select: { personId: true } });
    if (!outsiderPerson.personId) throw new Error("fixture");
    await prisma.accessGrant.create({ data: { entity: "action", entityId: secret.id, personId: outsiderPerson.personId } });

    const workload = async (userId: string) => {
      const access = await loadAccess(userId);
      if (!access) throw new Error("fixture");
      // A threshold of one action lists everyone with work; the holder's row says how much.
      await prisma.rotationRiskSettings.upsert({ where: { id: "default" }, create: { id: "default", concentrationActions: 1 }, update: { concentrationActions: 1 } });
      const risk = await loadRotationRisk(access.ctx);
      return risk.concentration.find((c) => c.personId === holder.personId)?.actions ?? 0;
    };
    try {
      expect(await workload(insider.id)).toBe(9 + 5);
      expect(await workload(outsider.id)).toBe(9 + 1);
    } finally {
      await prisma.rotationRiskSettings.deleteMany({ where: { id: "default" } });
    }
  });
});

describe("rotation risk reused between writes", () => {
  it("sees a write at once: what it found is reused only while nothing is written", async () => {
    const holder = await createUser("focal_point");
    const secretary = await createUser("secretary", { agencyId: holder.agencyId });
    const access = await loadAccess(secretary.id);
    if (!access) throw new Error("fixture");
    const base = { ownerPositionId: holder.positionId, ownerAgencyId: holder.agencyId, dueDate: day(10) };
    for (let i = 0; i < 11; i++) await prisma.action.create({ data: { ...base, title: unique("Open"), status: "open" } });
    const listed = async () => (await loadRotationRisk(access.ctx)).concentration.some((c) => c.personId === holder.personId);
    // Eleven open actions: under the threshold of twelve; asking again without a write gives the same.
    expect(await listed()).toBe(false);
    expect(await listed()).toBe(false);
    // The twelfth, written through Prisma (another connection), is seen by the next request.
    await prisma.action.create({ data: { ...base, title: unique("Twelfth"), status: "in_progress" } });
    expect(await listed()).toBe(true);
    const total = (await loadRotationRisk(access.ctx)).totals.concentration;
    expect((await loadRotationRisk(access.ctx, undefined, () => [])).totals.concentration).toBe(total);
    await prisma.action.updateMany({ where: { ownerPositionId: holder.positionId, status: "in_progress" }, data: { status: "done" } });
    expect(await listed()).toBe(false);
  });
});
