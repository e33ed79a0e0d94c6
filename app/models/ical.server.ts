// iCalendar (RFC 5545) for one meeting or a feed of meetings, written by ical-generator. Each meeting
// is its own VEVENT with the meeting's stable UID and its SEQUENCE (bumped on every change); times
// carry the venue's TZID with a VTIMEZONE; cancelled or postponed meetings stay in the calendar as
// STATUS:CANCELLED so subscribed calendars drop them.
import type { Prisma } from "@prisma/client";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { calendarStatus, eventLocation, type CalendarFields } from "~/domain/calendar-revision";

/** When and where a meeting is: the columns its forms set, its audit compares and a calendar shows. */
export const meetingTimePlaceFields = {
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  room: true,
  onlineUrl: true,
} satisfies Prisma.MeetingSelect;

/** The meeting's columns every VEVENT is written from (feeds and invitations add what they show). */
export const icalMeetingFields = { id: true, uid: true, title: true, ...meetingTimePlaceFields, status: true, icalSequence: true } satisfies Prisma.MeetingSelect;

export type IcalMeeting = CalendarFields & {
  id: string;
  uid: string;
  icalSequence: number;
  createdAt: Date;
  updatedAt: Date;
  committee: { name: string };
  postponedTo?: { startsAt: Date; timeZone: string } | null;
};

// VTIMEZONE components by zone name (read from the package's files once).
const vtimezones = new Map<string, string | null>();
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) vtimezones.set(zone, getVtimezoneComponent(zone));
  return vtimezones.get(zone) ?? null;
}

/** What a meeting's VEVENT says in a feed and in an invitation alike: UID, SEQUENCE, times, title, link. */
function eventOf(m: IcalMeeting, baseUrl: string) {
  // A zone without published VTIMEZONE data is written in UTC rather than with a dangling TZID.
  const zone = m.timeZone !== "UTC" && vtimezone(m.timeZone) ? m.timeZone : null;
  const url = `${baseUrl}/meetings/${m.id}`;
  return {
    id: m.uid,
    sequence: m.icalSequence,
    // luxon dates, so ical-generator writes the wall-clock time of the TZID (a plain Date would be
    // written in the server's own zone).
    start: DateTime.fromJSDate(m.startsAt, { zone: zone ?? "utc" }),
    end: DateTime.fromJSDate(m.endsAt, { zone: zone ?? "utc" }),
    timezone: zone,
    created: m.createdAt,
    lastModified: m.updatedAt,
    summary: m.title,
    description: description(m, url),
    url,
  };
}

/** The one meeting-status → VEVENT STATUS rule (app/domain/calendar-revision.ts), as ical-generator's enum. */
export function icalStatus(status: string): ICalEventStatus {
  return ICalEventStatus[calendarStatus(status)];
}

function description(m: IcalMeeting, url: string): string {
  const lines = [m.committee.name];
  if (m.status === "postponed" && m.postponedTo) {
    lines.push(`Postponed to ${DateTime.fromJSDate(m.postponedTo.startsAt, { zone: m.postponedTo.timeZone }).toFormat("yyyy-LL-dd HH:mm")} (${m.postponedTo.timeZone}).`);
  }
  if (m.onlineUrl) lines.push(`Online: ${m.onlineUrl}`);
  lines.push(url);
  return lines.join("\n");
}

export function meetingsCalendar({ name, meetings, baseUrl }: { name: string; meetings: readonly IcalMeeting[]; baseUrl: string }): string {
  const calendar = ical({
    name,
    prodId: { company: "Relais", product: "Meetings", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // Adds one VTIMEZONE per zone the events use.
    timezone: { name: null, generator: vtimezone },
  });
  for (const m of meetings) {
    calendar.createEvent({ ...eventOf(m, baseUrl), stamp: m.updatedAt, location: eventLocation(m.venue, m.room), status: icalStatus(m.status) });
  }
  return finishCalendar(calendar.toString(), meetings.length === 0);
}

/**
 * RFC 5545 wants at least one component in a VCALENDAR and every line, the last included, ended by
 * CRLF. An empty feed (a committee with nothing scheduled yet) gets the UTC VTIMEZONE, which is a
 * component and means nothing to a calendar.
 */
export function finishCalendar(text: string, empty: boolean): string {
  let body = text.endsWith("\r\n") ? text : `${text}\r\n`;
  if (empty && !/^BEGIN:(VEVENT|VTODO|VJOURNAL|VFREEBUSY|VTIMEZONE)\r$/m.test(body)) {
    body = body.replace(/END:VCALENDAR\r\n$/, `${UTC_VTIMEZONE}END:VCALENDAR\r\n`);
  }
  return body;
}

const UTC_VTIMEZONE = ["BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:UTC", "END:STANDARD", "END:VTIMEZONE", ""].join("\r\n");

export type InvitationMethod = "REQUEST" | "CANCEL";
export type CalendarPerson = { email: string; name: string | null };

/**
 * The iTIP message (RFC 5546) of an invitation: METHOD:REQUEST with one ATTENDEE per invited person
 * who has an address, or METHOD:CANCEL. Same UID as the meeting's feeds; SEQUENCE is the meeting's,
 * so a calendar replaces the earlier version.
 */
export function meetingInvitation({
  meeting: m,
  method,
  organizer,
  attendees,
  baseUrl,
}: {
  meeting: IcalMeeting;
  method: InvitationMethod;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
  baseUrl: string;
}): string {
  const calendar = ical({
    prodId: { company: "Relais", product: "Meetings", language: "EN" },
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: vtimezone },
  });
  calendar.createEvent({
    ...eventOf(m, baseUrl),
    stamp: new Date(),
    location: [m.venue, m.room].filter(Boolean).join(", ") || null,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : icalStatus(m.status),
    organizer: { name: organizer.name ?? organizer.email, email: organizer.email },
    attendees: attendees.map((a) => ({
      email: a.email,
      name: a.name,
      rsvp: method === "REQUEST",
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return finishCalendar(calendar.toString(), false);
}

export function icsResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Feeds are personal (a secret URL) and change: calendars poll, nothing should keep a copy.
      "Cache-Control": "private, no-store",
    },
  });
}
