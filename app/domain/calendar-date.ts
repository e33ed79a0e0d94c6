// Calendar days as Relais stores and sends them. A date input sends "YYYY-MM-DD"; a date-only value
// (a due date, the day a decision was taken) is stored as UTC midnight, so it reads as the same
// calendar day in every time zone. The field builders of app/schemas/dates.ts are built on these.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The one range every date a person types must fall in (issue 8 §2: the year 0000 reached the
 * database). Nothing in Relais predates the United Nations, and nothing is planned past 2100. */
export const DATE_RANGE = { firstYear: 1945, lastYear: 2100 } as const;

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

/** "2026-05-29": the UTC calendar day of a value (the form value of a date-only field; "" for none). */
export function toIsoDate(value: Date | string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "" : new Date(value).toISOString().slice(0, 10);
}

/** For a real "YYYY-MM-DD" date: whether its year lies in DATE_RANGE. */
export function isWithinDateRange(value: string): boolean {
  const year = Number(value.trim().slice(0, 4));
  return Number.isInteger(year) && year >= DATE_RANGE.firstYear && year <= DATE_RANGE.lastYear;
}
