import { describe, expect, it } from "vitest";
import { dueFlag, dueWindowRange, isActive, todayIn } from "./overdue";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("overdue and due-soon flags", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("flags an active action whose due date has passed as overdue", () => {
    expect(dueFlag({ status: "open", dueDate: day("2026-03-09") }, now, "UTC")).toBe("overdue");
    expect(dueFlag({ status: "in_progress", dueDate: day("2025-12-01") }, now, "UTC")).toBe("overdue");
  });

  it("is not overdue on its due day, but due soon, up to seven days ahead", () => {
    expect(dueFlag({ status: "open", dueDate: day("2026-03-10") }, now, "UTC")).toBe("due_soon");
    expect(dueFlag({ status: "open", dueDate: day("2026-03-17") }, now, "UTC")).toBe("due_soon");
    expect(dueFlag({ status: "open", dueDate: day("2026-03-18") }, now, "UTC")).toBeNull();
  });

  it("never flags done or cancelled actions, nor those without a due date", () => {
    expect(dueFlag({ status: "done", dueDate: day("2020-01-01") }, now, "UTC")).toBeNull();
    expect(dueFlag({ status: "cancelled", dueDate: day("2020-01-01") }, now, "UTC")).toBeNull();
    expect(dueFlag({ status: "open", dueDate: null }, now, "UTC")).toBeNull();
    expect(isActive("open") && isActive("in_progress") && !isActive("done")).toBe(true);
  });

  it("counts days in the reader's time zone", () => {
    // 23:30 UTC on the 9th is already the 10th in Vienna: a task due on the 9th is overdue there.
    const late = new Date("2026-03-09T23:30:00Z");
    expect(todayIn(late, "Europe/Vienna")).toEqual(day("2026-03-10"));
    expect(dueFlag({ status: "open", dueDate: day("2026-03-09") }, late, "Europe/Vienna")).toBe("overdue");
    expect(dueFlag({ status: "open", dueDate: day("2026-03-09") }, late, "America/New_York")).toBe("due_soon");
    expect(todayIn(late, "Not/AZone")).toEqual(day("2026-03-09"));
  });

  it("turns a due window into a date range", () => {
    expect(dueWindowRange("overdue", now, "UTC")).toEqual({ lt: day("2026-03-10") });
    expect(dueWindowRange("week", now, "UTC")).toEqual({ gte: day("2026-03-10"), lt: day("2026-03-18") });
    expect(dueWindowRange("month", now, "UTC")).toEqual({ gte: day("2026-03-10"), lt: day("2026-04-10") });
    expect(dueWindowRange("later", now, "UTC")).toEqual({ gte: day("2026-04-10") });
    expect(dueWindowRange("none", now, "UTC")).toBeNull();
  });
});
