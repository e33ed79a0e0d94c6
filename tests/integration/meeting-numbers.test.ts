// Meetings are numbered in the order they are held (provisional until then), the body's own number
// can be recorded and is unique, a meeting is held on its day or later, and "matters arising" lists
// only earlier meetings' actions. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as meetingLoader } from "../../app/routes/meetings.$meetingId._index";
import { action as editAction } from "../../app/routes/meetings.$meetingId.edit";
import { action as statusAction } from "../../app/routes/meetings.$meetingId.status";
import { action as newAction } from "../../app/routes/meetings.new";
import { createUser, getRequest, postRequest, sessionCookie } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf } from "../support/form-results";
import { committeeWithMembers, dayFromNow, meetingForm } from "../support/meeting-fixtures";
import { createActionRow } from "../support/work-fixtures";

const context = {};

async function schedule(cookie: string, fields: Record<string, string>) {
  const result = await newAction({ request: postRequest("/meetings/new", { acknowledgeConflicts: "on", ...fields }, cookie), params: {}, context });
  const location = locationOf(result);
  if (!location) throw new Error(`not scheduled: ${JSON.stringify(payloadOf(result))}`);
  return location.replace("/meetings/", "");
}

async function numbers(committeeId: string) {
  const rows = await prisma.meeting.findMany({ where: { committeeId }, orderBy: { startsAt: "asc" }, select: { id: true, sequence: true, numberFixed: true, title: true } });
  return rows;
}

describe("meeting numbers", () => {
  it("gives a meeting inserted before the next one its number and moves the later ones up, titles included", async () => {
    const cookie = await sessionCookie((await createUser("secretary")).id);
    const { committee } = await committeeWithMembers();
    const eighth = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(40) }));
    const ninth = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(80) }));
    const inserted = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(20) }));
    const rows = await numbers(committee.id);
    expect(rows.map((r) => r.id)).toEqual([inserted, eighth, ninth]);
    expect(rows.map((r) => r.sequence)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.title)).toEqual([1, 2, 3].map((n) => `${n}${["", "st", "nd", "rd"][n]} meeting of the ${committee.shortName}`));
    // Cancelling a meeting to come frees its provisional number.
    await statusAction({ request: postRequest(`/meetings/${inserted}/status`, { status: "cancelled" }, cookie), params: { meetingId: inserted }, context });
    expect((await numbers(committee.id)).map((r) => r.sequence)).toEqual([null, 1, 2]);
  });

  it("records the body's own number, refuses one already taken by name, and continues after the highest", async () => {
    const cookie = await sessionCookie((await createUser("secretary")).id);
    const { committee } = await committeeWithMembers();
    const past = await schedule(cookie, meetingForm(committee.id, { title: "877th plenary meeting", date: "2018-02-21", officialNumber: "877" }));
    const next = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(10) }));
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: past }, select: { sequence: true, numberFixed: true } })).toEqual({ sequence: 877, numberFixed: true });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: next }, select: { sequence: true } })).sequence).toBe(878);

    const before = await prisma.meeting.count({ where: { committeeId: committee.id } });
    const clash = await newAction({ request: postRequest("/meetings/new", meetingForm(committee.id, { title: "Again", date: "2018-02-28", officialNumber: "877", venue: "Hofburg" }), cookie), params: {}, context });
    expect(statusOf(clash)).toBe(400);
    expect(fieldErrorsOf(clash).officialNumber).toEqual(["Another meeting of this committee already has this number: 877th plenary meeting."]);
    expect(payloadOf(clash).values).toMatchObject({ title: "Again", venue: "Hofburg", officialNumber: "877" });
    expect(await prisma.meeting.count({ where: { committeeId: committee.id } })).toBe(before);

    // Fixing the number of the next meeting on its edit form.
    const edited = await editAction({ request: postRequest(`/meetings/${next}/edit`, meetingForm(committee.id, { date: dayFromNow(10), officialNumber: "900", acknowledgeConflicts: "on" }), cookie), params: { meetingId: next }, context });
    expect(locationOf(edited)).toBe(`/meetings/${next}`);
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: next }, select: { sequence: true, numberFixed: true } })).toEqual({ sequence: 900, numberFixed: true });
    const later = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(50) }));
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: later }, select: { sequence: true } })).sequence).toBe(901);
  });

  it("refuses an official number on a series", async () => {
    const cookie = await sessionCookie((await createUser("secretary")).id);
    const { committee } = await committeeWithMembers();
    const result = await newAction({
      request: postRequest("/meetings/new", meetingForm(committee.id, { repeat: "series", pattern: "weekly", interval: "1", endKind: "count", count: "3", officialNumber: "12" }), cookie),
      params: {},
      context,
    });
    expect(fieldErrorsOf(result).officialNumber).toEqual(["meeting.error.officialNumberSeries"]);
  });
});

describe("holding a meeting", () => {
  it("refuses to mark a meeting in the future as held, and fixes the number of one held today", async () => {
    const cookie = await sessionCookie((await createUser("secretary")).id);
    const { committee } = await committeeWithMembers({ timeZone: "UTC" });
    const future = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(3), timeZone: "UTC" }));
    const refused = await statusAction({ request: postRequest(`/meetings/${future}/status`, { status: "held" }, cookie), params: { meetingId: future }, context });
    expect(statusOf(refused)).toBe(400);
    expect(fieldErrorsOf(refused).status).toEqual(["meeting.error.heldInFuture"]);
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: future }, select: { status: true } })).status).toBe("planned");

    const today = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(0), startTime: "00:00", endTime: "00:30", timeZone: "UTC" }));
    const held = await statusAction({ request: postRequest(`/meetings/${today}/status`, { status: "held" }, cookie), params: { meetingId: today }, context });
    expect(statusOf(held)).toBe(302);
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: today }, select: { status: true, numberFixed: true, sequence: true } })).toEqual({ status: "held", numberFixed: true, sequence: 1 });
  });

  it("lists under matters arising the actions of earlier meetings, not those of this meeting", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee, members } = await committeeWithMembers();
    const earlier = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(5) }));
    const meeting = await schedule(cookie, meetingForm(committee.id, { date: dayFromNow(30) }));
    const owner = { ownerPositionId: members[0]!.positionId, ownerAgencyId: members[0]!.agencyId, committeeId: committee.id };
    const fromEarlier = await createActionRow({ ...owner, meetingId: earlier, title: "Circulate the draft report" });
    await createActionRow({ ...owner, meetingId: meeting, title: "Decided at this very meeting" });
    const page = await meetingLoader({ request: getRequest(`/meetings/${meeting}`, cookie), params: { meetingId: meeting }, context });
    expect(page.arising.actions.map((a) => a.id)).toEqual([fromEarlier.id]);
  });
});

describe("official decision numbers", () => {
  it("records the body's own number, refuses a taken one without writing, and numbers the next after the highest", async () => {
    const { action: newDecision } = await import("../../app/routes/decisions.new");
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const committee = await prisma.committee.create({ data: { name: "Forum", kind: "standing", decisionPrefix: "FSC.DEC", secretariatAgencyId: secretary.agencyId }, select: { id: true } });
    const post = (extra: Record<string, string>) =>
      newDecision({
        request: postRequest("/decisions/new", { committeeId: committee.id, title: "Decision", text: "The Forum decided.", decidedOn: "2018-02-21", adoption: "consensus", status: "adopted", confidentiality: "internal", ...extra }, cookie),
        params: {},
        context,
      });
    expect(statusOf(await post({ officialSerial: "7", title: "Seventh" }))).toBe(302);
    const taken = await post({ officialSerial: "7", title: "Again" });
    expect(statusOf(taken)).toBe(400);
    expect(fieldErrorsOf(taken).officialSerial).toEqual(["error.decision.serialTaken"]);
    expect(payloadOf(taken).values).toMatchObject({ title: "Again", officialSerial: "7" });
    expect(statusOf(await post({ officialSerial: "0" }))).toBe(400);
    expect(statusOf(await post({ title: "Next" }))).toBe(302);
    const rows = await prisma.decision.findMany({ where: { committeeId: committee.id }, orderBy: { serial: "asc" }, select: { title: true, serial: true, year: true } });
    expect(rows).toEqual([
      { title: "Seventh", serial: 7, year: 2018 },
      { title: "Next", serial: 8, year: 2018 },
    ]);
  });
});
