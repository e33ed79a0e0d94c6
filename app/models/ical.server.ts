// iCalendar (RFC 5545) for one meeting or a feed of meetings, written by ical-generator. Each meeting
// is its own VEVENT with the meeting's stable UID and its SEQUENCE (bumped on every change); times
// carry the venue's TZID with a VTIMEZONE; cancelled or postponed meetings stay in the calendar as
// STATUS:CANCELLED so subscribed calendars drop them.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { eventLocation } from "~/domain/calendar-revision";

export type IcalMeeting = {
  id: string;
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  room: string | null;
  onlineUrl: string | null;
  status: string;
  icalSequence: number;
  createdAt: Date;
  updatedAt: Date;
  committee: { name: string };
  postponedTo?: { startsAt: Date; timeZone: string } | null;
};

const STATUS: Record<string, ICalEventStatus> = {
  planned: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.CANCELLED,
  cancelled: ICalEventStatus.CANCELLED,
};

// VTIMEZONE components by zone name (read from the package's files once).
const vtimezones = new Map<string, string | null>();
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) vtimezones.set(zone, getVtimezoneComponent(zone));
  return vtimezones.get(zone) ?? null;
}

export function icalStatus(status: string): ICalEventStatus {
  return STATUS[status] ?? ICalEventStatus.TENTATIVE;
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
    // A zone without published VTIMEZONE data is written in UTC rather than with a dangling TZID.
    const zone = m.timeZone !== "UTC" && vtimezone(m.timeZone) ? m.timeZone : null;
    const url = `${baseUrl}/meetings/${m.id}`;
    calendar.createEvent({
      id: m.uid,
      sequence: m.icalSequence,
      // luxon dates, so ical-generator writes the wall-clock time of the TZID (a plain Date would be
      // written in the server's own zone).
      start: DateTime.fromJSDate(m.startsAt, { zone: zone ?? "utc" }),
      end: DateTime.fromJSDate(m.endsAt, { zone: zone ?? "utc" }),
      timezone: zone,
      stamp: m.updatedAt,
      created: m.createdAt,
      lastModified: m.updatedAt,
      summary: m.title,
      location: eventLocation(m.venue, m.room),
      description: description(m, url),
      url,
      status: icalStatus(m.status),
    });
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
