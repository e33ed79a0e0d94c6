import { describe, expect, it } from "vitest";
import { cpuClock } from "../../tests/support/cpu-time";
import { expandRule, MAX_EXPANDED_OCCURRENCES, MAX_RULE_STEPS, RRule } from "./rule-expansion";

const start = new Date(Date.UTC(2026, 0, 1, 10));

describe("bounded rule expansion", () => {
  it("stops a rule that never matches on its step budget, quickly, instead of walking to the year 9999", () => {
    const cpu = cpuClock();
    const result = expandRule(RRule.parseString("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31"), { dtstart: start, limit: 10 });
    expect(result).toMatchObject({ dates: [], stoppedBy: "steps", steps: MAX_RULE_STEPS });
    expect(cpu.elapsedMs()).toBeLessThan(1000);
  });

  it("stops a rule with a negative interval (rrule loops forever on it)", () => {
    const cpu = cpuClock();
    const result = expandRule({ ...RRule.parseString("FREQ=DAILY"), interval: -3 }, { dtstart: start, limit: 10 });
    expect(result.dates.length).toBeLessThanOrEqual(10);
    expect(result.steps).toBeLessThanOrEqual(MAX_RULE_STEPS);
    expect(cpu.elapsedMs()).toBeLessThan(1000);
  });

  it("stops at the occurrence limit, never above the hard cap, and at the horizon", () => {
    const daily = RRule.parseString("FREQ=DAILY");
    expect(expandRule(daily, { dtstart: start, limit: 5 })).toMatchObject({ stoppedBy: "limit" });
    expect(expandRule(daily, { dtstart: start, limit: 5 }).dates).toHaveLength(5);
    expect(expandRule(daily, { dtstart: start, limit: 1_000_000 }).dates).toHaveLength(MAX_EXPANDED_OCCURRENCES);
    const horizon = expandRule(daily, { dtstart: start, limit: 100, before: new Date(Date.UTC(2026, 0, 10, 23)) });
    expect(horizon.dates).toHaveLength(10);
    expect(horizon.stoppedBy).toBe("end");
  });

  it("expands the longest rules the schema accepts in full, within the budget", () => {
    for (const rule of ["FREQ=WEEKLY;BYDAY=MO;COUNT=520", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=120", "FREQ=DAILY;COUNT=520"]) {
      const result = expandRule(RRule.parseString(rule), { dtstart: start, limit: 1000 });
      expect(result.stoppedBy, rule).toBe("end");
      expect(result.dates.length, rule).toBe(Number(rule.split("COUNT=")[1]));
    }
  });

  it("skips excluded dates", () => {
    const second = new Date(Date.UTC(2026, 0, 2, 10)).getTime();
    const result = expandRule(RRule.parseString("FREQ=DAILY;COUNT=3"), { dtstart: start, limit: 10, exclude: new Set([second]) });
    expect(result.dates.map((d) => d.getUTCDate())).toEqual([1, 3]);
  });
});
