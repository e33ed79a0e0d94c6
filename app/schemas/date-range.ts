// The one range every date a person types must fall in (issue 8 §2: the year 0000 reached the
// database). Nothing in Relais predates the United Nations, and nothing is planned past 2100.
export const DATE_RANGE = { firstYear: 1945, lastYear: 2100 } as const;

/** For a real "YYYY-MM-DD" date: whether its year lies in DATE_RANGE. */
export function isWithinDateRange(value: string): boolean {
  const year = Number(value.trim().slice(0, 4));
  return Number.isInteger(year) && year >= DATE_RANGE.firstYear && year <= DATE_RANGE.lastYear;
}

export const DATE_RANGE_ERROR = "date.error.range";
