// Bounded expansion of RFC 5545 rules with the rrule library. Pure and client-safe (no luxon, no
// server code): the rule schema runs it in the browser form as well as on the server.
//
// rrule's iterator callback is called only for dates that match the rule. A rule whose BY* parts
// never meet (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31) never calls it, and rrule walks day by day to
// the year 9999: tens of seconds on the request thread. So every expansion here runs with two caps:
// - occurrences: the callback stops after `limit` dates (and at `before`, set as an UNTIL);
// - steps: rrule's loop reads its options on every period and on every day it examines, so the
//   expansion gets a copy whose FREQ, INTERVAL and BYMONTH are getters that count those reads and
//   abort the loop past `maxSteps`.
// The step budget is work, not time: the same rule stops at the same point on any machine.
// docs/decisions/008-bounded-recurrence-rules.md.
import * as rruleModule from "rrule";
import type { Options } from "rrule";

// rrule's "main" is a UMD bundle: Node's ESM loader exposes it only as a default export, bundlers as
// named exports. Accept both.
const rruleLib: typeof rruleModule & { default?: typeof rruleModule } = rruleModule;
export const { RRule, Weekday } = rruleLib.default ?? rruleLib;
export type RuleOptions = Partial<Options>;

/**
 * Steps allowed for one expansion: a step is about one day examined (three reads) or one period.
 * 25,000 covers some twenty years of day-by-day search, twice the ten years any accepted rule needs,
 * and stops a never-matching rule in a few tens of milliseconds.
 */
export const MAX_RULE_STEPS = 25_000;
/** Occurrences any one expansion may return, whatever the caller asks. */
export const MAX_EXPANDED_OCCURRENCES = 1_000;

export type Expansion = {
  dates: Date[];
  /** Why the expansion stopped: the rule ended (or reached `before`), the limit was reached, or the step budget ran out. */
  stoppedBy: "end" | "limit" | "steps";
  /** Option reads spent. */
  steps: number;
};

class StepBudgetExceeded extends Error {}

/**
 * The options with a step counter on the parts rrule's loop reads on every period (FREQ, INTERVAL)
 * and on every day it examines (BYMONTH, the first filter it tests): the loop aborts past the budget.
 */
function counted<T extends object>(options: T, budget: { left: number }): T {
  const copy = { ...options };
  for (const key of ["freq", "interval", "bymonth"] as const) {
    if (!(key in copy)) continue;
    const value: unknown = Reflect.get(copy, key);
    Object.defineProperty(copy, key, {
      enumerable: true,
      get() {
        if (--budget.left < 0) throw new StepBudgetExceeded("recurrence step budget exceeded");
        return value;
      },
    });
  }
  return copy;
}

/**
 * The dates of a rule from `dtstart`, at most `limit`, none after `before`, skipping `exclude`
 * (timestamps). Never throws for a rule rrule accepted; never runs past the step budget.
 */
export function expandRule(
  options: RuleOptions,
  {
    dtstart,
    limit,
    before,
    exclude,
    maxSteps = MAX_RULE_STEPS,
  }: { dtstart: Date; limit: number; before?: Date; exclude?: ReadonlySet<number>; maxSteps?: number },
): Expansion {
  const cap = Math.max(0, Math.min(limit, MAX_EXPANDED_OCCURRENCES));
  const dates: Date[] = [];
  if (cap === 0) return { dates, stoppedBy: "limit", steps: 0 };
  const until = before && (!options.until || before < options.until) ? before : options.until ?? null;
  // noCache: a cached rule would keep the counting proxy's results between calls.
  const rule = new RRule({ ...options, dtstart, until, tzid: null }, true);
  const budget = { left: maxSteps };
  rule.options = counted(rule.options, budget);
  let stoppedBy: Expansion["stoppedBy"] = "end";
  try {
    rule.all((date) => {
      if (exclude?.has(date.getTime())) return true;
      dates.push(date);
      if (dates.length >= cap) {
        stoppedBy = "limit";
        return false;
      }
      return true;
    });
  } catch (error) {
    if (!(error instanceof StepBudgetExceeded)) throw error;
    stoppedBy = "steps";
  }
  return { dates, stoppedBy, steps: Math.min(maxSteps, maxSteps - budget.left) };
}
