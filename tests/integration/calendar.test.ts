// iCalendar output read back by an independent parser (ical.js, Mozilla's), never by the code that
// wrote it; subscribable feeds with hashed, revocable tokens that show only what their owner may see.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { hashToken } from "../../app/models/calendar-feed.server";
import { action as feedsAction, loader as feedsLoader } from "../../app/routes/calendar.feeds";
import { loader as feedLoader } from "../../app/routes/feeds.$token";
import { loader as icsLoader } from "../../app/routes/meetings.$meetingId.ics";
import { action as statusAction } from "../../app/routes/meetings.$meetingId.status";
import { action as newAction } from "../../app/routes/meetings.new";
import { createUser, getRequest, postRequest, sessionCookie, thrown } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";

const context = {};

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startLocal: event.startDate.toString(),
      tzid: vevent.getFirstProperty("dtstart")?.getParameter("tzid") ?? null,
      status: vevent.getFirstPropertyValue("status"),
      sequence: vevent.getFirstPropertyValue("sequence"),
    };
  });
}

async function textOf(response: Response) {
  expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
  return response.text();
}

async function scheduled(cookie: string, fields: Record<string, string>) {
  const location = locationOf(await newAction({ request: postRequest("/meetings/new", fields, cookie), params: {}, context }));
  if (!location) throw new Error("not scheduled");
  return location.replace("/meetings/", "");
}

describe("a meeting's .ics", () => {
  it("round-trips title, start, end, time zone, UID and status through ical.js, across a DST change", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = await scheduled(cookie, meetingForm(committee.id, { title: "877th plenary meeting of the Forum", date: "2031-03-26", startTime: "10:00", endTime: "13:00", venue: "Hofburg, Vienna", room: "Neuer Saal" }));
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { uid: true } });

    const response = await icsLoader({ request: getRequest(`/meetings/${id}/ics`, cookie), params: { meetingId: id }, context });
    const [event, ...others] = parseEvents(await textOf(response));
    expect(others).toHaveLength(0);
    expect(event).toEqual({
      uid: meeting.uid,
      summary: "877th plenary meeting of the Forum",
      // 10:00 Vienna is 09:00 UTC on 26 March 2031, before the change on the 30th.
      start: "2031-03-26T09:00:00.000Z",
      end: "2031-03-26T12:00:00.000Z",
      startLocal: "2031-03-26T10:00:00",
      tzid: "Europe/Vienna",
      status: "TENTATIVE",
      sequence: 0,
    });

    // After the change the same local time is an hour earlier in UTC; the UID stays, SEQUENCE goes up.
    await prisma.meeting.update({ where: { id }, data: { startsAt: new Date("2031-04-02T08:00:00Z"), endsAt: new Date("2031-04-02T11:00:00Z"), status: "confirmed", icalSequence: { increment: 1 } } });
    const [moved] = parseEvents(await textOf(await icsLoader({ request: getRequest(`/meetings/${id}/ics`, cookie), params: { meetingId: id }, context })));
    expect(moved).toMatchObject({ uid: meeting.uid, startLocal: "2031-04-02T10:00:00", start: "2031-04-02T08:00:00.000Z", status: "CONFIRMED", sequence: 1 });
  });

  it("sends a cancellation as STATUS:CANCELLED with a higher SEQUENCE and the same UID", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ timeZone: "America/New_York" });
    const id = await scheduled(cookie, meetingForm(committee.id, { date: "2031-11-06", timeZone: "America/New_York" }));
    const [before] = parseEvents(await textOf(await icsLoader({ request: getRequest(`/meetings/${id}/ics`, cookie), params: { meetingId: id }, context })));
    await statusAction({ request: postRequest(`/meetings/${id}/status`, { status: "cancelled" }, cookie), params: { meetingId: id }, context });
    const [after] = parseEvents(await textOf(await icsLoader({ request: getRequest(`/meetings/${id}/ics`, cookie), params: { meetingId: id }, context })));
    expect(before).toMatchObject({ status: "TENTATIVE", sequence: 0, tzid: "America/New_York", start: "2031-11-06T15:00:00.000Z" });
    expect(after).toMatchObject({ uid: before!.uid, status: "CANCELLED", sequence: 1 });
  });

  it("answers 404 to a reader not cleared for the meeting", async () => {
    const { committee } = await committeeWithMembers();
    const meeting = await prisma.meeting.create({
      data: { committeeId: committee.id, title: "Closed", confidentiality: "confidential", startsAt: new Date("2031-01-01T09:00:00Z"), endsAt: new Date("2031-01-01T10:00:00Z"), timeZone: "UTC" },
      select: { id: true },
    });
    const admin = await createUser("admin");
    const error = await thrown(icsLoader({ request: getRequest(`/meetings/${meeting.id}/ics`, await sessionCookie(admin.id)), params: { meetingId: meeting.id }, context }));
    expect(statusOf(error)).toBe(404);
  });
});

describe("calendar feeds", () => {
  async function createFeed(cookie: string, fields: Record<string, string>) {
    const result = await feedsAction({ request: postRequest("/calendar/feeds", { intent: "create", label: "", ...fields }, cookie), params: {}, context });
    const url = payloadOf(result).url;
    if (typeof url !== "string") throw new Error("no feed URL");
    return url.replace("http://localhost", "");
  }

  function feed(path: string) {
    return feedLoader({ request: getRequest(path), params: { token: path.replace("/feeds/", "") }, context });
  }

  it("serves a committee's meetings the owner may see, stores only the token's hash, and stops after revocation", async () => {
    const secretary = await createUser("secretary");
    const secretaryCookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const open = await scheduled(secretaryCookie, meetingForm(committee.id, { title: "Open plenary", date: "2031-05-07" }));
    await prisma.meeting.update({ where: { id: open }, data: { startsAt: new Date(Date.now() + 10 * 86_400_000), endsAt: new Date(Date.now() + 10 * 86_400_000 + 3_600_000) } });
    await prisma.meeting.create({
      data: { committeeId: committee.id, title: "Closed diversion case", confidentiality: "confidential", startsAt: new Date(Date.now() + 12 * 86_400_000), endsAt: new Date(Date.now() + 12 * 86_400_000 + 3_600_000), timeZone: "UTC" },
    });

    const viewer = await createUser("viewer");
    const viewerCookie = await sessionCookie(viewer.id);
    const path = await createFeed(viewerCookie, { scope: "committee", committeeId: committee.id });
    const token = path.replace("/feeds/", "").replace(".ics", "");
    const row = await prisma.calendarFeedToken.findFirstOrThrow({ where: { userId: viewer.id }, select: { id: true, tokenHash: true } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(await prisma.auditEvent.findMany({ where: { entityId: row.id }, select: { after: true } }))).not.toContain(token);

    const events = parseEvents(await textOf(await feed(path)));
    expect(events.map((e) => e.summary)).toEqual(["Open plenary"]);

    // The feed does not record its use: a GET changes nothing.
    const after = await prisma.calendarFeedToken.findUniqueOrThrow({ where: { id: row.id }, select: { lastUsedAt: true } });
    expect(after.lastUsedAt).toBeNull();

    const page = await feedsLoader({ request: getRequest("/calendar/feeds", viewerCookie), params: {}, context });
    expect(page.feeds.map((f) => f.id)).toEqual([row.id]);
    await feedsAction({ request: postRequest("/calendar/feeds", { intent: "revoke", tokenId: row.id }, viewerCookie), params: {}, context });
    expect(statusOf(await thrown(feed(path)))).toBe(404);
  });

  it("gives a person's feed the meetings their posts are invited to, not others' feeds to revoke", async () => {
    const secretary = await createUser("secretary");
    const { committee, members } = await committeeWithMembers();
    const holder = await createUser("focal_point", { agencyId: members[0]!.agencyId });
    await prisma.assignment.create({ data: { positionId: members[0]!.positionId, personId: holder.personId, startDate: new Date(Date.now() - 86_400_000) } });
    const id = await scheduled(await sessionCookie(secretary.id), meetingForm(committee.id, { title: "My plenary", date: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10) }));
    const holderCookie = await sessionCookie(holder.id);
    const path = await createFeed(holderCookie, { scope: "person" });
    const events = parseEvents(await textOf(await feed(path)));
    expect(events.map((e) => e.summary)).toContain("My plenary");
    expect(events.find((e) => e.summary === "My plenary")?.uid).toBe((await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { uid: true } })).uid);

    const other = await createUser("viewer");
    const feedRow = await prisma.calendarFeedToken.findFirstOrThrow({ where: { userId: holder.id }, select: { id: true } });
    const error = await thrown(feedsAction({ request: postRequest("/calendar/feeds", { intent: "revoke", tokenId: feedRow.id }, await sessionCookie(other.id)), params: {}, context }));
    expect(statusOf(error)).toBe(404);
    expect((await prisma.calendarFeedToken.findUniqueOrThrow({ where: { id: feedRow.id }, select: { revokedAt: true } })).revokedAt).toBeNull();
  });

  it("drops a restricted committee's feed once the owner's agency leaves it, and refuses unknown tokens", async () => {
    const { committee, members } = await committeeWithMembers({ confidentiality: "restricted" });
    const member = await createUser("viewer", { agencyId: members[0]!.agencyId });
    const path = await createFeed(await sessionCookie(member.id), { scope: "committee", committeeId: committee.id });
    expect(statusOf(await feed(path))).toBe(200);
    await prisma.committeeMembership.updateMany({ where: { committeeId: committee.id, agencyId: members[0]!.agencyId }, data: { endDate: new Date(Date.now() - 1000) } });
    expect(statusOf(await thrown(feed(path)))).toBe(404);
    expect(statusOf(await thrown(feed("/feeds/not-a-real-token-at-all-0000000.ics")))).toBe(404);
  });

  it("refuses a committee feed without a committee, or for a committee the user cannot see", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const missing = await feedsAction({ request: postRequest("/calendar/feeds", { intent: "create", scope: "committee", committeeId: "" }, cookie), params: {}, context });
    expect(fieldErrorsOf(missing).committeeId).toEqual(["error.required"]);
    const { committee } = await committeeWithMembers({ confidentiality: "restricted" });
    const hidden = await feedsAction({ request: postRequest("/calendar/feeds", { intent: "create", scope: "committee", committeeId: committee.id }, cookie), params: {}, context });
    expect(fieldErrorsOf(hidden).committeeId).toEqual(["committee.error.committeeMissing"]);
    expect(await prisma.calendarFeedToken.count({ where: { userId: viewer.id } })).toBe(0);
  });
});
