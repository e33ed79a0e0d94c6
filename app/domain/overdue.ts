// When an action is late or about to be. Due dates are date-only (UTC midnight); "today" is the
// reader's calendar day in their time zone, so a Monday deadline is overdue on Tuesday where they are.
import { DateTime } from "luxon";
import type { ActionStatus } from "./vocabulary";

/** Statuses that still need work; done and cancelled actions are never late. */
export const ACTIVE_ACTION_STATUSES = ["open", "in_progress"] as const satisfies readonly ActionStatus[];

export function isActive(status: string): boolean {
  return (ACTIVE_ACTION_STATUSES as readonly string[]).includes(status);
}

export const DUE_SOON_DAYS = 7;

/** The calendar day of an instant in a zone, as a date-only value (UTC midnight). */
export function dayOf(instant: Date | string, timeZone: string): Date {
  const local = DateTime.fromJSDate(new Date(instant), { zone: timeZone });
  const day = local.isValid ? local : DateTime.fromJSDate(new Date(instant), { zone: "utc" });
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** The reader's current calendar day. */
export function todayIn(now: Date, timeZone: string): Date {
  return dayOf(now, timeZone);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export type DueFlag = "overdue" | "due_soon";

export function dueFlag(
  action: { status: string; dueDate: Date | string | null },
  now: Date,
  timeZone: string,
): DueFlag | null {
  if (!isActive(action.status) || action.dueDate === null) return null;
  const due = new Date(action.dueDate);
  const today = todayIn(now, timeZone);
  if (due < today) return "overdue";
  if (due <= addDays(today, DUE_SOON_DAYS)) return "due_soon";
  return null;
}

export const DUE_WINDOWS = ["overdue", "week", "month", "later", "none"] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

/**
 * The due-date condition of a list filter: "overdue" = before today; "week"/"month" = from today to
 * 7/30 days ahead; "later" = after that month; "none" = no due date at all.
 */
export function dueWindowRange(window: DueWindow, now: Date, timeZone: string): { gte?: Date; lt?: Date } | null {
  const today = todayIn(now, timeZone);
  switch (window) {
    case "overdue":
      return { lt: today };
    case "week":
      return { gte: today, lt: addDays(today, DUE_SOON_DAYS + 1) };
    case "month":
      return { gte: today, lt: addDays(today, 31) };
    case "later":
      return { gte: addDays(today, 31) };
    case "none":
      return null;
  }
}
