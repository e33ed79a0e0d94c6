// The post page's counterparts and latest handover on the raw read path (decision 064): the
// counterparts are found in SQL and read a page at a time, in the dossier's order (the collator's,
// not SQLite's), with no cap; the latest handover is the row the Prisma read gave, with the same
// "may the reader open it". Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { withHandoverReadable } from "../../app/domain/access";
import { readCounterpartPage, readCounterparts, readDossier } from "../../app/models/dossier-read.server";
import { readLatestHandoverOfPost } from "../../app/models/handover-read.server";
import { loader as postLoader } from "../../app/routes/positions.$positionId._index";
import { createAgency, createUser, ctxOf, getRequest, sessionCookie, unique } from "../support/fixtures";
import { createPost, day } from "../support/work-fixtures";

const context = {};

/**
 * A post sharing duties and seats with posts of agencies whose names sort differently by code point
 * and by the collator (case, accents), one of them acting-held, plus lines that make no counterpart:
 * an agency-level line, an archived line, an archived post, an ended seat, a restricted committee.
 */
async function postWithCounterparts() {
  const holder = await createUser("focal_point");
  const outsider = await createUser("admin");
  const tag = unique("");
  const agencies = [];
  for (const name of [`zeta ${tag}`, `Éclat ${tag}`, `Alpha ${tag}`, `ecole ${tag}`, `Beta ${tag}`]) agencies.push(await createAgency({ name }));
  const duties = [];
  for (const title of ["export licences", "Brokering", "Éducation"]) {
    const r = await prisma.responsibility.create({ data: { title: unique(title) }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: holder.agencyId, positionId: holder.positionId, role: "R" } });
    duties.push(r.id);
  }
  const open = await prisma.committee.create({ data: { name: unique("Working group"), shortName: unique("WG"), kind: "standing" }, select: { id: true } });
  const closed = await prisma.committee.create({ data: { name: unique("Restricted group"), kind: "standing", confidentiality: "restricted" }, select: { id: true } });
  const seat = (committeeId: string, agencyId: string, positionId: string, endDate: Date | null = null) =>
    prisma.committeeMembership.create({ data: { committeeId, agencyId, positionId, role: "member", startDate: day(-60), endDate } });
  await seat(open.id, holder.agencyId, holder.positionId);
  await seat(closed.id, holder.agencyId, holder.positionId);

  const posts: string[] = [];
  for (const [i, agency] of agencies.entries()) {
    for (const title of [`desk ${i}`, `Desk ${i}`]) {
      const post = await createPost(agency.id, `${title} ${tag}`);
      posts.push(post.id);
      const k = posts.length;
      if (k % 3 !== 0) await prisma.responsibilityAssignment.create({ data: { responsibilityId: duties[k % 3]!, agencyId: agency.id, positionId: post.id, role: "C" } });
      if (k % 2 === 0) await seat(open.id, agency.id, post.id);
      if (k % 3 === 0) await seat(closed.id, agency.id, post.id);
      const person = await prisma.person.create({ data: { givenName: k % 4 ? "Ama" : "ama", familyName: unique("Holder") }, select: { id: true } });
      await prisma.assignment.create({ data: { positionId: post.id, personId: person.id, startDate: day(-10), acting: k % 5 === 0 } });
    }
  }
  // Lines that make no counterpart.
  const [a0] = agencies;
  await prisma.responsibilityAssignment.create({ data: { responsibilityId: duties[0]!, agencyId: a0!.id, role: "A" } });
  const archivedLine = await createPost(a0!.id, unique("Archived line"));
  await prisma.responsibilityAssignment.create({ data: { responsibilityId: duties[0]!, agencyId: a0!.id, positionId: archivedLine.id, role: "C", archivedAt: new Date() } });
  const archivedPost = await prisma.position.create({ data: { agencyId: a0!.id, title: unique("Archived post"), archivedAt: new Date() }, select: { id: true } });
  await prisma.responsibilityAssignment.create({ data: { responsibilityId: duties[1]!, agencyId: a0!.id, positionId: archivedPost.id, role: "C" } });
  const ended = await createPost(a0!.id, unique("Ended seat"));
  await seat(open.id, a0!.id, ended.id, day(-1));
  return { holder, outsider, posts, excluded: [archivedLine.id, archivedPost.id, ended.id] };
}

describe("the post page's counterparts and latest handover", () => {
  it("finds every counterpart in SQL and reads them a page at a time, in the dossier's order", async () => {
    const s = await postWithCounterparts();
    const id = s.holder.positionId;
    const now = new Date();
    for (const userId of [s.holder.id, s.outsider.id]) {
      const ctx = await ctxOf(userId);
      const all = readCounterparts(ctx, id, now);
      // The dossier's own assembly of the same rows (its order: the collator's, acting holders last).
      expect(all).toEqual(readDossier(ctx, id, now)?.counterparts);
      for (const excluded of s.excluded) expect(all.map((c) => c.positionId)).not.toContain(excluded);
      const count = Math.ceil(all.length / 3) + 1;
      const pages = Array.from({ length: count }, (_, n) => readCounterpartPage(ctx, id, now, { skip: n * 3, take: 3 }));
      expect(pages.flatMap((p) => p.rows)).toEqual(all);
      expect(new Set(pages.map((p) => p.total))).toEqual(new Set([all.length]));
      expect(pages[count - 1]?.rows).toEqual([]);
    }
    // The holder sits on the restricted committee: its seat-mates are counterparts; for the outsider only through the duties and the open committee.
    const holder = readCounterparts(await ctxOf(s.holder.id), id, now);
    const outsider = readCounterparts(await ctxOf(s.outsider.id), id, now);
    expect(holder.map((c) => c.positionId).sort()).toEqual([...s.posts].sort());
    expect(outsider.map((c) => c.positionId).sort()).toEqual(s.posts.filter((_, i) => (i + 1) % 3 !== 0 || (i + 1) % 2 === 0).sort());
    expect(outsider.flatMap((c) => c.sharedCommittees).some((name) => name.startsWith("Restricted group"))).toBe(false);
    // Not code-point order: "ecole" and "Éclat" sort with "Alpha" and "Beta", not after "zeta".
    expect(holder.map((c) => c.agencyName.split(" ")[0])).toEqual(["Alpha", "Alpha", "Beta", "Beta", "Éclat", "Éclat", "ecole", "ecole", "zeta", "zeta"]);

    // The page reads the counterparts' page through its own parameter.
    const cookie = await sessionCookie(s.holder.id);
    const page = await postLoader({ request: getRequest(`/positions/${id}?counterparts=1`, cookie), params: { positionId: id }, context });
    expect(page.counterparts).toEqual(holder);
    expect(page.pages.counterparts).toEqual({ page: 1, pageSize: 20, total: 10 });
  });

  it("shows the post's latest unarchived handover as the Prisma read did, with whether the reader may open it", async () => {
    const holder = await createUser("focal_point");
    const outsider = await createUser("focal_point");
    const id = holder.positionId;
    expect(readLatestHandoverOfPost(await ctxOf(holder.id), id)).toBeNull();
    const acknowledger = await createUser("focal_point");
    const people = await prisma.assignment.findFirstOrThrow({ where: { positionId: id }, select: { personId: true } });
    await prisma.handover.create({ data: { positionId: id, agencyId: holder.agencyId, createdAt: day(-30), status: "acknowledged", outgoingPersonId: people.personId } });
    const latest = await prisma.handover.create({
      data: { positionId: id, agencyId: holder.agencyId, createdAt: day(-2), status: "acknowledged", submittedAt: day(-2), acknowledgedAt: day(-1), acknowledgedById: acknowledger.id, incomingPersonId: people.personId },
      select: { id: true },
    });
    await prisma.handover.create({ data: { positionId: id, agencyId: holder.agencyId, createdAt: day(-1), archivedAt: new Date() } });
    for (const userId of [holder.id, outsider.id]) {
      const ctx = await ctxOf(userId);
      const row = await prisma.handover.findFirst({
        where: { positionId: id, archivedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true, positionId: true, agencyId: true, outgoingPersonId: true, incomingPersonId: true, status: true, confidentiality: true, submittedAt: true, acknowledgedAt: true, acknowledgedById: true, archivedAt: true, createdAt: true,
          outgoingPerson: { select: { id: true, honorific: true, givenName: true, familyName: true, email: true } },
          incomingPerson: { select: { id: true, honorific: true, givenName: true, familyName: true, email: true } },
          acknowledgedBy: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
        },
      });
      const raw = readLatestHandoverOfPost(ctx, id);
      expect(raw).toEqual(row ? withHandoverReadable(ctx, [row])[0] : null);
      expect(raw?.id).toBe(latest.id);
      expect(raw?.acknowledgedBy?.person?.givenName).toBe("Test");
      // Restricted to the post's agency: its holder may open it, a focal point elsewhere sees the facts only.
      expect(raw?.readable).toBe(userId === holder.id);
    }
  });
});
