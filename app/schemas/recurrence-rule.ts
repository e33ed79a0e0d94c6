// The one strict RFC 5545 recurrence rule (RRULE value) accepted anywhere in Relais: meeting series,
// committee cadences, reporting due-date rules. Client-safe: the browser form runs the same checks.
//
// Every part is checked against RFC 5545 §3.3.10 and bounded (interval 1–99, count 1–520, until
// within ten years, BY* values in range and allowed for the frequency, a valid WKST), then the rule
// is read by the rrule library and expanded, bounded, to prove it yields at least one date within
// ten years. No rule that passes can make an expansion unbounded (see app/domain/rule-expansion.ts).
import { z } from "zod";
import { expandRule, RRule, type RuleOptions } from "~/domain/rule-expansion";
import type { MessageKey } from "~/i18n/en";

export const RULE_LIMITS = {
  maxLength: 300,
  interval: { min: 1, max: 99 },
  count: { min: 1, max: 520 },
  /** UNTIL and the first occurrence must fall within this many years. */
  horizonYears: 10,
  /** Values in one BY* list. */
  listLength: 60,
} as const;

export type RuleError = Extract<MessageKey, `rule.error.${string}`>;

export type CheckedRule = { ok: true; rule: string; options: RuleOptions } | { ok: false; error: RuleError };

const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
type Frequency = (typeof FREQUENCIES)[number];
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const PARTS = [
  "FREQ",
  "UNTIL",
  "COUNT",
  "INTERVAL",
  "BYSECOND",
  "BYMINUTE",
  "BYHOUR",
  "BYDAY",
  "BYMONTHDAY",
  "BYYEARDAY",
  "BYWEEKNO",
  "BYMONTH",
  "BYSETPOS",
  "WKST",
] as const;
type Part = (typeof PARTS)[number];

function isPart(key: string): key is Part {
  return (PARTS as readonly string[]).includes(key);
}

/** A list of whole numbers, each within [min, max] and, when signed, within ±[min, max] (0 excluded). */
function numberList(value: string, { min, max, signed }: { min: number; max: number; signed: boolean }): boolean {
  const items = value.split(",");
  if (items.length > RULE_LIMITS.listLength) return false;
  return items.every((item) => {
    if (!(signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/).test(item)) return false;
    const n = Math.abs(Number(item));
    return n >= min && n <= max;
  });
}

/** UNTIL as a date (20261231) or a UTC or floating date-time (20261231T235900Z), as an instant. */
function untilDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (h > 23 || mi > 59 || s > 59 || y === undefined || mo === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

function addYears(date: Date, years: number): Date {
  const copy = new Date(date.getTime());
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return copy;
}

/** Today at 00:00 as a floating date (its UTC fields are the wall-clock fields). */
function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The rule as typed, in its canonical form: no "RRULE:" prefix, upper case, no empty parts. */
export function canonicalRule(text: string): string {
  return text
    .trim()
    .replace(/^RRULE:/i, "")
    .toUpperCase()
    .split(";")
    .filter(Boolean)
    .join(";");
}

function checkParts(parts: Map<Part, string>, now: Date): RuleError | null {
  const freqText = parts.get("FREQ");
  const freq = FREQUENCIES.find((f) => f === freqText);
  if (!freq) return "rule.error.freq";
  const interval = parts.get("INTERVAL");
  if (interval !== undefined && !numberList(interval, { ...RULE_LIMITS.interval, signed: false })) return "rule.error.interval";
  if (interval?.includes(",")) return "rule.error.interval";
  const count = parts.get("COUNT");
  if (count !== undefined && (count.includes(",") || !numberList(count, { ...RULE_LIMITS.count, signed: false }))) return "rule.error.count";
  const until = parts.get("UNTIL");
  if (until !== undefined && count !== undefined) return "rule.error.countAndUntil";
  if (until !== undefined) {
    const date = untilDate(until);
    if (!date || date > addYears(now, RULE_LIMITS.horizonYears)) return "rule.error.until";
  }
  return checkByParts(parts, freq);
}

function checkByParts(parts: Map<Part, string>, freq: Frequency): RuleError | null {
  const has = (part: Part) => parts.has(part);
  const list = (part: Part, range: { min: number; max: number; signed: boolean }) => {
    const value = parts.get(part);
    return value === undefined || numberList(value, range);
  };
  if (!list("BYSECOND", { min: 0, max: 60, signed: false })) return "rule.error.bysecond";
  if (!list("BYMINUTE", { min: 0, max: 59, signed: false })) return "rule.error.byminute";
  if (!list("BYHOUR", { min: 0, max: 23, signed: false })) return "rule.error.byhour";
  const byday = parts.get("BYDAY");
  if (byday !== undefined) {
    const items = byday.split(",");
    const ok =
      items.length <= RULE_LIMITS.listLength &&
      items.every((item) => {
        const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
        if (!m || !WEEKDAYS.includes(m[2] ?? "")) return false;
        if (m[1] === undefined) return true;
        // An ordinal ("2TH", "-1FR") only means something in a monthly or yearly rule (RFC 5545),
        // and not beside BYWEEKNO.
        const n = Math.abs(Number(m[1]));
        if (freq === "MONTHLY") return n >= 1 && n <= 5;
        return freq === "YEARLY" && !has("BYWEEKNO") && n >= 1 && n <= 53;
      });
    if (!ok) return "rule.error.byday";
  }
  if (has("BYMONTHDAY") && (freq === "WEEKLY" || !list("BYMONTHDAY", { min: 1, max: 31, signed: true }))) return "rule.error.bymonthday";
  if (has("BYYEARDAY") && (freq !== "YEARLY" || !list("BYYEARDAY", { min: 1, max: 366, signed: true }))) return "rule.error.byyearday";
  if (has("BYWEEKNO") && (freq !== "YEARLY" || !list("BYWEEKNO", { min: 1, max: 53, signed: true }))) return "rule.error.byweekno";
  if (!list("BYMONTH", { min: 1, max: 12, signed: false })) return "rule.error.bymonth";
  if (has("BYSETPOS")) {
    const others = PARTS.filter((p) => p.startsWith("BY") && p !== "BYSETPOS").some(has);
    if (!others || !list("BYSETPOS", { min: 1, max: 366, signed: true })) return "rule.error.bysetpos";
  }
  const wkst = parts.get("WKST");
  if (wkst !== undefined && !WEEKDAYS.includes(wkst)) return "rule.error.wkst";
  return null;
}

/**
 * Checks a rule. `start` is the first occurrence's floating wall-clock date when the form knows it
 * (the series' first date), else today; the rule must give at least one date within ten years of it.
 */
export function checkRule(text: string, { start, now = new Date() }: { start?: Date; now?: Date } = {}): CheckedRule {
  const rule = canonicalRule(text);
  if (!rule || rule.length > RULE_LIMITS.maxLength || !/^[A-Z0-9=;,+-]+$/.test(rule)) return { ok: false, error: "rule.error.syntax" };
  const parts = new Map<Part, string>();
  for (const part of rule.split(";")) {
    const [key = "", value, ...rest] = part.split("=");
    if (value === undefined || value === "" || rest.length) return { ok: false, error: "rule.error.syntax" };
    if (!isPart(key) || parts.has(key)) return { ok: false, error: "rule.error.part" };
    parts.set(key, value);
  }
  const problem = checkParts(parts, now);
  if (problem) return { ok: false, error: problem };
  let options: RuleOptions;
  try {
    options = RRule.parseString(rule);
  } catch {
    return { ok: false, error: "rule.error.syntax" };
  }
  const from = start ?? startOfDay(now);
  const first = expandRule(options, { dtstart: from, limit: 1, before: addYears(from, RULE_LIMITS.horizonYears) });
  if (first.dates.length === 0) return { ok: false, error: "rule.error.never" };
  return { ok: true, rule, options };
}

export function isAcceptedRule(text: string, context?: { start?: Date; now?: Date }): boolean {
  return checkRule(text, context).ok;
}

function ruleText() {
  return z.string().trim().max(RULE_LIMITS.maxLength, "error.tooLong");
}

function refineRule(value: string | undefined, ctx: z.RefinementCtx) {
  if (!value) return;
  const checked = checkRule(value);
  if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.error });
}

/** An optional rule field: empty becomes null, a rule its canonical text. */
export function optionalRecurrenceRule() {
  return ruleText()
    .optional()
    .superRefine(refineRule)
    .transform((v) => (v ? canonicalRule(v) : null));
}

/**
 * The rule's text, canonical but not yet checked: for a form whose object-level refinement checks it
 * with `checkRule` and the start the form gives (the new-meeting form's first date).
 */
export function recurrenceRuleText() {
  return ruleText()
    .optional()
    .transform((v) => (v ? canonicalRule(v) : null));
}

/** A rule that must be given. */
export function recurrenceRule() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .max(RULE_LIMITS.maxLength, "error.tooLong")
    .superRefine(refineRule)
    .transform(canonicalRule);
}
