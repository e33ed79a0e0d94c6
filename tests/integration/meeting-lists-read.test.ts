// The meeting lists read through the raw read path (decision 066): the rows the Prisma reads gave
// (tests/support/meeting-lists-prisma.ts), in their order, page by page with the same totals, under the
// same clearance, for a member with a grant and for an outsider. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { CONFIDENTIALITY_LEVELS } from "../../app/domain/vocabulary";
import { listMeetings, listMyMeetings, meetingsBetween, type MeetingListFilters } from "../../app/models/meeting-lists.server";
import { createAgency, createUser, ctxOf, unique } from "../support/fixtures";
import { prismaListMeetings, prismaListMyMeetings, prismaMeetingsBetween } from "../support/meeting-lists-prisma";

const HOUR = 3_600_000;

async function world() {
  const memberAgency = await createAgency();
  const committee = await prisma.committee.create({ data: { name: unique("Committee"), kind: "standing" }, select: { id: true } });
  await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: memberAgency.id, role: "member", startDate: new Date(Date.now() - 86_400_000) } });
  const member = await createUser("viewer", { agencyId: memberAgency.id });
  const outsider = await createUser("admin");
  const now = new Date();
  // Past and upcoming meetings at every level, two at the same hour (the id breaks the tie), one archived, one cancelled.
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const startsAt = new Date(now.getTime() + (i - 6) * 24 * HOUR + (i === 7 ? -24 * HOUR : 0));
    const m = await prisma.meeting.create({
      data: {
        committeeId: committee.id,
        sequence: i + 1,
        title: unique(`Meeting ${i}`),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
        timeZone: "Africa/Lagos",
        venue: i % 2 ? "Abuja" : null,
        status: i === 3 ? "cancelled" : "planned",
        confidentiality: CONFIDENTIALITY_LEVELS[i % CONFIDENTIALITY_LEVELS.length],
        archivedAt: i === 9 ? now : null,
      },
      select: { id: true },
    });
    ids.push(m.id);
  }
  const confidential = ids[3]!;
  await prisma.accessGrant.create({ data: { entity: "meeting", entityId: confidential, personId: member.personId } });
  // Invitations: the member by person, by post, and one withdrawn; the outsider by post (a past internal
  // meeting, and a confidential one they may not see).
  await prisma.participation.createMany({
    data: [
      { meetingId: ids[1]!, personId: member.personId },
      { meetingId: ids[7]!, positionId: member.positionId },
      { meetingId: ids[8]!, positionId: member.positionId, archivedAt: now },
      { meetingId: ids[10]!, personId: member.personId },
      { meetingId: ids[2]!, personId: member.personId },
      { meetingId: ids[5]!, positionId: outsider.positionId },
      { meetingId: ids[11]!, positionId: outsider.positionId },
    ],
  });
  return { committee, member, outsider, now };
}

describe("the meeting lists on the raw read path", () => {
  it("list the rows the Prisma reads gave, page by page, for each reader", async () => {
    const w = await world();
    for (const user of [w.member, w.outsider]) {
      const ctx = await ctxOf(user.id);
      for (const period of ["upcoming", "past"] as const) {
        for (const status of [null, "planned", "cancelled"]) {
          const filters: MeetingListFilters = { committeeId: w.committee.id, status, period, skip: 0, take: 100 };
          const expected = await prismaListMeetings(ctx, filters, w.now);
          expect(await listMeetings(ctx, filters, w.now)).toEqual(expected);
          const pages = [0, 3, 6].map((skip) => listMeetings(ctx, { ...filters, skip, take: 3 }, w.now));
          const read = await Promise.all(pages);
          expect(read.flatMap((p) => p.rows).slice(0, expected.rows.length)).toEqual(expected.rows.slice(0, 9));
          expect(read.map((p) => p.total)).toEqual([expected.total, expected.total, expected.total]);
        }
        const mine = { period, skip: 0, take: 100 };
        const expectedMine = await prismaListMyMeetings(ctx, mine, w.now);
        expect(await listMyMeetings(ctx, mine, w.now)).toEqual(expectedMine);
        if (user === w.member || period === "past") expect(expectedMine.total).toBeGreaterThan(0);
      }
      const month = { from: new Date(w.now.getTime() - 10 * 24 * HOUR), to: new Date(w.now.getTime() + 10 * 24 * HOUR) };
      expect(await meetingsBetween(ctx, { ...month, committeeId: w.committee.id })).toEqual(await prismaMeetingsBetween(ctx, { ...month, committeeId: w.committee.id }));
      expect(await meetingsBetween(ctx, { ...month, committeeId: null })).toEqual(await prismaMeetingsBetween(ctx, { ...month, committeeId: null }));
    }
  });

  it("keep a restricted meeting to its committee's members and a confidential one to its grant", async () => {
    const w = await world();
    const seenCount = async (userId: string) => {
      const ctx = await ctxOf(userId);
      const month = await meetingsBetween(ctx, { from: new Date(w.now.getTime() - 10 * 24 * HOUR), to: new Date(w.now.getTime() + 10 * 24 * HOUR), committeeId: w.committee.id });
      return month.length;
    };
    const member = await seenCount(w.member.id);
    const outsider = await seenCount(w.outsider.id);
    // 11 live meetings: the outsider sees the open levels only (public, internal); the member also the
    // restricted ones and the confidential one granted to them.
    expect(member).toBeGreaterThan(outsider);
    const outsiderCtx = await ctxOf(w.outsider.id);
    const seen = await listMeetings(outsiderCtx, { committeeId: w.committee.id, status: null, period: "past", skip: 0, take: 100 }, w.now);
    expect(seen.rows.every((m) => m.confidentiality === "public" || m.confidentiality === "internal")).toBe(true);
  });
});
