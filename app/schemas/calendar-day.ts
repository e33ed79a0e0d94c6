// Date-only fields (a due date, the day a decision was taken). A date input sends "YYYY-MM-DD"; the
// value is stored as UTC midnight, so it reads as the same calendar day in every time zone.
import { z } from "zod";
import { DATE_RANGE_ERROR, isWithinDateRange } from "./date-range";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function toDay(value: string): Date | null {
  if (!ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  // Rejects 2026-02-31, which Date would roll over to March.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export function requiredDay() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .refine((v) => toDay(v) !== null, "error.calendarDay")
    .refine((v) => toDay(v) === null || isWithinDateRange(v), DATE_RANGE_ERROR)
    .transform((v) => toDay(v) ?? new Date(Number.NaN));
}

export function optionalDay() {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || toDay(v) !== null, "error.calendarDay")
    .refine((v) => !v || toDay(v) === null || isWithinDateRange(v), DATE_RANGE_ERROR)
    .transform((v) => (v ? toDay(v) : null));
}

/** The form value of a stored date-only value. */
export function dayInputValue(value: Date | string | null | undefined): string {
  return value ? new Date(value).toISOString().slice(0, 10) : "";
}

/** A whole number of votes or people, typed in a text box; empty means not given. */
export function optionalCount() {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{1,6}$/.test(v), "error.wholeNumber")
    .transform((v) => (v ? Number.parseInt(v, 10) : null));
}
