// Time helpers for the demo data. Everything relative is computed from one `now`, so the demo always
// has past and upcoming meetings, overdue actions and a next reporting deadline.
import { DateTime, type WeekdayNumbers } from "luxon";
import type { Prisma } from "@prisma/client";
import { wallToUtc } from "../../app/domain/wall-clock";

export type Tx = Prisma.TransactionClient;

/** Lindora's capital keeps West Africa Time all year (UTC+1, no daylight saving). */
export const CAPITAL_ZONE = "Africa/Lagos";
export const CAPITAL = "Port-Lindo";

/** A venue-local wall-clock time ("2018-02-21T10:00") as a UTC instant. */
export function wall(isoLocal: string, zone: string): Date {
  const [date = "", time = ""] = isoLocal.split("T");
  return wallToUtc(date, time, zone);
}

/** A date-only value, stored as UTC midnight. */
export function day(isoDate: string): Date {
  const dt = DateTime.fromISO(isoDate, { zone: "utc" });
  if (!dt.isValid) throw new Error(`Invalid date ${isoDate}`);
  return dt.startOf("day").toJSDate();
}

export type Clock = ReturnType<typeof makeClock>;

export function makeClock(now: Date) {
  const utc = DateTime.fromJSDate(now, { zone: "utc" });
  return {
    now,
    year: utc.year,
    /** UTC midnight, `days` from today. */
    day(days: number): Date {
      return utc.plus({ days }).startOf("day").toJSDate();
    },
    /** An instant `days` (may be fractional) from now. */
    at(days: number): Date {
      return utc.plus({ days }).toJSDate();
    },
    /**
     * A local wall-clock time on the given ISO weekday (1 = Monday) of the week `days` from now, in
     * `zone`. Returns the start instant and the local date (for symbols and titles).
     */
    slot(days: number, weekday: WeekdayNumbers, time: string, zone: string) {
      const [hour = 0, minute = 0] = time.split(":").map(Number);
      const local = DateTime.fromJSDate(now, { zone })
        .plus({ days })
        .set({ weekday })
        .set({ hour, minute, second: 0, millisecond: 0 });
      return { start: local.toJSDate(), local };
    },
  };
}

export function plusMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function plusDays(date: Date, days: number): Date {
  return DateTime.fromJSDate(date, { zone: "utc" }).plus({ days }).toJSDate();
}

/** Build a typed lookup from seeded rows; throws on a missing key so typos fail loudly. */
export function lookup<K extends string, V>(entries: Iterable<readonly [K, V]>): (key: K) => V {
  const map = new Map<K, V>(entries);
  return (key) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Seed reference not found: ${key}`);
    return value;
  };
}

/**
 * The calendar year whose ATT annual report (and UN Register return) is next due on 31 May of the
 * following year: until 31 May the previous year's report is still due, afterwards this year's.
 */
export function nextAnnualReportYear(now: Date): number {
  const utc = DateTime.fromJSDate(now, { zone: "utc" });
  const dueThisYear = DateTime.utc(utc.year, 5, 31).endOf("day");
  return utc <= dueThisYear ? utc.year - 1 : utc.year;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffixes = ["th", "st", "nd", "rd"];
  return `${n}${suffixes[n % 10] ?? "th"}`;
}

export function formatLocal(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale("en-GB").toFormat("cccc d LLLL yyyy 'at' HH:mm");
}

/** The venue-local calendar date of an instant, stored as UTC midnight (a date-only value). */
export function localDate(date: Date, zone: string): Date {
  const local = DateTime.fromJSDate(date, { zone });
  return DateTime.utc(local.year, local.month, local.day).toJSDate();
}
