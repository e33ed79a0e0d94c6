// "My work" through the home page's loader: work follows the post when its holder changes, and a
// secretary sees the health of the committees their agency runs.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as dashboardLoader } from "../../app/routes/_index";
import { createUser, getRequest, sessionCookie, unique } from "../support/fixtures";
import { committeeWithMeeting, createActionRow, createMeeting, createPost, day } from "../support/work-fixtures";

const context = {};
const MINUTE = 60_000;

async function dashboardOf(userId: string) {
  return dashboardLoader({ request: getRequest("/", await sessionCookie(userId)), params: {}, context });
}

describe("the dashboard across a change of holder", () => {
  it("moves a post's open actions to the new holder's dashboard at once, and off the old one's", async () => {
    const outgoing = await createUser("focal_point");
    const incoming = await createUser("focal_point", { agencyId: outgoing.agencyId });
    const post = await createPost(outgoing.agencyId, unique("Customs focal point"));
    const tenure = await prisma.assignment.create({
      data: { positionId: post.id, personId: outgoing.personId, startDate: new Date(Date.now() - 300 * 86_400_000) },
      select: { id: true },
    });
    const overdue = await createActionRow({ ownerPositionId: post.id, ownerAgencyId: post.agencyId, dueDate: day(-5), title: unique("Overdue") });
    const later = await createActionRow({ ownerPositionId: post.id, ownerAgencyId: post.agencyId, dueDate: day(40), status: "in_progress", title: unique("Later") });
    const undated = await createActionRow({ ownerPositionId: post.id, ownerAgencyId: post.agencyId, title: unique("Undated") });
    const done = await createActionRow({ ownerPositionId: post.id, ownerAgencyId: post.agencyId, dueDate: day(-50), status: "done" });

    const before = await dashboardOf(outgoing.id);
    expect(before.actions.map((a) => a.id)).toEqual([overdue.id, later.id, undated.id]);
    expect(before.overdueTotal).toBe(1);
    expect((await dashboardOf(incoming.id)).actions.map((a) => a.id)).not.toContain(overdue.id);

    // The handover: the outgoing tenure ends, the incoming one starts. No action is touched.
    const now = Date.now();
    await prisma.assignment.update({ where: { id: tenure.id }, data: { endDate: new Date(now - MINUTE) } });
    await prisma.assignment.create({ data: { positionId: post.id, personId: incoming.personId, startDate: new Date(now - MINUTE) } });

    const after = await dashboardOf(incoming.id);
    expect(after.actions.map((a) => a.id)).toEqual([overdue.id, later.id, undated.id]);
    expect(after.actionTotal).toBe(3);
    expect(after.overdueTotal).toBe(1);
    expect(after.actions.map((a) => a.id)).not.toContain(done.id);
    expect(after.posts.map((p) => p.position.id)).toContain(post.id);
    const left = await dashboardOf(outgoing.id);
    expect(left.actions.map((a) => a.id)).not.toContain(overdue.id);
    expect(left.posts.map((p) => p.position.id)).not.toContain(post.id);
    // Nothing about the actions changed: they belong to the post.
    const owners = await prisma.action.findMany({ where: { id: { in: [overdue.id, later.id, undated.id] } }, select: { ownerPositionId: true } });
    expect(owners.every((o) => o.ownerPositionId === post.id)).toBe(true);
  });

  it("lists the handovers waiting for the person and no committee health for a focal point", async () => {
    const outgoing = await createUser("focal_point");
    const incoming = await createUser("focal_point", { agencyId: outgoing.agencyId });
    const handover = await prisma.handover.create({
      data: {
        positionId: outgoing.positionId,
        agencyId: outgoing.agencyId,
        outgoingPersonId: outgoing.personId,
        incomingPersonId: incoming.personId,
        status: "submitted",
        submittedAt: new Date(),
      },
      select: { id: true },
    });
    const page = await dashboardOf(incoming.id);
    expect(page.handovers.map((h) => h.id)).toEqual([handover.id]);
    expect(page.health).toBeNull();
    expect((await dashboardOf(outgoing.id)).handovers).toEqual([]);
  });
});

describe("committee health on the secretary's dashboard", () => {
  it("counts held meetings, those without outcome, attendance and overdue actions by agency", async () => {
    const secretary = await createUser("secretary");
    const member = await createUser("focal_point");
    const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, memberAgencyIds: [member.agencyId] });
    const empty = await createMeeting(committee.id, { status: "held", startsAt: new Date(Date.now() - 40 * 86_400_000) });
    await createMeeting(committee.id, { status: "planned", startsAt: new Date(Date.now() + 10 * 86_400_000) });
    await createMeeting(committee.id, { status: "held", startsAt: new Date(Date.now() - 500 * 86_400_000) });
    await prisma.decision.create({
      data: { committeeId: committee.id, meetingId: meeting.id, year: 2026, serial: 1, title: "Decided", text: "…", decidedOn: day(-7) },
    });
    await prisma.participation.createMany({
      data: [
        { meetingId: meeting.id, agencyId: secretary.agencyId, attendance: "present" },
        { meetingId: empty.id, agencyId: secretary.agencyId, attendance: "present" },
        { meetingId: meeting.id, agencyId: member.agencyId, attendance: "absent" },
        { meetingId: empty.id, agencyId: member.agencyId, attendance: "represented" },
      ],
    });
    await createActionRow({ ownerPositionId: member.positionId, ownerAgencyId: member.agencyId, committeeId: committee.id, dueDate: day(-2) });
    await createActionRow({ ownerPositionId: member.positionId, ownerAgencyId: member.agencyId, committeeId: committee.id, dueDate: day(5) });

    const page = await dashboardOf(secretary.id);
    const health = page.health?.committees.find((c) => c.id === committee.id);
    expect(health).toMatchObject({ held: 2, withoutOutcome: 1, withoutOutcomeShare: 0.5, overdueTotal: 1 });
    expect(health?.attendance.map((a) => [a.agencyId, a.rate])).toEqual([
      [member.agencyId, 0.5],
      [secretary.agencyId, 1],
    ]);
    expect(health?.overdue.map((o) => [o.agencyId, o.count])).toEqual([[member.agencyId, 1]]);
  });
});
