// When a reporting obligation falls due: its rule gives the cycles (reporting period + external due
// date), and a change of rule regenerates the future cycles only. Dates are date-only values (UTC
// midnight), as stored. Pure: `today` is passed in.
import { entryIntoForce, initialReportDue } from "./entry-into-force";
import { expandRule, MAX_EXPANDED_OCCURRENCES, RRule, type RuleOptions } from "./rule-expansion";
import type { DueRuleKind } from "./vocabulary";
import { toIsoDate } from "./calendar-date";

export type DueRule =
  /** A fixed day each year, for the previous calendar year (ATT annual report: 31 May). */
  | { kind: "annual"; month: number; day: number }
  /** Once, one year after entry into force, which is 90 days after the deposit (ATT art. 13.1, 22). */
  | { kind: "once_after_event"; eventDate: Date }
  /** Every N years on a fixed day, from a first due year (PoA national report: biennial). */
  | { kind: "every_n_years"; interval: number; firstYear: number; month: number; day: number }
  /** When something happens (a new point of contact): cycles are added by hand. */
  | { kind: "on_event" }
  /** An RFC 5545 rule; its occurrences are the due dates. */
  | { kind: "custom"; rrule: string; start: Date };

export type PlannedCycle = { cycle: string; periodStart: Date | null; periodEnd: Date | null; dueDate: Date };

export { ENTRY_INTO_FORCE_DAYS, entryIntoForce, initialReportDue } from "./entry-into-force";
/** How many cycles ahead are kept planned. */
export const CYCLES_AHEAD = 2;
/**
 * A reporting due date repeats at most monthly: the strict rule schema accepts daily and weekly rules
 * (meetings), which make no sense for a report owed to a treaty body.
 */
export const CUSTOM_RULE_FREQUENCIES = [RRule.YEARLY, RRule.MONTHLY] as const;
/** How far past today a custom rule is expanded to find the cycles ahead. */
const CUSTOM_HORIZON_YEARS = 10;

const DAY_MS = 86_400_000;

export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Whole days from `a` to `b` (date-only values). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** A day of a month, the 29th of February (or the 31st) falling back to the month's last day. */
export function clampedDay(year: number, month: number, day: number): Date {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return utcDay(year, month, Math.min(day, last));
}

function annualCycle(rule: { month: number; day: number }, periodYear: number): PlannedCycle {
  return {
    cycle: String(periodYear),
    periodStart: utcDay(periodYear, 1, 1),
    periodEnd: utcDay(periodYear, 12, 31),
    dueDate: clampedDay(periodYear + 1, rule.month, rule.day),
  };
}

function periodicCycle(rule: { interval: number; month: number; day: number }, dueYear: number): PlannedCycle {
  return {
    cycle: String(dueYear),
    periodStart: utcDay(dueYear - rule.interval, 1, 1),
    periodEnd: utcDay(dueYear - 1, 12, 31),
    dueDate: clampedDay(dueYear, rule.month, rule.day),
  };
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}

/**
 * Where to start expanding a custom rule so it stays within the expansion's step budget however old
 * its start is: the start moved forward by whole repeats of the rule (a multiple of INTERVAL years,
 * which is also a multiple of INTERVAL months), to about two years before today. The dates from
 * there on are the rule's own: month and day are kept, and a yearly or monthly rule's periods line
 * up again. A rule with COUNT is not moved (COUNT counts from its first date); nor is one whose start
 * is later than two years ago. A 29 February start moves by a multiple of four years as well.
 */
export function customExpansionStart(start: Date, options: Pick<RuleOptions, "interval" | "count">, today: Date): Date {
  if (options.count) return start;
  const interval = options.interval && options.interval > 0 ? options.interval : 1;
  const behind = today.getUTCFullYear() - 2 - start.getUTCFullYear();
  if (behind <= 0) return start;
  const month = start.getUTCMonth() + 1;
  const day = start.getUTCDate();
  const step = month === 2 && day === 29 ? lcm(interval, 4) : interval;
  const years = Math.floor(behind / step) * step;
  return years > 0 ? utcDay(start.getUTCFullYear() + years, month, day) : start;
}

/** The rule's due dates (date-only) from its start, or from a later start that gives the same dates, up to `before`. */
function customDueDates(rule: { rrule: string; start: Date }, today: Date, before: Date): Date[] {
  let options: RuleOptions;
  try {
    options = RRule.parseString(rule.rrule.replace(/^RRULE:/i, ""));
  } catch {
    return [];
  }
  const dtstart = customExpansionStart(rule.start, options, today);
  const { dates } = expandRule(options, { dtstart, limit: MAX_EXPANDED_OCCURRENCES, before });
  return dates.map((date) => utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

function customCycles(dues: Date[]): PlannedCycle[] {
  return dues.map((dueDate, i) => {
    const previous = dues[i - 1];
    return {
      cycle: toIsoDate(dueDate),
      periodStart: previous ? addDays(previous, 1) : null,
      periodEnd: previous ? dueDate : null,
      dueDate,
    };
  });
}

/**
 * The cycles a rule plans from `today`: the next `ahead` cycles due on or after today. The one-off
 * initial report is its single cycle, whenever it falls due; "on event" plans nothing.
 */
export function plannedCycles(rule: DueRule, today: Date, ahead = CYCLES_AHEAD): PlannedCycle[] {
  switch (rule.kind) {
    case "on_event":
      return [];
    case "once_after_event":
      return [{ cycle: "initial", periodStart: entryIntoForce(rule.eventDate), periodEnd: null, dueDate: initialReportDue(rule.eventDate) }];
    case "annual": {
      let year = today.getUTCFullYear() - 2;
      while (annualCycle(rule, year).dueDate < today) year++;
      return Array.from({ length: ahead }, (_, i) => annualCycle(rule, year + i));
    }
    case "every_n_years": {
      let dueYear = rule.firstYear;
      if (dueYear < today.getUTCFullYear() - 1) dueYear += Math.floor((today.getUTCFullYear() - 1 - dueYear) / rule.interval) * rule.interval;
      while (periodicCycle(rule, dueYear).dueDate < today) dueYear += rule.interval;
      return Array.from({ length: ahead }, (_, i) => periodicCycle(rule, dueYear + i * rule.interval));
    }
    case "custom": {
      const dues = customDueDates(rule, today, addDays(today, CUSTOM_HORIZON_YEARS * 366));
      return customCycles(dues)
        .filter((c) => c.dueDate >= today)
        .slice(0, ahead);
    }
  }
}

/** The cycle a rule gives a label ("2025", "initial"), if it gives it one. */
export function cycleByLabel(rule: DueRule, label: string, today: Date): PlannedCycle | null {
  switch (rule.kind) {
    case "on_event":
      return null;
    case "once_after_event":
      return label === "initial" ? (plannedCycles(rule, today)[0] ?? null) : null;
    case "annual":
      return /^\d{4}$/.test(label) ? annualCycle(rule, Number(label)) : null;
    case "every_n_years": {
      if (!/^\d{4}$/.test(label)) return null;
      const year = Number(label);
      return (year - rule.firstYear) % rule.interval === 0 ? periodicCycle(rule, year) : null;
    }
    case "custom": {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(label)) return null;
      const target = new Date(`${label}T00:00:00.000Z`);
      if (Number.isNaN(target.getTime())) return null;
      const dues = customDueDates(rule, today, addDays(target, 1));
      return customCycles(dues).find((c) => c.cycle === label) ?? null;
    }
  }
}

export type ExistingCycle = {
  id: string;
  cycle: string;
  dueDate: Date;
  submittedOn: Date | null;
  status: string;
  manual: boolean;
  archivedAt: Date | null;
};

export type RegenerationPlan = {
  create: PlannedCycle[];
  /** Future cycles moved to the new rule's dates (an archived one is brought back). */
  update: { id: string; planned: PlannedCycle; restore: boolean }[];
  /** Future cycles the new rule no longer has. */
  archive: string[];
};

/** A cycle that is past, done or added by hand is history: a change of rule never touches it. */
export function isSettled(cycle: ExistingCycle, today: Date): boolean {
  return cycle.manual || cycle.submittedOn !== null || cycle.status === "submitted" || cycle.status === "waived" || cycle.dueDate < today;
}

function sameDates(a: PlannedCycle, b: ExistingCycle & { periodStart?: Date | null; periodEnd?: Date | null }) {
  const time = (d: Date | null | undefined) => (d ? d.getTime() : null);
  return (
    a.dueDate.getTime() === b.dueDate.getTime() &&
    (b.periodStart === undefined || time(a.periodStart) === time(b.periodStart)) &&
    (b.periodEnd === undefined || time(a.periodEnd) === time(b.periodEnd))
  );
}

/**
 * What to write so the obligation has its rule's cycles ahead, keeping its history: settled cycles
 * stay as they are; open future cycles follow the rule (or are archived when it drops them).
 */
export function planRegeneration(
  existing: readonly (ExistingCycle & { periodStart?: Date | null; periodEnd?: Date | null })[],
  rule: DueRule,
  today: Date,
  ahead = CYCLES_AHEAD,
): RegenerationPlan {
  const plan: RegenerationPlan = { create: [], update: [], archive: [] };
  const byLabel = new Map(existing.map((c) => [c.cycle, c]));
  const planned = plannedCycles(rule, today, ahead);
  const plannedLabels = new Set(planned.map((p) => p.cycle));
  for (const p of planned) {
    const row = byLabel.get(p.cycle);
    if (!row) plan.create.push(p);
    else if (row.archivedAt) plan.update.push({ id: row.id, planned: p, restore: true });
    else if (!isSettled(row, today) && !sameDates(p, row)) plan.update.push({ id: row.id, planned: p, restore: false });
  }
  for (const row of existing) {
    if (row.archivedAt || plannedLabels.has(row.cycle) || isSettled(row, today)) continue;
    const again = cycleByLabel(rule, row.cycle, today);
    if (again && again.dueDate >= today) {
      if (!sameDates(again, row)) plan.update.push({ id: row.id, planned: again, restore: false });
    } else plan.archive.push(row.id);
  }
  return plan;
}

/** The rule of a stored obligation, or null when its fields do not make one. */
export function dueRuleOf(row: {
  ruleKind: string;
  ruleMonth: number | null;
  ruleDay: number | null;
  ruleIntervalYears: number | null;
  ruleFirstYear: number | null;
  ruleEventDate: Date | null;
  ruleStart: Date | null;
  rrule: string | null;
}): DueRule | null {
  const kind = row.ruleKind as DueRuleKind;
  switch (kind) {
    case "annual":
      return row.ruleMonth && row.ruleDay ? { kind, month: row.ruleMonth, day: row.ruleDay } : null;
    case "once_after_event":
      return row.ruleEventDate ? { kind, eventDate: row.ruleEventDate } : null;
    case "every_n_years":
      return row.ruleMonth && row.ruleDay && row.ruleIntervalYears && row.ruleFirstYear
        ? { kind, month: row.ruleMonth, day: row.ruleDay, interval: row.ruleIntervalYears, firstYear: row.ruleFirstYear }
        : null;
    case "on_event":
      return { kind };
    case "custom":
      return row.rrule && row.ruleStart ? { kind, rrule: row.rrule, start: row.ruleStart } : null;
    default:
      return null;
  }
}
