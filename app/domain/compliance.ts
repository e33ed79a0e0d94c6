// Whether a State reported on time, as the WGTR's reporting status shows it: for each cycle, on
// time, late (with the days late, kept for ever), missing (due and not submitted) or upcoming.
import { daysBetween } from "./due-rules";

export const COMPLIANCE_STATUSES = ["on_time", "late", "missing", "upcoming", "waived"] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export type Compliance = { status: ComplianceStatus; daysLate: number | null };

/** Due dates are date-only: a report submitted on the due day is on time. */
export function complianceOf(cycle: { dueDate: Date; submittedOn: Date | null; status: string }, today: Date): Compliance {
  if (cycle.submittedOn) {
    const late = daysBetween(cycle.dueDate, cycle.submittedOn);
    return late > 0 ? { status: "late", daysLate: late } : { status: "on_time", daysLate: null };
  }
  if (cycle.status === "waived") return { status: "waived", daysLate: null };
  if (cycle.dueDate < today) return { status: "missing", daysLate: daysBetween(cycle.dueDate, today) };
  return { status: "upcoming", daysLate: null };
}

/** The stored status a deadline takes when a submission is recorded. */
export function submittedStatus(dueDate: Date, submittedOn: Date): "submitted" | "late" {
  return daysBetween(dueDate, submittedOn) > 0 ? "late" : "submitted";
}
