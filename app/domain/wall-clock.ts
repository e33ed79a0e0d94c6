// Venue-local wall-clock times and UTC instants. A meeting in Vienna at 10:00 is stored as the UTC
// instant of 10:00 Vienna time on that day, so it stays at 10:00 Vienna across daylight-saving changes.
import { DateTime } from "luxon";

/**
 * The instant of a local date ("2024-03-27") and time ("10:00") in a zone. A time that does not exist
 * (skipped by a spring-forward change) moves forward by the gap, as calendar programs do.
 */
export function wallToUtc(date: string, time: string, zone: string): Date {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!dt.isValid) throw new Error(`Invalid local time ${date}T${time} in ${zone}`);
  return dt.toJSDate();
}

/** The local date ("2024-03-27") and time ("10:00") of an instant in a zone. */
export function utcToWall(instant: Date, zone: string): { date: string; time: string } {
  const dt = DateTime.fromJSDate(instant, { zone });
  return { date: dt.toFormat("yyyy-LL-dd"), time: dt.toFormat("HH:mm") };
}

/** Minutes between two instants (end − start). */
export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/** The first and last instants of a calendar month in a zone, for month views. */
export function monthRange(year: number, month: number, zone: string): { from: Date; to: Date } {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone });
  return { from: first.toJSDate(), to: first.plus({ months: 1 }).toJSDate() };
}

/**
 * A meeting can be recorded as held once its day has come at the venue: a start later today counts
 * (the secretary records it at the opening), a start tomorrow does not.
 */
export function hasStartedByToday(startsAt: Date, zone: string, now: Date): boolean {
  return utcToWall(startsAt, zone).date <= utcToWall(now, zone).date;
}
