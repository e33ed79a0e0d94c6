// The choices of the series form. Kept apart from recurrence.ts so the browser form does not load
// the rrule and luxon libraries.
export const RECURRENCE_PATTERNS = ["weekly", "monthly_nth_weekday", "monthly_last_weekday", "custom"] as const;
export type RecurrencePattern = (typeof RECURRENCE_PATTERNS)[number];

export const MAX_OCCURRENCES = 104;
