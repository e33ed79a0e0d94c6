// When a milestone's owner post is reminded: 14, 7 and 1 days before, then every day for a week once
// it is overdue. Each reminder point has its own key, so running the timer twice sends nothing twice;
// a point missed while the server was down is still sent for a short grace period.
import { addDays, daysBetween } from "./due-rules";

export const REMINDER_DAYS_BEFORE = [14, 7, 1] as const;
export const OVERDUE_REMINDER_DAYS = 7;
/** How late a missed reminder point may still be sent. */
export const REMINDER_GRACE_DAYS = 2;

export type ReminderPoint = { key: string; on: Date; kind: "before" | "overdue"; days: number };

export function reminderPoints(due: Date): ReminderPoint[] {
  return [
    ...REMINDER_DAYS_BEFORE.map((days) => ({ key: `before-${days}`, on: addDays(due, -days), kind: "before" as const, days })),
    ...Array.from({ length: OVERDUE_REMINDER_DAYS }, (_, i) => ({ key: `overdue-${i + 1}`, on: addDays(due, i + 1), kind: "overdue" as const, days: i + 1 })),
  ];
}

/**
 * The reminder to send today for a pending milestone, if any: the latest point on or before today,
 * within the grace period. `days` is what the message says: days left, or days overdue, as of today.
 */
export function reminderDue(due: Date, today: Date): { key: string; kind: "before" | "overdue"; days: number } | null {
  const point = reminderPoints(due)
    .filter((p) => p.on <= today && daysBetween(p.on, today) <= REMINDER_GRACE_DAYS)
    .at(-1);
  if (!point) return null;
  const left = daysBetween(today, due);
  if (point.kind === "before" && left <= 0) return null;
  return { key: point.key, kind: point.kind, days: point.kind === "before" ? left : -left };
}

/** The earliest due date whose milestones may need a reminder today (for an index-backed query). */
export function reminderWindow(today: Date): { from: Date; to: Date } {
  return { from: addDays(today, -(OVERDUE_REMINDER_DAYS + REMINDER_GRACE_DAYS)), to: addDays(today, Math.max(...REMINDER_DAYS_BEFORE)) };
}
