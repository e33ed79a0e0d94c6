import { describe, expect, it } from "vitest";
import {
  buildRule,
  expandSeries,
  isValidRule,
  planRestOfSeries,
  splitRule,
  summariseRule,
  withEnd,
} from "./recurrence";

const iso = (d: Date) => d.toISOString();

describe("expanding a series in the venue's time zone", () => {
  it("keeps a Vienna Wednesday meeting at 10:00 local across the March change (UTC shifts by an hour)", () => {
    // Europe/Vienna moved to summer time on Sunday 31 March 2024.
    const occurrences = expandSeries({ rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=3", firstStartLocal: "2024-03-20T10:00", durationMinutes: 180, timeZone: "Europe/Vienna" });
    expect(occurrences.map((o) => o.localStart)).toEqual(["2024-03-20T10:00", "2024-03-27T10:00", "2024-04-03T10:00"]);
    expect(occurrences.map((o) => iso(o.startsAt))).toEqual([
      "2024-03-20T09:00:00.000Z",
      "2024-03-27T09:00:00.000Z",
      "2024-04-03T08:00:00.000Z",
    ]);
    expect(occurrences.map((o) => iso(o.endsAt))).toEqual([
      "2024-03-20T12:00:00.000Z",
      "2024-03-27T12:00:00.000Z",
      "2024-04-03T11:00:00.000Z",
    ]);
  });

  it("keeps a Vienna meeting at 10:00 local across the October change", () => {
    // Back to winter time on Sunday 27 October 2024.
    const occurrences = expandSeries({ rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=2", firstStartLocal: "2024-10-23T10:00", durationMinutes: 60, timeZone: "Europe/Vienna" });
    expect(occurrences.map((o) => iso(o.startsAt))).toEqual(["2024-10-23T08:00:00.000Z", "2024-10-30T09:00:00.000Z"]);
  });

  it("keeps a New York meeting at 10:00 local across the March and November changes, which differ from Europe's", () => {
    // America/New_York: summer time from 10 March 2024, back on 3 November 2024.
    const spring = expandSeries({ rrule: "FREQ=WEEKLY;BYDAY=TH;COUNT=2", firstStartLocal: "2024-03-07T10:00", durationMinutes: 120, timeZone: "America/New_York" });
    expect(spring.map((o) => iso(o.startsAt))).toEqual(["2024-03-07T15:00:00.000Z", "2024-03-14T14:00:00.000Z"]);
    const autumn = expandSeries({ rrule: "FREQ=WEEKLY;BYDAY=TH;COUNT=2", firstStartLocal: "2024-10-31T10:00", durationMinutes: 120, timeZone: "America/New_York" });
    expect(autumn.map((o) => iso(o.startsAt))).toEqual(["2024-10-31T14:00:00.000Z", "2024-11-07T15:00:00.000Z"]);
    // Between 10 and 31 March New York has changed and Vienna has not: the gap is 5 hours, not 6.
    const vienna = expandSeries({ rrule: "FREQ=WEEKLY;BYDAY=TH;COUNT=2", firstStartLocal: "2024-03-07T16:00", durationMinutes: 60, timeZone: "Europe/Vienna" });
    expect(iso(vienna[1]!.startsAt)).toBe("2024-03-14T15:00:00.000Z");
    expect(vienna[1]!.startsAt.getTime() - spring[1]!.startsAt.getTime()).toBe(3600_000); // 16:00 Vienna is 11:00 New York
  });

  it("moves a local time skipped by the spring change forward by the gap", () => {
    // 02:30 does not exist in Vienna on 31 March 2024: the clocks jump from 02:00 to 03:00.
    const [first, second] = expandSeries({ rrule: "FREQ=DAILY;COUNT=2", firstStartLocal: "2024-03-30T02:30", durationMinutes: 30, timeZone: "Europe/Vienna" });
    expect(iso(first!.startsAt)).toBe("2024-03-30T01:30:00.000Z");
    expect(iso(second!.startsAt)).toBe("2024-03-31T01:30:00.000Z"); // 03:30 CEST
  });

  it("skips the exceptions (EXDATE) and keeps counting the rule's occurrences", () => {
    const occurrences = expandSeries(
      { rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=4", firstStartLocal: "2024-03-20T10:00", durationMinutes: 60, timeZone: "Europe/Vienna" },
      { exdates: ["2024-03-27T10:00"] },
    );
    expect(occurrences.map((o) => o.localDate)).toEqual(["2024-03-20", "2024-04-03", "2024-04-10"]);
  });

  it("expands 'second Thursday of the month' and 'every six weeks'", () => {
    const secondThursday = buildRule({ pattern: "monthly_nth_weekday", interval: 1, firstDate: "2026-01-08", count: 4 });
    expect(secondThursday).toBe("FREQ=MONTHLY;BYDAY=+2TH;COUNT=4");
    const monthly = expandSeries({ rrule: secondThursday, firstStartLocal: "2026-01-08T09:30", durationMinutes: 90, timeZone: "Africa/Lagos" });
    expect(monthly.map((o) => o.localDate)).toEqual(["2026-01-08", "2026-02-12", "2026-03-12", "2026-04-09"]);

    const sixWeeks = buildRule({ pattern: "weekly", interval: 6, firstDate: "2026-01-06", untilDate: "2026-05-01" });
    expect(sixWeeks).toBe("FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;UNTIL=20260501T235900Z");
    const weekly = expandSeries({ rrule: sixWeeks, firstStartLocal: "2026-01-06T10:00", durationMinutes: 90, timeZone: "Africa/Lagos" });
    expect(weekly.map((o) => o.localDate)).toEqual(["2026-01-06", "2026-02-17", "2026-03-31"]);
  });

  it("expands 'the last Friday of the month'", () => {
    const rule = buildRule({ pattern: "monthly_last_weekday", interval: 1, firstDate: "2026-01-30", count: 3 });
    const dates = expandSeries({ rrule: rule, firstStartLocal: "2026-01-30T10:00", durationMinutes: 60, timeZone: "UTC" }).map((o) => o.localDate);
    expect(dates).toEqual(["2026-01-30", "2026-02-27", "2026-03-27"]);
  });

  it("stops an endless rule at the limit and starts from a given occurrence", () => {
    const series = { rrule: "FREQ=WEEKLY;BYDAY=WE", firstStartLocal: "2024-01-03T10:00", durationMinutes: 60, timeZone: "Europe/Vienna" };
    expect(expandSeries(series, { limit: 5 })).toHaveLength(5);
    expect(expandSeries(series, { limit: 2, fromLocal: "2024-02-01T00:00" }).map((o) => o.localDate)).toEqual(["2024-02-07", "2024-02-14"]);
  });
});

describe("rules", () => {
  it("accepts RFC 5545 rules with or without the RRULE: prefix and refuses nonsense or sub-daily rules", () => {
    expect(isValidRule("RRULE:FREQ=WEEKLY;BYDAY=WE")).toBe(true);
    expect(isValidRule("FREQ=MONTHLY;BYDAY=2TH")).toBe(true);
    expect(isValidRule("every wednesday")).toBe(false);
    expect(isValidRule("FREQ=HOURLY")).toBe(false);
    expect(isValidRule("FREQ=WEEKLY;BYDAY=XX")).toBe(false);
    expect(isValidRule("FREQ=WEEKLY;INTERVAL=abc")).toBe(false);
    expect(isValidRule("FREQ=WEEKLY;FOO=1")).toBe(false);
    expect(isValidRule("")).toBe(false);
  });

  it("adds an end to an endless rule, and leaves an ended one alone", () => {
    expect(withEnd("FREQ=WEEKLY;BYDAY=WE", { count: 10 })).toBe("FREQ=WEEKLY;BYDAY=WE;COUNT=10");
    expect(withEnd("FREQ=WEEKLY;BYDAY=WE;COUNT=3", { count: 10 })).toBe("FREQ=WEEKLY;BYDAY=WE;COUNT=3");
  });

  it("summarises rules for translated sentences", () => {
    expect(summariseRule("FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;COUNT=8")).toMatchObject({ kind: "weekly", interval: 6, weekdays: [1], count: 8 });
    expect(summariseRule("FREQ=MONTHLY;BYDAY=+2TH;UNTIL=20261231T235900Z")).toMatchObject({ kind: "monthly", nth: 2, weekday: 3, untilLocal: "2026-12-31" });
    expect(summariseRule("FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31").kind).toBe("other");
  });

  it("splits a counted series at an occurrence: the first part ends the day before, the rest keeps the remaining count", () => {
    const series = { rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=6", firstStartLocal: "2024-03-06T10:00", durationMinutes: 60, timeZone: "Europe/Vienna" };
    const { before, rest } = splitRule(series, "2024-03-27T10:00");
    expect(before).toBe("FREQ=WEEKLY;BYDAY=WE;UNTIL=20240326T235900Z");
    expect(rest).toBe("FREQ=WEEKLY;BYDAY=WE;COUNT=3");
    expect(expandSeries({ ...series, rrule: before! }).map((o) => o.localDate)).toEqual(["2024-03-06", "2024-03-13", "2024-03-20"]);
    expect(expandSeries({ ...series, rrule: rest, firstStartLocal: "2024-03-27T15:00" }).map((o) => o.localStart)).toEqual([
      "2024-03-27T15:00",
      "2024-04-03T15:00",
      "2024-04-10T15:00",
    ]);
    expect(splitRule(series, "2024-03-06T10:00").before).toBeNull();
  });

  it("moves the rest of a series to a new time but keeps held, cancelled and postponed occurrences as exceptions", () => {
    const plan = planRestOfSeries(
      [
        { id: "a", status: "held", localDate: "2024-03-27", localStart: "2024-03-27T10:00" },
        { id: "b", status: "planned", localDate: "2024-04-03", localStart: "2024-04-03T10:00" },
        { id: "c", status: "cancelled", localDate: "2024-04-10", localStart: "2024-04-10T10:00" },
        { id: "d", status: "confirmed", localDate: "2024-04-18", localStart: "2024-04-18T11:00" },
      ],
      "15:00",
    );
    expect(plan.move).toEqual([
      { id: "b", localStart: "2024-04-03T15:00" },
      { id: "d", localStart: "2024-04-18T15:00" },
    ]);
    expect(plan.keep).toEqual(["a", "c"]);
  });
});
