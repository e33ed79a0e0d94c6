import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as membersAction } from "../../app/routes/committees.$committeeId.members";
import { loader as committeeLoader } from "../../app/routes/committees.$committeeId._index";
import { action as standingAction } from "../../app/routes/committees.$committeeId.standing";
import { loader as listLoader } from "../../app/routes/committees._index";
import { action as createAction } from "../../app/routes/committees.new";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMembers } from "../support/meeting-fixtures";

const context = {};

function committeeFields(overrides: Record<string, string> = {}) {
  return {
    name: unique("National Small Arms Commission"),
    shortName: "NSAC",
    kind: "standing",
    parentId: "",
    legalBasis: "Decree No. 2019-044",
    mandate: "Coordinate the implementation of the Programme of Action.",
    objectives: "Report every two years.",
    chairAgencyId: "",
    secretariatAgencyId: "",
    cadence: "every six weeks",
    cadenceRule: "FREQ=WEEKLY;INTERVAL=6;BYDAY=TU",
    defaultTimeZone: "Africa/Lagos",
    defaultVenue: "Ministry of Foreign Affairs",
    meetingNoun: "meeting",
    decisionPrefix: "NSAC",
    nextReviewDate: "2027-01-15",
    confidentiality: "internal",
    ...overrides,
  };
}

describe("creating a committee", () => {
  it("creates it with its review date and rule, audited, and redirects to its page", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const fields = committeeFields({ secretariatAgencyId: secretary.agencyId });
    const response = await createAction({ request: postRequest("/committees/new", fields, cookie), params: {}, context });
    expect(statusOf(response)).toBe(302);
    const created = await prisma.committee.findFirstOrThrow({ where: { name: fields.name }, select: { id: true, nextReviewDate: true, cadenceRule: true, secretariatAgencyId: true } });
    expect(locationOf(response)).toBe(`/committees/${created.id}`);
    expect(created.nextReviewDate?.toISOString()).toBe("2027-01-15T00:00:00.000Z");
    expect(created.cadenceRule).toBe("FREQ=WEEKLY;INTERVAL=6;BYDAY=TU");
    expect(await auditCount("committee", created.id)).toBe(1);
    // The committee's page says the rule in words (RuleSentence), not as RFC 5545 text.
    const page = await committeeLoader({ request: getRequest(`/committees/${created.id}`, cookie), params: { committeeId: created.id }, context });
    expect(page.cadence).toMatchObject({ kind: "weekly", interval: 6, weekdays: [1] });
  });

  it("refuses a bad time zone, an unreadable rule and a missing name with the typed values kept, writing nothing", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const before = await prisma.committee.count();
    const result = await createAction({
      request: postRequest("/committees/new", committeeFields({ name: " ", defaultTimeZone: "Mars/Olympus", cadenceRule: "every tuesday" }), cookie),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result)).toMatchObject({ name: ["error.required"], defaultTimeZone: ["calendar.error.timeZone"], cadenceRule: ["rule.error.syntax"] });
    expect(valuesOf(result)).toMatchObject({ cadenceRule: "every tuesday", defaultTimeZone: "Mars/Olympus" });
    expect(await prisma.committee.count()).toBe(before);
  });

  it("refuses a rule that has the right shape but that rrule cannot read", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const result = await createAction({ request: postRequest("/committees/new", committeeFields({ cadenceRule: "FREQ=WEEKLY;BYDAY=XX" }), cookie), params: {}, context });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).cadenceRule).toEqual(["rule.error.byday"]);
  });

  it("answers 403 to a focal point and a viewer", async () => {
    for (const role of ["focal_point", "viewer"] as const) {
      const user = await createUser(role);
      const error = await thrown(createAction({ request: postRequest("/committees/new", committeeFields(), await sessionCookie(user.id)), params: {}, context }));
      expect(statusOf(error)).toBe(403);
    }
  });
});

describe("reading committees", () => {
  it("hides a restricted committee from non-members in the list and answers 404 on its page", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const { committee } = await committeeWithMembers({ confidentiality: "restricted" });
    const list = await listLoader({ request: getRequest(`/committees?q=${encodeURIComponent(committee.name)}`, cookie), params: {}, context });
    expect(list.rows).toHaveLength(0);
    const error = await thrown(committeeLoader({ request: getRequest(`/committees/${committee.id}`, cookie), params: { committeeId: committee.id }, context }));
    expect(statusOf(error)).toBe(404);

    // A person whose agency sits on it sees it.
    const restricted = await committeeWithMembers({ confidentiality: "restricted" });
    const insider = await createUser("viewer", { agencyId: restricted.members[0]!.agencyId });
    const page = await committeeLoader({ request: getRequest(`/committees/${restricted.committee.id}`, await sessionCookie(insider.id)), params: { committeeId: restricted.committee.id }, context });
    expect(page.committee.id).toBe(restricted.committee.id);
    expect(page.members).toHaveLength(2);
  });

  it("shows the committee's open actions and decisions, scoped to what the reader may see", async () => {
    const viewer = await createUser("viewer");
    const { committee, members } = await committeeWithMembers();
    const post = members[0]!;
    await prisma.action.createMany({
      data: [
        { title: "Open internal action", ownerPositionId: post.positionId, ownerAgencyId: post.agencyId, committeeId: committee.id, status: "open" },
        { title: "Confidential action", ownerPositionId: post.positionId, ownerAgencyId: post.agencyId, committeeId: committee.id, status: "open", confidentiality: "confidential" },
        { title: "Done action", ownerPositionId: post.positionId, ownerAgencyId: post.agencyId, committeeId: committee.id, status: "done" },
      ],
    });
    const page = await committeeLoader({ request: getRequest(`/committees/${committee.id}`, await sessionCookie(viewer.id)), params: { committeeId: committee.id }, context });
    expect(page.activity.actions.map((a) => a.title)).toEqual(["Open internal action"]);
    expect(page.activity.openActionCount).toBe(1);
    expect(page.canEdit).toBe(false);
  });
});

describe("members and standing agenda", () => {
  it("adds a member with a designated post and ends a membership, each audited; a post of another agency is refused", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ members: 1 });
    const agency = await createAgency();
    const post = await prisma.position.create({ data: { agencyId: agency.id, title: "Customs focal point" }, select: { id: true } });
    const otherPost = await prisma.position.create({ data: { agencyId: (await createAgency()).id, title: "Elsewhere" }, select: { id: true } });
    const params = { committeeId: committee.id };

    const refusedResult = await membersAction({ request: postRequest(`/committees/${committee.id}/members`, { intent: "add", agencyId: agency.id, positionId: otherPost.id, role: "member", startDate: "2026-01-01" }, cookie), params, context });
    expect(statusOf(refusedResult)).toBe(400);
    expect(fieldErrorsOf(refusedResult).positionId).toEqual(["committee.error.postNotInAgency"]);

    const badDates = await membersAction({ request: postRequest(`/committees/${committee.id}/members`, { intent: "add", agencyId: agency.id, positionId: post.id, role: "member", startDate: "2026-05-01", endDate: "2026-01-01" }, cookie), params, context });
    expect(fieldErrorsOf(badDates).endDate).toEqual(["calendar.error.endBeforeStart"]);

    const added = await membersAction({ request: postRequest(`/committees/${committee.id}/members`, { intent: "add", agencyId: agency.id, positionId: post.id, role: "observer", startDate: "2026-01-01" }, cookie), params, context });
    expect(statusOf(added)).toBe(302);
    const membership = await prisma.committeeMembership.findFirstOrThrow({ where: { committeeId: committee.id, agencyId: agency.id }, select: { id: true, role: true, positionId: true } });
    expect(membership).toMatchObject({ role: "observer", positionId: post.id });

    await membersAction({ request: postRequest(`/committees/${committee.id}/members`, { intent: "end", membershipId: membership.id, endDate: "2026-06-30" }, cookie), params, context });
    const ended = await prisma.committeeMembership.findUniqueOrThrow({ where: { id: membership.id }, select: { endDate: true } });
    expect(ended.endDate?.toISOString()).toBe("2026-06-30T00:00:00.000Z");
    const events = await prisma.auditEvent.findMany({ where: { entity: "committeeMembership", entityId: membership.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("adds, reorders and archives standing items", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [["(a)", "Status of reporting compliance"], ["(b)", "Reporting challenges"]] });
    const params = { committeeId: committee.id };
    const url = `/committees/${committee.id}/standing`;
    await standingAction({ request: postRequest(url, { intent: "add", label: "(c)", title: "Substantive reporting and transparency issues" }, cookie), params, context });
    const items = () => prisma.standingAgendaItem.findMany({ where: { committeeId: committee.id, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, label: true } });
    const [a, , c] = await items();
    await standingAction({ request: postRequest(url, { intent: "up", itemId: c!.id }, cookie), params, context });
    expect((await items()).map((i) => i.label)).toEqual(["(a)", "(c)", "(b)"]);
    await standingAction({ request: postRequest(url, { intent: "remove", itemId: a!.id }, cookie), params, context });
    expect((await items()).map((i) => i.label)).toEqual(["(c)", "(b)"]);
    const archived = await prisma.standingAgendaItem.findUniqueOrThrow({ where: { id: a!.id }, select: { archivedAt: true } });
    expect(archived.archivedAt).not.toBeNull();

    const viewer = await createUser("viewer");
    const error = await thrown(standingAction({ request: postRequest(url, { intent: "add", title: "Sneaky" }, await sessionCookie(viewer.id)), params, context }));
    expect(statusOf(error)).toBe(403);
  });
});
