import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as meetingLoader } from "../../app/routes/meetings.$meetingId._index";
import { action as editAction } from "../../app/routes/meetings.$meetingId.edit";
import { action as statusAction } from "../../app/routes/meetings.$meetingId.status";
import { loader as monthLoader } from "../../app/routes/meetings.calendar";
import { loader as mineLoader } from "../../app/routes/meetings.mine";
import { action as newAction } from "../../app/routes/meetings.new";
import { auditCount, createUser, getRequest, postRequest, sessionCookie, thrown } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf } from "../support/form-results";
import { committeeWithMembers, dayFromNow, meetingForm } from "../support/meeting-fixtures";

const context = {};

async function schedule(cookie: string, fields: Record<string, string>) {
  return newAction({ request: postRequest("/meetings/new", fields, cookie), params: {}, context });
}

function meetingIdFrom(response: unknown): string {
  const location = locationOf(response);
  if (!location) throw new Error(`expected a redirect, got ${statusOf(response)}: ${JSON.stringify(payloadOf(response))}`);
  return location.replace("/meetings/", "");
}

describe("scheduling one meeting", () => {
  it("numbers it after the committee's last meeting, copies the standing agenda, adds matters arising and invites the members", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee, members } = await committeeWithMembers({ standing: [["1", "Adoption of the agenda"], [null, "Any other business"]] });
    await prisma.meeting.create({
      data: { committeeId: committee.id, sequence: 876, title: "876th", startsAt: new Date("2018-02-14T09:00:00Z"), endsAt: new Date("2018-02-14T12:00:00Z"), timeZone: "Europe/Vienna", status: "held" },
    });
    const response = await schedule(cookie, meetingForm(committee.id, { date: "2030-02-20", startTime: "10:00", endTime: "13:00" }));
    const id = meetingIdFrom(response);
    const meeting = await prisma.meeting.findUniqueOrThrow({
      where: { id },
      select: {
        sequence: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        agendaItems: { orderBy: { order: "asc" }, select: { title: true, kind: true, standingItemId: true } },
        participations: { select: { agencyId: true, positionId: true, personId: true, attendance: true, role: true } },
      },
    });
    expect(meeting.sequence).toBe(877);
    expect(meeting.title).toBe(`877th meeting of the ${committee.shortName}`);
    // 10:00 in Vienna in February is 09:00 UTC.
    expect(meeting.startsAt.toISOString()).toBe("2030-02-20T09:00:00.000Z");
    expect(meeting.endsAt.toISOString()).toBe("2030-02-20T12:00:00.000Z");
    expect(meeting.agendaItems.map((i) => i.kind)).toEqual(["adoption_of_agenda", "matters_arising", "any_other_business"]);
    expect(meeting.participations).toHaveLength(2);
    expect(meeting.participations).toContainEqual({ ...members[0]!, attendance: "invited", role: "chair" });
    expect(await auditCount("meeting", id)).toBe(1);
  });

  it("refuses an end before the start and an unknown time zone, keeping what was typed", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const before = await prisma.meeting.count();
    const result = await schedule(cookie, meetingForm(committee.id, { startTime: "15:00", endTime: "14:00", timeZone: "Europe/Atlantis", venue: "Hofburg" }));
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result)).toMatchObject({ endTime: ["calendar.error.endBeforeStart"], timeZone: ["calendar.error.timeZone"] });
    expect(payloadOf(result).values).toMatchObject({ venue: "Hofburg", startTime: "15:00" });
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("answers 403 to a viewer and a focal point", async () => {
    const { committee } = await committeeWithMembers();
    for (const role of ["viewer", "focal_point"] as const) {
      const user = await createUser(role);
      expect(statusOf(await thrown(schedule(await sessionCookie(user.id), meetingForm(committee.id))))).toBe(403);
    }
  });

  it("warns about a double-booked venue and an invited post already in an overlapping meeting, saving nothing until acknowledged", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const date = dayFromNow(400);
    const first = await committeeWithMembers();
    const venue = `Hofburg ${Date.now()}`;
    meetingIdFrom(await schedule(cookie, meetingForm(first.committee.id, { date, venue, room: "Neuer Saal" })));

    // Another committee, same venue and room, overlapping by an hour, sharing the first's chair post.
    const second = await committeeWithMembers();
    await prisma.committeeMembership.create({ data: { committeeId: second.committee.id, agencyId: first.members[0]!.agencyId, positionId: first.members[0]!.positionId, role: "member", startDate: new Date("2020-01-01") } });
    const before = await prisma.meeting.count();
    const fields = meetingForm(second.committee.id, { date, startTime: "11:00", endTime: "13:00", venue: venue.toUpperCase(), room: "neuer saal" });
    const warned = await schedule(cookie, fields);
    expect(statusOf(warned)).toBe(409);
    // One clash, one line: the shared post, its holder and the venue, named together.
    const conflicts = payloadOf(warned).conflicts as { kinds: string[]; title: string | null; invited: string[]; venue: string | null }[];
    expect(conflicts).toHaveLength(1);
    expect([...(conflicts[0]?.kinds ?? [])].sort()).toEqual(["person", "post", "venue"]);
    expect(conflicts[0]?.invited).toHaveLength(2);
    expect(conflicts[0]?.venue?.toLowerCase()).toBe(venue.toLowerCase());
    expect(conflicts.every((c) => c.title?.includes(first.committee.shortName ?? ""))).toBe(true);
    expect(await prisma.meeting.count()).toBe(before);

    const saved = await schedule(cookie, { ...fields, acknowledgeConflicts: "yes" });
    expect(statusOf(saved)).toBe(302);
    expect(await prisma.meeting.count()).toBe(before + 1);
  });

  it("does not reveal the title of a clashing meeting the secretary may not see", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const date = dayFromNow(500);
    const venue = `Closed room ${Date.now()}`;
    const closed = await committeeWithMembers({ confidentiality: "confidential" });
    await prisma.meeting.create({
      data: { committeeId: closed.committee.id, title: "Diversion case review", confidentiality: "confidential", startsAt: new Date(`${date}T08:00:00Z`), endsAt: new Date(`${date}T12:00:00Z`), timeZone: "UTC", venue, status: "planned" },
    });
    const { committee } = await committeeWithMembers();
    const warned = await schedule(cookie, meetingForm(committee.id, { date, timeZone: "UTC", venue }));
    expect(statusOf(warned)).toBe(409);
    expect(payloadOf(warned).conflicts).toEqual([expect.objectContaining({ kinds: ["venue"], meetingId: null, title: null, invited: [] })]);
  });
});

describe("status changes", () => {
  it("postpones to a new date: the replacement takes the number, agenda and invitations; the original stays as postponed", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [["1", "Adoption of the agenda"]] });
    const id = meetingIdFrom(await schedule(cookie, meetingForm(committee.id, { date: "2031-03-05" })));
    const original = await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { sequence: true, icalSequence: true } });

    const refusedResult = await statusAction({ request: postRequest(`/meetings/${id}/status`, { status: "postponed" }, cookie), params: { meetingId: id }, context });
    expect(fieldErrorsOf(refusedResult)).toMatchObject({ newDate: ["error.required"] });

    const response = await statusAction({
      request: postRequest(`/meetings/${id}/status`, { status: "postponed", newDate: "2031-03-19", newStartTime: "15:00", newEndTime: "17:00" }, cookie),
      params: { meetingId: id },
      context,
    });
    const replacementId = meetingIdFrom(response);
    expect(replacementId).not.toBe(id);
    const [old, replacement] = await Promise.all([
      prisma.meeting.findUniqueOrThrow({ where: { id }, select: { status: true, sequence: true, postponedToId: true, icalSequence: true } }),
      prisma.meeting.findUniqueOrThrow({ where: { id: replacementId }, select: { sequence: true, startsAt: true, status: true, _count: { select: { agendaItems: true, participations: true } } } }),
    ]);
    expect(old).toEqual({ status: "postponed", sequence: null, postponedToId: replacementId, icalSequence: original.icalSequence + 1 });
    expect(replacement.sequence).toBe(original.sequence);
    expect(replacement.startsAt.toISOString()).toBe("2031-03-19T14:00:00.000Z");
    expect(replacement._count).toEqual({ agendaItems: 2, participations: 2 });
  });

  it("cancels a meeting (kept on record, SEQUENCE bumped)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = meetingIdFrom(await schedule(cookie, meetingForm(committee.id)));
    await statusAction({ request: postRequest(`/meetings/${id}/status`, { status: "cancelled" }, cookie), params: { meetingId: id }, context });
    const row = await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { status: true, icalSequence: true, archivedAt: true } });
    expect(row).toEqual({ status: "cancelled", icalSequence: 1, archivedAt: null });
  });
});

describe("editing one meeting", () => {
  it("moves it in its own time zone and bumps SEQUENCE", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = meetingIdFrom(await schedule(cookie, meetingForm(committee.id, { date: "2031-07-01" })));
    const response = await editAction({
      request: postRequest(`/meetings/${id}/edit`, { title: "Extraordinary meeting", date: "2031-07-02", startTime: "09:00", endTime: "10:30", timeZone: "America/New_York", venue: "UN Headquarters", room: "", onlineUrl: "", chairLabel: "", confidentiality: "internal", version: "1" }, cookie),
      params: { meetingId: id },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const row = await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { title: true, startsAt: true, endsAt: true, timeZone: true, icalSequence: true } });
    expect(row).toEqual({ title: "Extraordinary meeting", startsAt: new Date("2031-07-02T13:00:00Z"), endsAt: new Date("2031-07-02T14:30:00Z"), timeZone: "America/New_York", icalSequence: 1 });
  });
});

describe("the meeting page", () => {
  it("answers 404 to a reader not cleared for a restricted meeting, and shows it to a member", async () => {
    const { committee, members } = await committeeWithMembers();
    const meeting = await prisma.meeting.create({
      data: { committeeId: committee.id, title: "Closed session", confidentiality: "restricted", startsAt: new Date("2031-01-01T09:00:00Z"), endsAt: new Date("2031-01-01T10:00:00Z"), timeZone: "UTC" },
      select: { id: true },
    });
    const outsider = await createUser("viewer");
    const error = await thrown(meetingLoader({ request: getRequest(`/meetings/${meeting.id}`, await sessionCookie(outsider.id)), params: { meetingId: meeting.id }, context }));
    expect(statusOf(error)).toBe(404);
    const member = await createUser("viewer", { agencyId: members[1]!.agencyId });
    const page = await meetingLoader({ request: getRequest(`/meetings/${meeting.id}`, await sessionCookie(member.id)), params: { meetingId: meeting.id }, context });
    expect(page.meeting.title).toBe("Closed session");
  });

  it("lists the committee's open actions from earlier meetings under matters arising, and each item's decisions", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee, members } = await committeeWithMembers();
    const owner = members[0]!;
    const earlier = new Date(Date.now() - 30 * 86_400_000);
    await prisma.action.createMany({
      data: [
        { title: "Send the data call", ownerPositionId: owner.positionId, ownerAgencyId: owner.agencyId, committeeId: committee.id, status: "in_progress", createdAt: earlier },
        { title: "Already done", ownerPositionId: owner.positionId, ownerAgencyId: owner.agencyId, committeeId: committee.id, status: "done", createdAt: earlier },
        { title: "Secret follow-up", ownerPositionId: owner.positionId, ownerAgencyId: owner.agencyId, committeeId: committee.id, status: "open", confidentiality: "confidential", createdAt: earlier },
        { title: "Decided after this meeting", ownerPositionId: owner.positionId, ownerAgencyId: owner.agencyId, committeeId: committee.id, status: "open", createdAt: new Date(Date.now() + 40 * 86_400_000) },
      ],
    });
    const id = meetingIdFrom(await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(20) })));
    const item = await prisma.agendaItem.findFirstOrThrow({ where: { meetingId: id, kind: "matters_arising" }, select: { id: true } });
    await prisma.decision.create({ data: { committeeId: committee.id, meetingId: id, agendaItemId: item.id, year: 2030, serial: 1, title: "Data call approved", text: "…", decidedOn: new Date() } });
    const page = await meetingLoader({ request: getRequest(`/meetings/${id}`, cookie), params: { meetingId: id }, context });
    expect(page.arising.actions.map((a) => a.title)).toEqual(["Send the data call"]);
    expect(page.agenda.find((i) => i.id === item.id)?.decisions.map((d) => d.title)).toEqual(["Data call approved"]);
    expect(page.canDecide).toBe(true);
  });
});

describe("calendars", () => {
  it("places meetings on their venue-local date in the month view and hides what the reader may not see", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const { committee } = await committeeWithMembers();
    // 00:30 on 1 March in Tokyo is still 28 February in UTC.
    await prisma.meeting.createMany({
      data: [
        { committeeId: committee.id, title: "Tokyo early", startsAt: new Date("2032-02-29T15:30:00Z"), endsAt: new Date("2032-02-29T16:30:00Z"), timeZone: "Asia/Tokyo" },
        { committeeId: committee.id, title: "Hidden", confidentiality: "confidential", startsAt: new Date("2032-03-10T09:00:00Z"), endsAt: new Date("2032-03-10T10:00:00Z"), timeZone: "UTC" },
      ],
    });
    const month = await monthLoader({ request: getRequest(`/meetings/calendar?month=2032-03&committeeId=${committee.id}`, cookie), params: {}, context });
    expect(month.byDay["2032-03-01"]?.map((m) => [m.title, m.time])).toEqual([["Tokyo early", "00:30"]]);
    expect(month.count).toBe(1);
  });

  it("lists 'my meetings' through the person and through the posts they hold", async () => {
    const secretary = await createUser("secretary");
    const { committee, members } = await committeeWithMembers();
    const holder = await createUser("viewer", { agencyId: members[1]!.agencyId });
    await prisma.assignment.create({ data: { positionId: members[1]!.positionId, personId: holder.personId, startDate: new Date(Date.now() - 86_400_000) } });
    const id = meetingIdFrom(await schedule(await sessionCookie(secretary.id), meetingForm(committee.id, { date: dayFromNow(10) })));
    const mine = await mineLoader({ request: getRequest("/meetings/mine", await sessionCookie(holder.id)), params: {}, context });
    expect(mine.rows.map((r) => r.id)).toContain(id);
    const stranger = await createUser("viewer");
    const theirs = await mineLoader({ request: getRequest("/meetings/mine", await sessionCookie(stranger.id)), params: {}, context });
    expect(theirs.rows.map((r) => r.id)).not.toContain(id);
  });
});
