// Date, time and time-zone fields: the one set of builders every schema uses. Messages are catalogue
// keys; a date that is not one is always "error.calendarDay", one out of range DATE_RANGE_ERROR.
// - requiredDate/optionalDate: a date-only value ("YYYY-MM-DD" in, a Date at UTC midnight out).
// - requiredWallDate/optionalWallDate, requiredTime, timeZoneField: the venue's (or reader's) local
//   date, time and zone, kept as text; the server joins them into an instant (domain/wall-clock.ts).
import { z } from "zod";
import { isWithinDateRange, parseIsoDate } from "~/domain/calendar-date";
import { resolveTimeZone } from "~/domain/time-zones";

export const DATE_RANGE_ERROR = "date.error.range";
const NOT_A_DATE = "error.calendarDay";
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const isDate = (v: string) => parseIsoDate(v) !== null;
const inRange = (v: string) => !isDate(v) || isWithinDateRange(v);

function requiredDateText() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .refine(isDate, NOT_A_DATE)
    .refine(inRange, DATE_RANGE_ERROR);
}

function optionalDateText() {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isDate(v), NOT_A_DATE)
    .refine((v) => !v || inRange(v), DATE_RANGE_ERROR);
}

/** A date-only value, stored as UTC midnight. */
export function requiredDate() {
  return requiredDateText().transform((v) => parseIsoDate(v) ?? new Date(Number.NaN));
}

/** A date-only value that may be left empty; empty becomes null. */
export function optionalDate() {
  return optionalDateText().transform((v) => (v ? parseIsoDate(v) : null));
}

/** A local date kept as text ("2026-03-04"), to be joined with a time in a zone on the server. */
export function requiredWallDate() {
  return requiredDateText();
}

/** A local date kept as text that may be left empty; empty becomes null. */
export function optionalWallDate() {
  return optionalDateText().transform((v) => (v ? v : null));
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
