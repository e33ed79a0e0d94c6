import { describe, expect, it } from "vitest";
import { completedAtAfter, followUpProgress, statusChangeProblem } from "./action-status";

describe("action status changes", () => {
  it("records a change of status, with or without a note", () => {
    expect(statusChangeProblem("open", "in_progress", null)).toBeNull();
    expect(statusChangeProblem("in_progress", "done", "Sent on 3 March.")).toBeNull();
  });

  it("records a progress note without a change of status, but not an empty update", () => {
    expect(statusChangeProblem("in_progress", "in_progress", "Draft shared.")).toBeNull();
    expect(statusChangeProblem("in_progress", "in_progress", "  ")).toBe("error.action.nothingChanged");
  });

  it("wants a reason to cancel or to reopen", () => {
    expect(statusChangeProblem("open", "cancelled", null)).toBe("error.action.noteToCancel");
    expect(statusChangeProblem("done", "open", "")).toBe("error.action.noteToReopen");
    expect(statusChangeProblem("cancelled", "in_progress", null)).toBe("error.action.noteToReopen");
    expect(statusChangeProblem("done", "open", "The Secretariat asked for a corrected version.")).toBeNull();
  });

  it("keeps the completion date while an action stays done", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const earlier = new Date("2026-02-01T09:00:00Z");
    expect(completedAtAfter("open", "done", null, now)).toEqual(now);
    expect(completedAtAfter("done", "done", earlier, now)).toEqual(earlier);
    expect(completedAtAfter("done", "open", earlier, now)).toBeNull();
  });
});

describe("follow-up progress", () => {
  it("counts done actions over those still expected; cancelled ones drop out", () => {
    expect(followUpProgress([{ status: "done" }, { status: "open" }, { status: "cancelled" }, { status: "in_progress" }])).toEqual({ done: 1, total: 3 });
    expect(followUpProgress([{ status: "done", count: 4 }, { status: "open", count: 2 }])).toEqual({ done: 4, total: 6 });
    expect(followUpProgress([])).toEqual({ done: 0, total: 0 });
  });
});
