import { describe, expect, it } from "vitest";
import { toIsoDate } from "./calendar-date";
import {
  cycleByLabel,
  customExpansionStart,
  entryIntoForce,
  initialReportDue,
  planRegeneration,
  plannedCycles,
  utcDay,
  type DueRule,
  type ExistingCycle,
} from "./due-rules";

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("annual rule: a fixed day, for the previous calendar year", () => {
  const att: DueRule = { kind: "annual", month: 5, day: 31 };

  it("plans the next two cycles, each covering the calendar year before its due date", () => {
    const cycles = plannedCycles(att, day("2026-12-01"));
    expect(cycles.map((c) => [c.cycle, iso(c.periodStart), iso(c.periodEnd), iso(c.dueDate)])).toEqual([
      ["2026", "2026-01-01", "2026-12-31", "2027-05-31"],
      ["2027", "2027-01-01", "2027-12-31", "2028-05-31"],
    ]);
  });

  it("keeps the cycle due today, and moves on the day after (across the year end too)", () => {
    expect(plannedCycles(att, day("2026-05-31"))[0]?.cycle).toBe("2025");
    expect(plannedCycles(att, day("2026-06-01"))[0]?.cycle).toBe("2026");
    expect(plannedCycles(att, day("2026-12-31")).map((c) => c.cycle)).toEqual(["2026", "2027"]);
    expect(plannedCycles(att, day("2027-01-01")).map((c) => c.cycle)).toEqual(["2026", "2027"]);
  });

  it("falls back to 28 February in common years for a 29 February rule", () => {
    const leap: DueRule = { kind: "annual", month: 2, day: 29 };
    expect(plannedCycles(leap, day("2026-03-01"), 3).map((c) => iso(c.dueDate))).toEqual(["2027-02-28", "2028-02-29", "2029-02-28"]);
  });
});

describe("once, relative to an event: the ATT initial report", () => {
  it("enters into force 90 days after the deposit and falls due a year later", () => {
    // Lindora deposited on 25 September 2014; the Treaty entered into force for it on 24 December 2014.
    const deposit = day("2014-09-25");
    expect(iso(entryIntoForce(deposit))).toBe("2014-12-24");
    expect(iso(initialReportDue(deposit))).toBe("2015-12-24");
    const [cycle] = plannedCycles({ kind: "once_after_event", eventDate: deposit }, day("2026-12-01"));
    expect(cycle).toMatchObject({ cycle: "initial" });
    expect(iso(cycle?.periodStart ?? null)).toBe("2014-12-24");
  });

  it("counts the 90 days across a leap February and a year end", () => {
    // 2024 is a leap year: 29 February counts as a day.
    expect(iso(entryIntoForce(day("2024-02-01")))).toBe("2024-05-01");
    expect(iso(entryIntoForce(day("2023-02-01")))).toBe("2023-05-02");
    expect(iso(entryIntoForce(day("2025-11-15")))).toBe("2026-02-13");
    expect(iso(initialReportDue(day("2025-11-15")))).toBe("2027-02-13");
  });

  it("handles a deposit on 29 February, and an entry into force on 29 February", () => {
    expect(iso(entryIntoForce(day("2024-02-29")))).toBe("2024-05-29");
    expect(iso(initialReportDue(day("2024-02-29")))).toBe("2025-05-29");
    // 90 days before 29 February 2028 is 1 December 2027: the report falls due on 28 February 2029.
    expect(iso(entryIntoForce(day("2027-12-01")))).toBe("2028-02-29");
    expect(iso(initialReportDue(day("2027-12-01")))).toBe("2029-02-28");
  });
});

describe("every N years", () => {
  const poa: DueRule = { kind: "every_n_years", interval: 2, firstYear: 2020, month: 3, day: 31 };
  it("plans the next two rounds from the first due year, each covering the years since the last", () => {
    const cycles = plannedCycles(poa, day("2026-12-01"));
    expect(cycles.map((c) => [c.cycle, iso(c.periodStart), iso(c.periodEnd), iso(c.dueDate)])).toEqual([
      ["2028", "2026-01-01", "2027-12-31", "2028-03-31"],
      ["2030", "2028-01-01", "2029-12-31", "2030-03-31"],
    ]);
    expect(plannedCycles(poa, day("2026-03-31"))[0]?.cycle).toBe("2026");
  });
  it("gives a label only to the rule's own years", () => {
    expect(cycleByLabel(poa, "2027", day("2026-01-01"))).toBeNull();
    expect(iso(cycleByLabel(poa, "2032", day("2026-01-01"))?.dueDate ?? null)).toBe("2032-03-31");
  });
});

describe("on event and custom rules", () => {
  it("plans nothing when the obligation follows an event", () => {
    expect(plannedCycles({ kind: "on_event" }, day("2026-12-01"))).toEqual([]);
  });
  it("expands a custom RFC 5545 rule, bounded, from today", () => {
    // The last day of June and of December.
    const rule: DueRule = { kind: "custom", rrule: "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", start: utcDay(2020, 6, 30) };
    const cycles = plannedCycles(rule, day("2026-12-01"));
    expect(cycles.map((c) => iso(c.dueDate))).toEqual(["2026-12-31", "2027-06-30"]);
    expect(iso(cycles[1]?.periodStart ?? null)).toBe("2027-01-01");
    // A rule whose parts never meet (31 February) gives nothing, and stops within the step budget.
    expect(plannedCycles({ kind: "custom", rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", start: utcDay(2020, 1, 1) }, day("2026-12-01"))).toEqual([]);
  });
  it("plans a rule started decades ago, keeping its phase: expanded from a later start the rule repeats on", () => {
    const today = day("2026-12-01");
    // Every three years from 2001: 2025, then 2028 and 2031.
    const triennial: DueRule = { kind: "custom", rrule: "FREQ=YEARLY;INTERVAL=3", start: utcDay(2001, 3, 31) };
    expect(plannedCycles(triennial, today).map((c) => iso(c.dueDate))).toEqual(["2028-03-31", "2031-03-31"]);
    expect(iso(customExpansionStart(utcDay(2001, 3, 31), { interval: 3 }, today))).toBe("2022-03-31");
    // A 1990 monthly rule (too old to expand day by day from 1990 within the budget) still plans.
    const halfYearly: DueRule = { kind: "custom", rrule: "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", start: utcDay(1990, 6, 30) };
    expect(plannedCycles(halfYearly, today).map((c) => iso(c.dueDate))).toEqual(["2026-12-31", "2027-06-30"]);
    // 29 February moves by whole leap cycles, so the rule still falls on leap days only.
    const leap: DueRule = { kind: "custom", rrule: "FREQ=YEARLY", start: utcDay(2000, 2, 29) };
    expect(plannedCycles(leap, today).map((c) => iso(c.dueDate))).toEqual(["2028-02-29", "2032-02-29"]);
    expect(iso(customExpansionStart(utcDay(2000, 2, 29), {}, today))).toBe("2024-02-29");
    // COUNT counts from the first date: such a rule is expanded from its own start.
    const counted: DueRule = { kind: "custom", rrule: "FREQ=YEARLY;COUNT=38", start: utcDay(1990, 5, 31) };
    expect(plannedCycles(counted, today).map((c) => iso(c.dueDate))).toEqual(["2027-05-31"]);
    expect(customExpansionStart(utcDay(1990, 5, 31), { count: 38 }, today)).toEqual(utcDay(1990, 5, 31));
    // A cycle of an old rule is found again by its label.
    expect(iso(cycleByLabel(triennial, "2031-03-31", today)?.dueDate ?? null)).toBe("2031-03-31");
    expect(cycleByLabel(triennial, "2030-03-31", today)).toBeNull();
  });
});

describe("regenerating cycles after a change of rule", () => {
  const today = day("2026-12-01");
  const row = (over: Partial<ExistingCycle> & Pick<ExistingCycle, "id" | "cycle" | "dueDate">): ExistingCycle => ({
    submittedOn: null,
    status: "upcoming",
    manual: false,
    archivedAt: null,
    ...over,
  });
  const existing = [
    row({ id: "c2024", cycle: "2024", dueDate: day("2025-05-31"), submittedOn: day("2025-05-20"), status: "submitted" }),
    // Past and never submitted: missing, and it stays so.
    row({ id: "c2025", cycle: "2025", dueDate: day("2026-05-31") }),
    row({ id: "c2026", cycle: "2026", dueDate: day("2027-05-31") }),
    row({ id: "c2027", cycle: "2027", dueDate: day("2028-05-31") }),
    row({ id: "event", cycle: "New point of contact", dueDate: day("2027-01-15"), manual: true }),
  ];

  it("moves the future cycles to the new date and leaves the past ones as they were", () => {
    const plan = planRegeneration(existing, { kind: "annual", month: 4, day: 30 }, today);
    expect(plan.create).toEqual([]);
    expect(plan.archive).toEqual([]);
    expect(plan.update.map((u) => [u.id, iso(u.planned.dueDate)])).toEqual([
      ["c2026", "2027-04-30"],
      ["c2027", "2028-04-30"],
    ]);
  });

  it("archives the future cycles a rule no longer has and creates the new ones; hand-added cycles stay", () => {
    const plan = planRegeneration(existing, { kind: "every_n_years", interval: 2, firstYear: 2020, month: 3, day: 31 }, today);
    // Under the new rule "2026" is the round due on 31 March 2026, already past: the open cycle goes.
    expect(plan.archive).toEqual(["c2026", "c2027"]);
    expect(plan.update.map((u) => u.id)).toEqual([]);
    expect(plan.create.map((c) => c.cycle)).toEqual(["2028", "2030"]);
    expect(planRegeneration(existing, { kind: "on_event" }, today).archive).toEqual(["c2026", "c2027"]);
  });

  it("changes nothing when the rule gives the same dates, and brings back an archived cycle", () => {
    expect(planRegeneration(existing, { kind: "annual", month: 5, day: 31 }, today)).toEqual({ create: [], update: [], archive: [] });
    const archived = existing.map((c) => (c.id === "c2027" ? { ...c, archivedAt: day("2026-11-01") } : c));
    const plan = planRegeneration(archived, { kind: "annual", month: 5, day: 31 }, today);
    expect(plan.update).toEqual([expect.objectContaining({ id: "c2027", restore: true })]);
  });
});
