// Field builders shared by every schema. Messages are catalogue keys, translated where shown, so
// the browser and the server report the same error in the reader's language.
import { z } from "zod";

/** Text that must be present (after trimming). */
export function requiredText(max = 200) {
  return z.string({ error: "error.required" }).trim().min(1, "error.required").max(max, "error.tooLong");
}

/** Text that may be left empty; empty becomes null. */
export function optionalText(max = 2000) {
  return z
    .string()
    .trim()
    .max(max, "error.tooLong")
    .optional()
    .transform((v) => (v ? v : null));
}

export function optionalEmail() {
  return z
    .string()
    .trim()
    .max(320, "error.tooLong")
    .optional()
    .refine((v) => !v || z.email().safeParse(v).success, "error.email")
    .transform((v) => (v ? v.toLowerCase() : null));
}

export function optionalUrl() {
  return z
    .string()
    .trim()
    .max(500, "error.tooLong")
    .optional()
    .refine((v) => !v || /^https?:\/\/[^\s]+$/i.test(v), "error.url")
    .transform((v) => (v ? v : null));
}

/** A reference to another record chosen in a select; "" means none. */
export function optionalId() {
  return z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null));
}

/** One of a closed list. The input is any text (what a form sends); the output is the value. */
export function choice<T extends string>(values: readonly [T, ...T[]]) {
  return z.string({ error: "error.invalidChoice" }).pipe(z.enum(values, { error: "error.invalidChoice" }));
}

/** A whole number (votes, people, a meeting's number) typed in a text or number input; empty becomes null. */
export function optionalCount({ min = 0, max = 999_999 }: { min?: number; max?: number } = {}) {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{1,9}$/.test(v), "error.wholeNumber")
    .refine((v) => !v || !/^\d{1,9}$/.test(v) || (Number(v) >= min && Number(v) <= max), "calendar.error.number")
    .transform((v) => (v ? Number(v) : null));
}

/**
 * A checkbox or a "save anyway" button: present means yes. The browser form gives a boolean; a
 * native submission sends the input's value ("on" by default, "yes" where the form names it).
 */
export function checkbox() {
  return z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "yes" || v === "true" || v === "1");
}
