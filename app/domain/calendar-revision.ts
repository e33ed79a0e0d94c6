// RFC 5545 §3.8.7.4: SEQUENCE counts the revisions a calendar user would notice. A save that changes
// nothing a calendar shows (the chair, the notes) must not make every subscriber's calendar think
// the meeting moved, so only the fields that end up in the VEVENT count.

import { isCalledOff } from "./vocabulary";

/** The VEVENT STATUS a meeting status is published as. */
export function calendarStatus(status: string): "TENTATIVE" | "CONFIRMED" | "CANCELLED" {
  if (status === "confirmed" || status === "held") return "CONFIRMED";
  if (isCalledOff(status)) return "CANCELLED";
  return "TENTATIVE";
}

/** When and where a meeting takes place, as stored: UTC instants, the venue's zone, its place. */
export type MeetingTimePlace = {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  room: string | null;
  onlineUrl: string | null;
};

/** What a published event shows. */
export type CalendarFields = MeetingTimePlace & { title: string; status: string };

/** True when the published event differs: then, and only then, SEQUENCE goes up. */
export function calendarChanged(before: CalendarFields, after: Partial<CalendarFields>): boolean {
  const next = { ...before, ...after };
  return (
    before.title !== next.title ||
    before.startsAt.getTime() !== next.startsAt.getTime() ||
    before.endsAt.getTime() !== next.endsAt.getTime() ||
    before.timeZone !== next.timeZone ||
    eventLocation(before.venue, before.room) !== eventLocation(next.venue, next.room) ||
    (before.onlineUrl ?? null) !== (next.onlineUrl ?? null) ||
    calendarStatus(before.status) !== calendarStatus(next.status)
  );
}

/**
 * LOCATION: the venue, then the room unless the venue already names it ("Hofburg, Neuer Saal" with
 * room "Neuer Saal" stays as it is).
 */
export function eventLocation(venue: string | null, room: string | null): string | null {
  const v = venue?.trim() || null;
  const r = room?.trim() || null;
  if (!v) return r;
  if (!r || v.toLocaleLowerCase().includes(r.toLocaleLowerCase())) return v;
  return `${v}, ${r}`;
}
