import { describe, expect, it } from "vitest";
import { reminderDue, reminderPoints, reminderWindow } from "./milestone-reminders";
import { toIsoDate } from "./calendar-date";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("milestone reminder schedule", () => {
  const due = day("2026-03-17");
  it("reminds 14, 7 and 1 days before, then daily for a week once overdue", () => {
    expect(reminderPoints(due).map((p) => [p.key, toIsoDate(p.on)])).toEqual([
      ["before-14", "2026-03-03"],
      ["before-7", "2026-03-10"],
      ["before-1", "2026-03-16"],
      ["overdue-1", "2026-03-18"],
      ["overdue-2", "2026-03-19"],
      ["overdue-3", "2026-03-20"],
      ["overdue-4", "2026-03-21"],
      ["overdue-5", "2026-03-22"],
      ["overdue-6", "2026-03-23"],
      ["overdue-7", "2026-03-24"],
    ]);
  });
  it("answers the reminder of the day with what the message says", () => {
    expect(reminderDue(due, day("2026-03-03"))).toEqual({ key: "before-14", kind: "before", days: 14 });
    expect(reminderDue(due, day("2026-03-16"))).toEqual({ key: "before-1", kind: "before", days: 1 });
    expect(reminderDue(due, day("2026-03-17"))).toBeNull();
    expect(reminderDue(due, day("2026-03-20"))).toEqual({ key: "overdue-3", kind: "overdue", days: 3 });
    expect(reminderDue(due, day("2026-03-01"))).toBeNull();
  });
  it("still sends a point missed while the server was down, briefly, under the same key", () => {
    expect(reminderDue(due, day("2026-03-05"))).toEqual({ key: "before-14", kind: "before", days: 12 });
    expect(reminderDue(due, day("2026-03-06"))).toBeNull();
    expect(reminderDue(due, day("2026-03-26"))).toEqual({ key: "overdue-7", kind: "overdue", days: 9 });
    expect(reminderDue(due, day("2026-03-27"))).toBeNull();
  });
  it("bounds the due dates worth looking at", () => {
    const w = reminderWindow(day("2026-03-20"));
    expect([w.from, w.to].map(toIsoDate)).toEqual(["2026-03-11", "2026-04-03"]);
  });
});
