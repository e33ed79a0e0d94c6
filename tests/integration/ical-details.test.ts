// RFC 5545 details a subscribed calendar cares about: every line ends in CRLF (the last one too),
// a feed always holds a component, SEQUENCE moves only when the published event changes, and the
// room is not repeated when the venue already names it. Read back with ical.js.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as feedsAction } from "../../app/routes/calendar.feeds";
import { loader as feedLoader } from "../../app/routes/feeds.$token";
import { action as editAction } from "../../app/routes/meetings.$meetingId.edit";
import { loader as icsLoader } from "../../app/routes/meetings.$meetingId.ics";
import { action as newAction } from "../../app/routes/meetings.new";
import { createUser, getRequest, postRequest, sessionCookie } from "../support/fixtures";
import { locationOf, payloadOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";

const context = {};

async function schedule(cookie: string, fields: Record<string, string>) {
  const location = locationOf(await newAction({ request: postRequest("/meetings/new", fields, cookie), params: {}, context }));
  if (!location) throw new Error("not scheduled");
  return location.replace("/meetings/", "");
}

async function icsOf(id: string, cookie: string) {
  const response = await icsLoader({ request: getRequest(`/meetings/${id}/ics`, cookie), params: { meetingId: id }, context });
  return response.text();
}

function vevent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT");
  return { sequence: event.getFirstPropertyValue("sequence"), location: event.getFirstPropertyValue("location") };
}

describe("iCalendar details", () => {
  it("ends every line with CRLF, the last one after END:VCALENDAR included", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = await schedule(cookie, meetingForm(committee.id));
    const text = await icsOf(id, cookie);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps SEQUENCE when a save changes nothing a calendar shows, and raises it when the time changes", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const fields = meetingForm(committee.id, { title: "Plenary", venue: "Hofburg", room: "Neuer Saal" });
    const id = await schedule(cookie, fields);
    const edit = async (changes: Record<string, string>) => {
      const result = await editAction({ request: postRequest(`/meetings/${id}/edit`, { ...fields, ...changes, acknowledgeConflicts: "on" }, cookie), params: { meetingId: id }, context });
      expect(locationOf(result)).toBe(`/meetings/${id}`);
    };
    expect(vevent(await icsOf(id, cookie)).sequence).toBe(0);
    await edit({});
    await edit({ chairLabel: "Ambassador of Lindora" });
    expect(vevent(await icsOf(id, cookie)).sequence).toBe(0);
    await edit({ chairLabel: "Ambassador of Lindora", startTime: "11:00", endTime: "13:00" });
    expect(vevent(await icsOf(id, cookie)).sequence).toBe(1);
  });

  it("does not repeat the room in LOCATION when the venue already names it", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const named = await schedule(cookie, meetingForm(committee.id, { venue: "Hofburg, Neuer Saal", room: "Neuer Saal" }));
    const separate = await schedule(cookie, meetingForm(committee.id, { venue: "Palais des Nations", room: "Room XVIII", date: "2031-03-04" }));
    expect(vevent(await icsOf(named, cookie)).location).toBe("Hofburg, Neuer Saal");
    expect(vevent(await icsOf(separate, cookie)).location).toBe("Palais des Nations, Room XVIII");
  });

  it("gives an empty feed a component, so it is still a valid calendar", async () => {
    const { committee } = await committeeWithMembers();
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const created = await feedsAction({ request: postRequest("/calendar/feeds", { intent: "create", label: "", scope: "committee", committeeId: committee.id }, cookie), params: {}, context });
    const path = String(payloadOf(created).url).replace("http://localhost", "");
    const response = await feedLoader({ request: getRequest(path), params: { token: path.replace("/feeds/", "") }, context });
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
    expect(calendar.getAllSubcomponents().length).toBeGreaterThan(0);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(await prisma.meeting.count({ where: { committeeId: committee.id } })).toBe(0);
  });
});
