import { describe, expect, it } from "vitest";
import { monthGrid, parseMonth, shiftMonth } from "./month-grid";

describe("month view", () => {
  it("lays out whole weeks from Monday to Sunday", () => {
    const weeks = monthGrid(2026, 2); // February 2026 starts on a Sunday
    expect(weeks[0]).toEqual(["2026-01-26", "2026-01-27", "2026-01-28", "2026-01-29", "2026-01-30", "2026-01-31", "2026-02-01"]);
    expect(weeks.at(-1)?.at(-1)).toBe("2026-03-01");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(monthGrid(2024, 4)[0]?.[0]).toBe("2024-04-01"); // April 2024 starts on a Monday
  });

  it("reads the month parameter, falling back to today's month, and moves across years", () => {
    expect(parseMonth("2026-13", "2025-11-05")).toEqual({ year: 2025, month: 11 });
    expect(parseMonth("2026-03", "2025-11-05")).toEqual({ year: 2026, month: 3 });
    expect(shiftMonth(2026, 1, -1)).toBe("2025-12");
    expect(shiftMonth(2026, 12, 1)).toBe("2027-01");
  });
});
