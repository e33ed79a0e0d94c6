import { describe, expect, it } from "vitest";
import { cpuClock } from "../../tests/support/cpu-time";
import { checkRule, optionalRecurrenceRule } from "./recurrence-rule";

const now = new Date("2026-12-01T09:00:00Z");

function errorOf(rule: string, start?: Date) {
  const checked = checkRule(rule, { now, start });
  return checked.ok ? null : checked.error;
}

describe("the strict recurrence rule", () => {
  it("accepts the rules committees use, in canonical form", () => {
    for (const rule of [
      "FREQ=WEEKLY;BYDAY=WE",
      "RRULE:freq=monthly;byday=2TH",
      "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
      "FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;UNTIL=20301231T235900Z",
      "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31",
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
      "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
      "FREQ=DAILY;INTERVAL=99;COUNT=520",
      "FREQ=WEEKLY;BYDAY=MO;WKST=SU",
    ]) {
      expect(checkRule(rule, { now }), rule).toMatchObject({ ok: true });
    }
    expect(checkRule("rrule:freq=monthly;byday=2th;", { now })).toMatchObject({ ok: true, rule: "FREQ=MONTHLY;BYDAY=2TH" });
  });

  it.each([
    ["FREQ=DAILY;INTERVAL=-3", "rule.error.interval"],
    ["FREQ=WEEKLY;INTERVAL=-1", "rule.error.interval"],
    ["FREQ=DAILY;INTERVAL=0", "rule.error.interval"],
    ["FREQ=DAILY;INTERVAL=100", "rule.error.interval"],
    ["FREQ=YEARLY;INTERVAL=100000000", "rule.error.interval"],
    ["FREQ=DAILY;COUNT=-1", "rule.error.count"],
    ["FREQ=DAILY;COUNT=0", "rule.error.count"],
    ["FREQ=DAILY;COUNT=521", "rule.error.count"],
    ["FREQ=DAILY;UNTIL=99999999T000000Z", "rule.error.until"],
    ["FREQ=DAILY;UNTIL=20380101", "rule.error.until"],
    ["FREQ=DAILY;UNTIL=20270230", "rule.error.until"],
    ["FREQ=DAILY;COUNT=3;UNTIL=20270101", "rule.error.countAndUntil"],
    ["FREQ=MONTHLY;BYMONTHDAY=32", "rule.error.bymonthday"],
    ["FREQ=MONTHLY;BYMONTHDAY=0", "rule.error.bymonthday"],
    ["FREQ=WEEKLY;BYMONTHDAY=3", "rule.error.bymonthday"],
    ["FREQ=DAILY;BYHOUR=25", "rule.error.byhour"],
    ["FREQ=DAILY;BYMINUTE=60", "rule.error.byminute"],
    ["FREQ=WEEKLY;BYDAY=XX", "rule.error.byday"],
    ["FREQ=WEEKLY;BYDAY=2MO", "rule.error.byday"],
    ["FREQ=MONTHLY;BYDAY=6MO", "rule.error.byday"],
    ["FREQ=MONTHLY;BYYEARDAY=100", "rule.error.byyearday"],
    ["FREQ=MONTHLY;BYWEEKNO=3", "rule.error.byweekno"],
    ["FREQ=YEARLY;BYMONTH=13", "rule.error.bymonth"],
    ["FREQ=MONTHLY;BYSETPOS=1", "rule.error.bysetpos"],
    ["FREQ=WEEKLY;WKST=XX", "rule.error.wkst"],
    ["FREQ=HOURLY", "rule.error.freq"],
    ["BYDAY=MO", "rule.error.freq"],
    ["FREQ=DAILY;FREQ=WEEKLY", "rule.error.part"],
    ["FREQ=DAILY;X-NAME=1", "rule.error.part"],
    ["FREQ=DAILY;FOO=1", "rule.error.part"],
    ["FREQ=DAILY;DTSTART=20260101", "rule.error.part"],
    ["FREQ=DAILY\nRRULE:FREQ=WEEKLY", "rule.error.syntax"],
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "rule.error.never"],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=10", "rule.error.never"],
    ["FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31;BYDAY=MO", "rule.error.never"],
  ])("refuses %s with %s, quickly", (rule, error) => {
    const cpu = cpuClock();
    expect(errorOf(rule)).toBe(error);
    expect(cpu.elapsedMs()).toBeLessThan(1000);
  });

  it("refuses a rule whose end comes before the series' first date", () => {
    expect(errorOf("FREQ=WEEKLY;UNTIL=20270101", new Date(Date.UTC(2027, 5, 1, 10)))).toBe("rule.error.never");
  });

  it("gives a field error through the zod field, and null for an empty field", () => {
    const field = optionalRecurrenceRule();
    expect(field.safeParse("").data).toBeNull();
    expect(field.safeParse(" freq=weekly;byday=we ").data).toBe("FREQ=WEEKLY;BYDAY=WE");
    const refused = field.safeParse("FREQ=DAILY;INTERVAL=-3");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("rule.error.interval");
  });
});
