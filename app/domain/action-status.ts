// How an action's status may change. Every change is appended to its history with a note; some
// changes need the note to say why, because the next holder of the post will only have the note.
import type { ActionStatus } from "./vocabulary";

const CLOSED: readonly string[] = ["done", "cancelled"];

/** The status choices of the action list: "active" (open or in progress) is the default. */
export const ACTION_STATUS_FILTERS = ["active", "all", "open", "in_progress", "done", "cancelled"] as const;
export type ActionStatusFilter = (typeof ACTION_STATUS_FILTERS)[number];

/** The message key of what is wrong with this update, or null when it may be recorded. */
export function statusChangeProblem(from: string, to: ActionStatus, note: string | null): string | null {
  const hasNote = Boolean(note?.trim());
  if (from === to && !hasNote) return "error.action.nothingChanged";
  if (to === "cancelled" && from !== "cancelled" && !hasNote) return "error.action.noteToCancel";
  if (CLOSED.includes(from) && !CLOSED.includes(to) && !hasNote) return "error.action.noteToReopen";
  return null;
}

/** When the action was completed after the change: kept if it stays done, set now if it becomes done. */
export function completedAtAfter(from: string, to: ActionStatus, previous: Date | null, now: Date): Date | null {
  if (to !== "done") return null;
  return from === "done" && previous ? previous : now;
}

/** Progress of a decision's follow-up: done over the actions still expected (cancelled ones are not). */
export function followUpProgress(actions: readonly { status: string; count?: number }[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const a of actions) {
    const n = a.count ?? 1;
    if (a.status === "cancelled") continue;
    total += n;
    if (a.status === "done") done += n;
  }
  return { done, total };
}
