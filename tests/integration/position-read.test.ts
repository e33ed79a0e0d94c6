// A post's page reads through the raw read path, a page of each list at a time (decision 056). Its
// rows must be the ones the Prisma reads it replaced selected — same order, same clearance — and its
// pages must together list every row once, with the totals. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { gatherDossier } from "../../app/models/dossier.server";
import { readCounterparts, readDossier } from "../../app/models/dossier-read.server";
import { readPosition } from "../../app/models/position-read.server";
import { positionFields } from "../../app/models/position.server";
import { visibleActions, visibleCommittees } from "../../app/permissions.server";
import { loader as postLoader } from "../../app/routes/positions.$positionId._index";
import { createAgency, createUser, ctxOf, getRequest, sessionCookie, unique } from "../support/fixtures";
import { createPost, day } from "../support/work-fixtures";

const context = {};

/** A post with more of everything than one page holds: RACI lines, seats (one restricted), open actions, counterparts. */
async function busyPost() {
  const holder = await createUser("focal_point");
  const outsider = await createUser("admin");
  const otherAgency = await createAgency();
  const instrument = await prisma.instrument.create({ data: { code: unique("ATT"), name: "Treaty", kind: "treaty" }, select: { id: true } });
  const provision = await prisma.provision.create({ data: { instrumentId: instrument.id, reference: "Art. 7", title: "Export" }, select: { id: true } });
  for (let i = 0; i < 45; i++) {
    const responsibility = await prisma.responsibility.create({
      data: { title: unique(`Duty ${i}`), instrumentId: i % 3 ? instrument.id : null, provisionId: i % 3 === 1 ? provision.id : null, archivedAt: i === 44 ? new Date() : null },
      select: { id: true },
    });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: holder.agencyId, positionId: holder.positionId, role: ["R", "A", "C", "I"][i % 4]!, note: i % 5 ? null : "Lead" } });
    // Each duty shared with its own counterpart post, so the counterparts run to several pages.
    const post = await createPost(otherAgency.id, unique(`Counterpart ${i}`));
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: otherAgency.id, positionId: post.id, role: "C" } });
  }
  for (let i = 0; i < 24; i++) {
    const committee = await prisma.committee.create({ data: { name: unique(`Committee ${i}`), kind: "standing", confidentiality: i === 3 ? "restricted" : "internal" }, select: { id: true } });
    await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: holder.agencyId, positionId: holder.positionId, role: "member", startDate: day(-100 + i) } });
  }
  for (let i = 0; i < 14; i++) {
    await prisma.action.create({
      data: { title: unique(`Action ${i}`), ownerPositionId: holder.positionId, ownerAgencyId: holder.agencyId, status: i % 2 ? "open" : "in_progress", dueDate: i % 4 ? day(i) : null, confidentiality: i === 5 ? "restricted" : "internal" },
    });
  }
  return { holder, outsider };
}

describe("the post page on the raw read path", () => {
  it("reads the rows the Prisma reads gave, in their order, for the holder and an outsider", async () => {
    const s = await busyPost();
    const now = new Date();
    const id = s.holder.positionId;
    for (const userId of [s.holder.id, s.outsider.id]) {
      const ctx = await ctxOf(userId);
      const raw = readPosition(ctx, id, now, { responsibilities: { skip: 0, take: 100 }, committees: { skip: 0, take: 50 } });
      const prismaPost = await prisma.position.findUniqueOrThrow({
        where: { id },
        select: {
          // The post's own fields as its model selects them: a field added there must be read here too.
          ...positionFields,
          agency: { select: { id: true, name: true, acronym: true } },
          assignments: {
            orderBy: [{ startDate: "desc" }, { id: "asc" }],
            take: 100,
            select: { id: true, startDate: true, plannedEndDate: true, endDate: true, acting: true, notes: true, person: { select: { id: true, honorific: true, givenName: true, familyName: true, email: true } } },
          },
        },
      });
      const responsibilities = await prisma.responsibilityAssignment.findMany({
        where: { positionId: id, archivedAt: null, responsibility: { archivedAt: null } },
        orderBy: [{ role: "asc" }, { id: "asc" }],
        select: { id: true, role: true, note: true, responsibility: { select: { id: true, title: true, instrument: { select: { code: true } }, provision: { select: { reference: true } } } } },
      });
      const committees = await prisma.committeeMembership.findMany({
        where: { positionId: id, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }], committee: { AND: [{ archivedAt: null }, visibleCommittees(ctx)] } },
        orderBy: { startDate: "asc" },
        select: { id: true, role: true, committee: { select: { id: true, name: true, shortName: true } } },
      });
      const openActions = { AND: [{ ownerPositionId: id, status: { in: ["open", "in_progress"] }, archivedAt: null }, visibleActions(ctx)] };
      const actions = await prisma.action.findMany({
        where: openActions,
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        take: 10,
        select: { id: true, title: true, status: true, dueDate: true, committee: { select: { shortName: true, name: true } } },
      });
      expect(raw).toEqual({
        ...prismaPost,
        responsibilities,
        responsibilityTotal: responsibilities.length,
        committees,
        committeeTotal: committees.length,
        actions,
        actionCount: await prisma.action.count({ where: openActions }),
      });
      // Something of every part, and clearance applied: the outsider sees neither the restricted seat nor the restricted action.
      expect(responsibilities).toHaveLength(44);
      expect(committees).toHaveLength(userId === s.holder.id ? 24 : 23);
      expect(raw?.actionCount).toBe(userId === s.holder.id ? 14 : 13);

      expect(readCounterparts(ctx, id, now)).toEqual((await gatherDossier(prisma, ctx, id, now))?.counterparts);
      expect(readCounterparts(ctx, id, now)).toEqual(readDossier(ctx, id, now)?.counterparts);
    }
  });

  it("pages each list through its own query parameter: every row once over the pages, with the totals", async () => {
    const s = await busyPost();
    const cookie = await sessionCookie(s.holder.id);
    const id = s.holder.positionId;
    const load = (query: string) => postLoader({ request: getRequest(`/positions/${id}?${query}`, cookie), params: { positionId: id }, context });
    const first = await load("");
    expect(first.pages.responsibilities).toEqual({ page: 1, pageSize: 20, total: 44 });
    expect(first.pages.committees).toEqual({ page: 1, pageSize: 20, total: 24 });
    expect(first.pages.counterparts).toEqual({ page: 1, pageSize: 20, total: 44 });
    expect(first.position.responsibilities).toHaveLength(20);
    expect(first.counterparts).toHaveLength(20);

    const all = await readCounterparts(await ctxOf(s.holder.id), id, new Date());
    const pages = [first, await load("responsibilities=2&committees=2&counterparts=2"), await load("responsibilities=3&counterparts=3")];
    expect(pages.flatMap((p) => p.counterparts.map((c) => c.positionId))).toEqual(all.map((c) => c.positionId));
    const duties = pages.flatMap((p) => p.position.responsibilities.map((r) => r.id));
    expect(new Set(duties).size).toBe(44);
    expect(duties).toHaveLength(44);
    expect(pages[1]?.position.committees).toHaveLength(4);
    // Each list keeps its own page: the committees' page 2 did not move the others.
    expect(pages[1]?.pages.committees.page).toBe(2);
    expect((await load("committees=2")).position.responsibilities.map((r) => r.id)).toEqual(first.position.responsibilities.map((r) => r.id));
    // A page past the end is empty, not an error; a nonsense page is the first.
    expect((await load("counterparts=99")).counterparts).toEqual([]);
    expect((await load("responsibilities=abc")).pages.responsibilities.page).toBe(1);
  });
});
