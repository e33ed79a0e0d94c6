// Date, time and zone fields of the committee, meeting and document forms. Values stay text
// ("2026-03-04", "10:00", "Europe/Vienna"): the server turns them into instants in the venue's zone.
import { z } from "zod";
import { resolveTimeZone } from "~/domain/time-zones";
import { DATE_RANGE_ERROR, isWithinDateRange } from "./date-range";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export function requiredDate() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .refine(isCalendarDate, "calendar.error.date")
    .refine((v) => !isCalendarDate(v) || isWithinDateRange(v), DATE_RANGE_ERROR);
}

export function optionalDate() {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isCalendarDate(v), "calendar.error.date")
    .refine((v) => !v || !isCalendarDate(v) || isWithinDateRange(v), DATE_RANGE_ERROR)
    .transform((v) => (v ? v : null));
}

export function requiredTime() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .regex(TIME, "calendar.error.time");
}

/** An IANA zone, typed or picked from the list; a venue city ("Geneva") gives its zone. */
export function timeZoneField() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .refine((v) => resolveTimeZone(v) !== null, "calendar.error.timeZone")
    .transform((v) => resolveTimeZone(v) ?? v);
}

/** A whole number typed in a text or number input; empty becomes null. */
export function optionalCount(min: number, max: number) {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), "calendar.error.number")
    .transform((v) => (v ? Number(v) : null));
}

/** A checkbox or a "save anyway" button: present means yes. */
export function flag() {
  return z
    .string()
    .optional()
    .transform((v) => v === "yes");
}

/** A date-only value as stored: UTC midnight. */
export function dateOnly(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}
