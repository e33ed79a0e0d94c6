// Date-only fields (<input type="date">): "YYYY-MM-DD" in, UTC midnight out, as the schema stores them.
import { z } from "zod";
import { DATE_RANGE_ERROR, isWithinDateRange } from "./date-range";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as UTC midnight, or null for text that is not one (2026-02-30). */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The value of a date input for a stored date-only value. */
export function toIsoDate(value: Date | string | null | undefined): string {
  return value ? new Date(value).toISOString().slice(0, 10) : "";
}

export function requiredDate() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .refine((v) => parseIsoDate(v) !== null, "date.error.invalid")
    .refine((v) => parseIsoDate(v) === null || isWithinDateRange(v), DATE_RANGE_ERROR)
    .transform((v) => parseIsoDate(v) ?? new Date(Number.NaN));
}

export function optionalDate() {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || parseIsoDate(v) !== null, "date.error.invalid")
    .refine((v) => !v || parseIsoDate(v) === null || isWithinDateRange(v), DATE_RANGE_ERROR)
    .transform((v) => (v ? parseIsoDate(v) : null));
}

/** A checkbox: the browser form gives a boolean, a native submission "on" or nothing. */
export function checkbox() {
  return z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true" || v === "1");
}
