// A committee's page reads through the raw read path in one snapshot (decision 064). Its rows must be
// the ones the Prisma reads it replaced selected — the committee with its parent, sub-committees,
// agencies and standing agenda; the current members; the next and last meetings, the latest
// decisions, the first open actions and their count — in their order and with the same clearance.
// Real rows in the worker's SQLite copy.
import type { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { ACTIVE_ACTION_STATUSES } from "../../app/domain/overdue";
import { actionListOrder, actionSummarySelect } from "../../app/models/action-list.server";
import { readCommitteePage } from "../../app/models/committee-read.server";
import { getVisibleCommittee, listMemberships } from "../../app/models/committee.server";
import { decisionSummarySelect } from "../../app/models/decision-list.server";
import { visibleActions, visibleDecisions, visibleMeetings } from "../../app/permissions.server";
import { loader as committeeLoader } from "../../app/routes/committees.$committeeId._index";
import { createAgency, createUser, ctxOf, getRequest, sessionCookie, unique } from "../support/fixtures";
import { createMeeting, createPost, day } from "../support/work-fixtures";

const context = {};

/** The Prisma reads of the committee page's activity before it moved to the raw read path (the reference). */
async function prismaActivity(ctx: AccessContext, committeeId: string, now = new Date()) {
  const meetingWhere: Prisma.MeetingWhereInput = { AND: [{ committeeId, archivedAt: null }, visibleMeetings(ctx)] };
  const meetingSelect = {
    id: true,
    title: true,
    sequence: true,
    startsAt: true,
    timeZone: true,
    venue: true,
    status: true,
  } satisfies Prisma.MeetingSelect;
  const actionWhere: Prisma.ActionWhereInput = {
    AND: [{ committeeId, status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null }, visibleActions(ctx)],
  };
  const [upcoming, past, decisions, actions, openActionCount] = await Promise.all([
    prisma.meeting.findMany({
      where: { AND: [meetingWhere, { startsAt: { gte: now } }] },
      orderBy: { startsAt: "asc" },
      take: 5,
      select: meetingSelect,
    }),
    prisma.meeting.findMany({
      where: { AND: [meetingWhere, { startsAt: { lt: now } }] },
      orderBy: { startsAt: "desc" },
      take: 5,
      select: meetingSelect,
    }),
    prisma.decision.findMany({
      where: { AND: [{ committeeId, archivedAt: null }, visibleDecisions(ctx)] },
      orderBy: [{ decidedOn: "desc" }, { serial: "desc" }],
      take: 10,
      select: { ...decisionSummarySelect, decidedOn: true },
    }),
    prisma.action.findMany({
      where: actionWhere,
      orderBy: actionListOrder,
      take: 10,
      select: actionSummarySelect,
    }),
    prisma.action.count({ where: actionWhere }),
  ]);
  return { upcoming, past, decisions, actions, openActionCount };
}


/** A committee with more of everything than the page shows, some of it restricted to its members or archived. */
async function busyCommittee() {
  const member = await createUser("focal_point");
  const outsider = await createUser("admin");
  const [chair, secretariat, other] = [await createAgency(), await createAgency(), await createAgency()];
  const parent = await prisma.committee.create({ data: { name: unique("Parent"), shortName: "PC", kind: "standing" }, select: { id: true } });
  const committee = await prisma.committee.create({
    data: { name: unique("Commission"), shortName: unique("NC"), kind: "standing", parentId: parent.id, chairAgencyId: chair.id, secretariatAgencyId: secretariat.id, cadence: "Monthly", cadenceRule: "FREQ=MONTHLY", mandate: "Mandate", nextReviewDate: day(90), mattersArisingItem: false },
    select: { id: true },
  });
  for (const [i, confidentiality] of ["internal", "restricted", "internal"].entries()) {
    const sub = await prisma.committee.create({ data: { name: unique(`Sub ${2 - i}`), kind: "working_group", parentId: committee.id, confidentiality, archivedAt: i === 2 ? new Date() : null }, select: { id: true } });
    // The member's agency sits on the restricted sub-committee, so its staff may see it.
    if (confidentiality === "restricted") await prisma.committeeMembership.create({ data: { committeeId: sub.id, agencyId: member.agencyId, role: "member", startDate: day(-10) } });
  }
  for (let i = 0; i < 4; i++) {
    await prisma.standingAgendaItem.create({ data: { committeeId: committee.id, order: 4 - i, label: i ? String(4 - i) : null, title: unique("Standing"), kind: i === 1 ? "matters_arising" : null, archivedAt: i === 3 ? new Date() : null } });
  }
  // Members: the member's agency (so its staff are cleared for "restricted"), posts, one ended, one to come.
  await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: member.agencyId, role: "member", startDate: day(-400) } });
  for (let i = 0; i < 6; i++) {
    const post = await createPost(other.id);
    await prisma.committeeMembership.create({
      data: { committeeId: committee.id, agencyId: other.id, positionId: post.id, role: ["chair", "member", "observer"][i % 3]!, startDate: day(-300 + i), endDate: i === 4 ? day(-1) : i === 5 ? day(200) : null },
    });
  }
  for (let i = 0; i < 8; i++) {
    await createMeeting(committee.id, { status: "planned", startsAt: day(3 + i * 7), confidentiality: i === 1 ? "restricted" : "internal" });
    const past = await createMeeting(committee.id, { status: "held", startsAt: day(-3 - i * 7), confidentiality: i === 2 ? "restricted" : "internal" });
    if (i === 0) await prisma.meeting.update({ where: { id: past.id }, data: { archivedAt: new Date() } });
  }
  for (let i = 0; i < 13; i++) {
    await prisma.decision.create({
      data: { committeeId: committee.id, year: 2026, serial: i + 1, title: unique("Decision"), text: "Text", decidedOn: day(-100 + 5 * Math.floor(i / 2)), confidentiality: i === 11 ? "restricted" : "internal", archivedAt: i === 12 ? new Date() : null },
    });
  }
  for (let i = 0; i < 14; i++) {
    await prisma.action.create({
      data: { title: unique("Action"), committeeId: committee.id, ownerPositionId: member.positionId, ownerAgencyId: member.agencyId, status: i === 13 ? "done" : i % 2 ? "open" : "in_progress", dueDate: i % 5 ? day(i) : null, confidentiality: i === 3 ? "restricted" : "internal" },
    });
  }
  const hidden = await prisma.committee.create({ data: { name: unique("Closed"), kind: "standing", confidentiality: "restricted" }, select: { id: true } });
  return { member, outsider, committeeId: committee.id, hiddenId: hidden.id };
}

describe("the committee page on the raw read path", () => {
  it("reads what the Prisma reads gave, in their order, for a member and an outsider", async () => {
    const s = await busyCommittee();
    const now = new Date();
    const seen = new Map<string, number[]>();
    for (const userId of [s.member.id, s.outsider.id]) {
      const ctx = await ctxOf(userId);
      const raw = readCommitteePage(ctx, s.committeeId, now);
      expect(raw?.committee).toEqual(await getVisibleCommittee(ctx, s.committeeId));
      expect(raw?.members).toEqual(await listMemberships(s.committeeId, { current: true, now }));
      expect(raw?.activity).toEqual(await prismaActivity(ctx, s.committeeId, now));
      const a = raw?.activity;
      seen.set(userId, [raw?.committee.children.length ?? -1, a?.upcoming.length ?? -1, a?.past.length ?? -1, a?.decisions.length ?? -1, a?.actions.length ?? -1, a?.openActionCount ?? -1]);
      expect(readCommitteePage(ctx, s.hiddenId, now)).toBeNull();
    }
    // Something in every part: the member sees the restricted sub-committee, meetings, decision and open action.
    expect(seen.get(s.member.id)).toEqual([2, 5, 5, 10, 10, 13]);
    expect(seen.get(s.outsider.id)).toEqual([1, 5, 5, 10, 10, 12]);
    const page = readCommitteePage(await ctxOf(s.member.id), s.committeeId, now);
    expect(page?.committee.standingItems.map((i) => i.order)).toEqual([2, 3, 4]);
    expect(page?.members).toHaveLength(6);
    expect(page?.committee.mattersArisingItem).toBe(false);
    expect(readCommitteePage(await ctxOf(s.member.id), "no-such-committee", now)).toBeNull();

    // The loader gives the same page, and a 404 for a committee the reader may not see.
    const load = async (userId: string, committeeId: string) =>
      committeeLoader({ request: getRequest(`/committees/${committeeId}`, await sessionCookie(userId)), params: { committeeId }, context });
    const loaded = await load(s.member.id, s.committeeId);
    expect(loaded.committee).toEqual(page?.committee);
    expect(loaded.activity.openActionCount).toBe(13);
    expect(loaded.cadence).not.toBeNull();
    const refused = await load(s.outsider.id, s.hiddenId).catch((e: unknown) => e);
    expect(refused instanceof Response ? refused.status : refused).toBe(404);
  });
});
