import { describe, expect, it } from "vitest";
import { hasStartedByToday } from "./wall-clock";

describe("hasStartedByToday", () => {
  const now = new Date("2026-12-01T22:30:00Z"); // 23:30 in Vienna, 17:30 in New York
  it("accepts a start earlier, or later the same venue-local day", () => {
    expect(hasStartedByToday(new Date("2026-11-30T09:00:00Z"), "Europe/Vienna", now)).toBe(true);
    expect(hasStartedByToday(new Date("2026-12-01T22:45:00Z"), "Europe/Vienna", now)).toBe(true);
  });
  it("refuses a start on a later venue-local day", () => {
    // 00:15 on 2 December in Vienna is tomorrow there, though still 1 December in UTC.
    expect(hasStartedByToday(new Date("2026-12-01T23:15:00Z"), "Europe/Vienna", now)).toBe(false);
    expect(hasStartedByToday(new Date("2026-12-03T15:00:00Z"), "America/New_York", now)).toBe(false);
  });
  it("judges the day at the venue, not in UTC", () => {
    // 23:00 UTC on 1 December is still 1 December (18:00) in New York: today there.
    expect(hasStartedByToday(new Date("2026-12-01T23:00:00Z"), "America/New_York", now)).toBe(true);
  });
});
