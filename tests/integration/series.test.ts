import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as editAction } from "../../app/routes/meetings.$meetingId.edit";
import { action as seriesAction, loader as seriesLoader } from "../../app/routes/meetings.$meetingId.series";
import { action as newAction } from "../../app/routes/meetings.new";
import { createUser, getRequest, postRequest, sessionCookie, thrown } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";

const context = {};

function seriesForm(committeeId: string, overrides: Record<string, string> = {}) {
  return meetingForm(committeeId, { repeat: "series", pattern: "weekly", interval: "1", endKind: "count", count: "4", untilDate: "", customRule: "", ...overrides });
}

async function createSeries(cookie: string, fields: Record<string, string>) {
  const response = await newAction({ request: postRequest("/meetings/new", fields, cookie), params: {}, context });
  const location = locationOf(response);
  if (!location) throw new Error(`not created: ${statusOf(response)} ${JSON.stringify(payloadOf(response))}`);
  const first = await prisma.meeting.findUniqueOrThrow({ where: { id: location.replace("/meetings/", "") }, select: { seriesId: true } });
  return prisma.meeting.findMany({
    where: { seriesId: first.seriesId },
    orderBy: { startsAt: "asc" },
    select: { id: true, seriesId: true, sequence: true, startsAt: true, endsAt: true, recurrenceStart: true, status: true, icalSequence: true, venue: true, _count: { select: { agendaItems: true, participations: true } } },
  });
}

describe("creating a series", () => {
  it("keeps a Wednesday 10:00 Vienna series at 10:00 local across the March change, numbered in date order", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [["1", "Adoption of the agenda"]] });
    // Europe/Vienna moves to summer time on Sunday 30 March 2031.
    const meetings = await createSeries(cookie, seriesForm(committee.id, { date: "2031-03-19", startTime: "10:00", endTime: "13:00" }));
    expect(meetings.map((m) => m.startsAt.toISOString())).toEqual([
      "2031-03-19T09:00:00.000Z",
      "2031-03-26T09:00:00.000Z",
      "2031-04-02T08:00:00.000Z",
      "2031-04-09T08:00:00.000Z",
    ]);
    expect(meetings.map((m) => m.sequence)).toEqual([1, 2, 3, 4]);
    expect(meetings.every((m) => m.recurrenceStart?.getTime() === m.startsAt.getTime())).toBe(true);
    expect(meetings.every((m) => m._count.agendaItems === 2 && m._count.participations === 2)).toBe(true);
    const series = await prisma.meetingSeries.findUniqueOrThrow({ where: { id: meetings[0]!.seriesId! }, select: { rrule: true, firstStartLocal: true, durationMinutes: true, timeZone: true } });
    expect(series).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=4", firstStartLocal: "2031-03-19T10:00", durationMinutes: 180, timeZone: "Europe/Vienna" });
    expect(await prisma.auditEvent.count({ where: { entity: "meeting", entityId: { in: meetings.map((m) => m.id) }, action: "create" } })).toBe(4);
  });

  it("schedules 'the second Thursday of the month' in New York until a date", async () => {
    const secretary = await createUser("secretary");
    const { committee } = await committeeWithMembers({ timeZone: "America/New_York" });
    const meetings = await createSeries(
      await sessionCookie(secretary.id),
      seriesForm(committee.id, { date: "2031-01-09", timeZone: "America/New_York", pattern: "monthly_nth_weekday", endKind: "until", untilDate: "2031-04-30", count: "" }),
    );
    expect(meetings.map((m) => m.startsAt.toISOString())).toEqual([
      "2031-01-09T15:00:00.000Z",
      "2031-02-13T15:00:00.000Z",
      "2031-03-13T14:00:00.000Z", // New York has changed to summer time on 9 March
      "2031-04-10T14:00:00.000Z",
    ]);
  });

  it("refuses an unreadable custom rule, an endless series and one longer than 104 meetings", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const before = await prisma.meeting.count();
    const bad = await newAction({ request: postRequest("/meetings/new", seriesForm(committee.id, { pattern: "custom", customRule: "FREQ=WEEKLY;BYDAY=XX" }), cookie), params: {}, context });
    expect(fieldErrorsOf(bad).customRule).toEqual(["rule.error.byday"]);
    const endless = await newAction({ request: postRequest("/meetings/new", seriesForm(committee.id, { endKind: "" }), cookie), params: {}, context });
    expect(fieldErrorsOf(endless).endKind).toEqual(["error.invalidChoice"]);
    const long = await newAction({ request: postRequest("/meetings/new", seriesForm(committee.id, { endKind: "until", count: "", untilDate: "2040-01-01" }), cookie), params: {}, context });
    expect(fieldErrorsOf(long).untilDate).toEqual(["calendar.error.seriesTooLong"]);
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("warns about the occurrences that clash before creating anything", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const venue = `Conference Room B ${Date.now()}`;
    const other = await committeeWithMembers();
    await prisma.meeting.create({ data: { committeeId: other.committee.id, title: "Busy", startsAt: new Date("2032-05-12T09:30:00Z"), endsAt: new Date("2032-05-12T10:30:00Z"), timeZone: "UTC", venue } });
    const { committee } = await committeeWithMembers();
    const fields = seriesForm(committee.id, { date: "2032-05-05", venue, timeZone: "UTC" });
    const before = await prisma.meeting.count();
    const warned = await newAction({ request: postRequest("/meetings/new", fields, cookie), params: {}, context });
    expect(statusOf(warned)).toBe(409);
    expect(payloadOf(warned).conflicts).toEqual([expect.objectContaining({ kinds: ["venue"], title: "Busy", occurrenceStart: "2032-05-12T10:00:00.000Z" })]);
    expect(await prisma.meeting.count()).toBe(before);
  });
});

describe("changing one occurrence or the rest of the series", () => {
  it("edits one occurrence without touching the others", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const meetings = await createSeries(cookie, seriesForm(committee.id, { date: "2033-01-05" }));
    const second = meetings[1]!;
    await editAction({
      request: postRequest(`/meetings/${second.id}/edit`, { title: "Moved", date: "2033-01-13", startTime: "14:00", endTime: "15:00", timeZone: "Europe/Vienna", venue: "", room: "", onlineUrl: "", chairLabel: "", confidentiality: "internal", version: "1" }, cookie),
      params: { meetingId: second.id },
      context,
    });
    const after = await prisma.meeting.findMany({ where: { seriesId: second.seriesId }, orderBy: { recurrenceStart: "asc" }, select: { id: true, startsAt: true, recurrenceStart: true, icalSequence: true } });
    expect(after[1]).toMatchObject({ startsAt: new Date("2033-01-13T13:00:00Z"), recurrenceStart: second.recurrenceStart, icalSequence: 1 });
    expect([after[0], after[2], after[3]].map((m) => m?.icalSequence)).toEqual([0, 0, 0]);
  });

  it("moves the rest of the series to a new time, splitting the rule and keeping held and cancelled occurrences", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const meetings = await createSeries(cookie, seriesForm(committee.id, { date: "2033-03-02", count: "5" }));
    const [first, second, third, fourth, fifth] = meetings;
    await prisma.meeting.update({ where: { id: fourth!.id }, data: { status: "cancelled" } });
    await prisma.meeting.update({ where: { id: third!.id }, data: { status: "held" } });

    const page = await seriesLoader({ request: getRequest(`/meetings/${second!.id}/series`, cookie), params: { meetingId: second!.id }, context });
    expect(page.rest.map((m) => m.id)).toEqual([second!.id, third!.id, fourth!.id, fifth!.id]);

    const response = await seriesAction({
      request: postRequest(`/meetings/${second!.id}/series`, { intent: "edit", startTime: "15:00", endTime: "16:30", venue: "New venue", room: "", onlineUrl: "" }, cookie),
      params: { meetingId: second!.id },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const after = new Map(
      (await prisma.meeting.findMany({ where: { id: { in: meetings.map((m) => m.id) } }, select: { id: true, seriesId: true, startsAt: true, endsAt: true, venue: true, status: true } })).map((m) => [m.id, m]),
    );
    // 15:00 Vienna: CET (UTC+1) on 9 March, CEST (UTC+2) on 30 March.
    expect(after.get(second!.id)).toMatchObject({ startsAt: new Date("2033-03-09T14:00:00Z"), endsAt: new Date("2033-03-09T15:30:00Z"), venue: "New venue" });
    expect(after.get(fifth!.id)).toMatchObject({ startsAt: new Date("2033-03-30T13:00:00Z"), venue: "New venue" });
    expect(after.get(third!.id)).toMatchObject({ startsAt: third!.startsAt, status: "held" });
    expect(after.get(fourth!.id)).toMatchObject({ startsAt: fourth!.startsAt, status: "cancelled" });
    expect(after.get(first!.id)).toMatchObject({ startsAt: first!.startsAt, seriesId: first!.seriesId });

    const newSeriesId = after.get(second!.id)!.seriesId!;
    expect(newSeriesId).not.toBe(first!.seriesId);
    const [old, rest] = await Promise.all([
      prisma.meetingSeries.findUniqueOrThrow({ where: { id: first!.seriesId! }, select: { rrule: true } }),
      prisma.meetingSeries.findUniqueOrThrow({ where: { id: newSeriesId }, select: { rrule: true, firstStartLocal: true, durationMinutes: true } }),
    ]);
    expect(old.rrule).toBe("FREQ=WEEKLY;BYDAY=WE;UNTIL=20330308T235900Z");
    expect(rest).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=4", firstStartLocal: "2033-03-09T15:00", durationMinutes: 90 });
  });

  it("cancels the rest of the series, leaving earlier and held meetings alone", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const meetings = await createSeries(cookie, seriesForm(committee.id, { date: "2033-06-01" }));
    await prisma.meeting.update({ where: { id: meetings[2]!.id }, data: { status: "held" } });
    const response = await seriesAction({ request: postRequest(`/meetings/${meetings[1]!.id}/series`, { intent: "cancel" }, cookie), params: { meetingId: meetings[1]!.id }, context });
    expect(statusOf(response)).toBe(302);
    const statuses = await prisma.meeting.findMany({ where: { id: { in: meetings.map((m) => m.id) } }, orderBy: { startsAt: "asc" }, select: { status: true, icalSequence: true } });
    expect(statuses).toEqual([
      { status: "planned", icalSequence: 0 },
      { status: "cancelled", icalSequence: 1 },
      { status: "held", icalSequence: 0 },
      { status: "cancelled", icalSequence: 1 },
    ]);
    const series = await prisma.meetingSeries.findUniqueOrThrow({ where: { id: meetings[0]!.seriesId! }, select: { rrule: true } });
    expect(series.rrule).toBe("FREQ=WEEKLY;BYDAY=WE;UNTIL=20330607T235900Z");
  });

  it("answers 404 for a meeting outside any series and 403 to a focal point", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const single = locationOf(await newAction({ request: postRequest("/meetings/new", meetingForm(committee.id), cookie), params: {}, context }))!.replace("/meetings/", "");
    expect(statusOf(await thrown(seriesLoader({ request: getRequest(`/meetings/${single}/series`, cookie), params: { meetingId: single }, context })))).toBe(404);
    const focal = await createUser("focal_point");
    const error = await thrown(seriesAction({ request: postRequest(`/meetings/${single}/series`, { intent: "cancel" }, await sessionCookie(focal.id)), params: { meetingId: single }, context }));
    expect(statusOf(error)).toBe(403);
  });
});
