// Recurring meeting series: RFC 5545 rules expanded with the rrule library, in the venue's time zone.
//
// rrule's own time-zone support computes offsets through the host's zone and gets DST days wrong, so
// the rule is expanded in "floating" wall-clock time (dates whose UTC fields are the local fields) and
// each occurrence is then placed in the venue's zone with luxon: every Wednesday at 10:00 Vienna
// stays at 10:00 Vienna on both sides of the March and October changes.
//
// Every expansion goes through expandRule (rule-expansion.ts), capped in occurrences and in steps, so
// even a nonsense rule stored before the strict schema existed cannot hold the request thread.
import { DateTime } from "luxon";
import { MAX_OCCURRENCES, type RecurrencePattern } from "./recurrence-patterns";
import { expandRule, MAX_EXPANDED_OCCURRENCES, RRule } from "./rule-expansion";

export { MAX_OCCURRENCES, RECURRENCE_PATTERNS, type RecurrencePattern } from "./recurrence-patterns";

export type Occurrence = {
  /** The occurrence as the rule places it (RECURRENCE-ID); equals startsAt until it is moved. */
  recurrenceStart: Date;
  startsAt: Date;
  endsAt: Date;
  /** Venue-local start, "2024-03-27T10:00". */
  localStart: string;
  /** Venue-local date, "2024-03-27". */
  localDate: string;
};

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2024-03-27T10:00" as a floating date: its UTC fields are the wall-clock fields. */
export function floating(localStart: string): Date {
  const m = LOCAL.exec(localStart);
  if (!m) throw new Error(`Not a local date-time: ${localStart}`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0));
}

function floatingToLocal(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** Places a floating wall-clock date in a zone (a skipped local time moves forward by the gap). */
function inZone(date: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    },
    { zone },
  ).toJSDate();
}

/** The rule's text without a "RRULE:" prefix or a DTSTART line. */
export function normaliseRule(rule: string): string {
  return rule
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("DTSTART"))
    .map((line) => line.replace(/^RRULE:/i, ""))
    .join(";");
}

/** Parses a rule, or null when rrule cannot read it (or it recurs more often than daily). */
export function parseRule(rule: string) {
  try {
    const options = RRule.parseString(normaliseRule(rule));
    if (options.freq === undefined || options.freq > RRule.DAILY) return null;
    // parseString accepts some nonsense (BYDAY=XX, INTERVAL=abc) that only fails later: write the
    // rule back and expand its first occurrences to be sure it works.
    for (const n of [options.interval, options.count]) if (n !== undefined && n !== null && (!Number.isInteger(n) || n < 1)) return null;
    new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) }).toString();
    expandRule(options, { dtstart: new Date(Date.UTC(2000, 0, 1)), limit: 2 });
    return options;
  } catch {
    return null;
  }
}

export function isValidRule(rule: string): boolean {
  return parseRule(rule) !== null;
}

export type SeriesRule = {
  rrule: string;
  firstStartLocal: string;
  durationMinutes: number;
  timeZone: string;
};

/**
 * The occurrences of a series, at most `limit`, skipping the local start times in `exdates`
 * (EXDATE, "2024-04-03T10:00") and any before `fromLocal`.
 */
export function expandSeries(
  series: SeriesRule,
  { exdates = [], limit = MAX_OCCURRENCES, fromLocal }: { exdates?: readonly string[]; limit?: number; fromLocal?: string } = {},
): Occurrence[] {
  const options = parseRule(series.rrule);
  if (!options) throw new Error(`Not a recurrence rule: ${series.rrule}`);
  const from = fromLocal ? floating(fromLocal).getTime() : -Infinity;
  const { dates } = expandRule(options, {
    dtstart: floating(series.firstStartLocal),
    // Occurrences before `from` count towards the rule (COUNT, the weekly anchor) but are not returned.
    limit: fromLocal ? MAX_EXPANDED_OCCURRENCES : limit,
    exclude: new Set(exdates.map((ex) => floating(ex).getTime())),
  });
  return dates
    .filter((date) => date.getTime() >= from)
    .slice(0, limit)
    .map((date) => {
      const startsAt = inZone(date, series.timeZone);
      const localStart = floatingToLocal(date);
      return {
        recurrenceStart: startsAt,
        startsAt,
        endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
        localStart,
        localDate: localStart.slice(0, 10),
      };
    });
}

const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU] as const;

/**
 * A rule from the choices of the series form, anchored on the first date: "every N weeks" on that
 * weekday, "the Nth <weekday> of every N months", or "the last <weekday>". The series ends after
 * `count` occurrences or on `untilDate` (venue-local, inclusive).
 */
export function buildRule(input: {
  pattern: Exclude<RecurrencePattern, "custom">;
  interval: number;
  firstDate: string;
  count?: number | null;
  untilDate?: string | null;
}): string {
  const first = floating(`${input.firstDate}T00:00`);
  const weekday = WEEKDAYS[(first.getUTCDay() + 6) % 7] ?? RRule.MO;
  const nth = Math.ceil(first.getUTCDate() / 7);
  const rule = new RRule({
    freq: input.pattern === "weekly" ? RRule.WEEKLY : RRule.MONTHLY,
    // INTERVAL=1 is the default; leaving it out keeps the rule as people write it.
    interval: input.interval > 1 ? input.interval : undefined,
    byweekday: [
      input.pattern === "weekly" ? weekday : input.pattern === "monthly_last_weekday" ? weekday.nth(-1) : weekday.nth(Math.min(nth, 4)),
    ],
    count: input.count ?? null,
    until: input.untilDate ? floating(`${input.untilDate}T23:59`) : null,
  });
  return normaliseRule(rule.toString());
}

/** Adds an end to a rule that has none, so a series never grows without limit. */
export function withEnd(rule: string, end: { count?: number | null; untilDate?: string | null }): string {
  const options = parseRule(rule);
  if (!options) throw new Error(`Not a recurrence rule: ${rule}`);
  if (options.count || options.until) return normaliseRule(rule);
  return normaliseRule(
    new RRule({
      ...options,
      count: end.count ?? null,
      until: end.untilDate ? floating(`${end.untilDate}T23:59`) : null,
    }).toString(),
  );
}

/**
 * Splits a series at one of its occurrences: the rule up to the day before it, and the rule of the
 * rest (a COUNT becomes the number of occurrences left). Used to edit or cancel "the rest of the series".
 */
export function splitRule(series: SeriesRule, atLocalStart: string): { before: string | null; rest: string } {
  const options = parseRule(series.rrule);
  if (!options) throw new Error(`Not a recurrence rule: ${series.rrule}`);
  const all = expandSeries(series, { limit: MAX_OCCURRENCES * 4 });
  const index = all.findIndex((o) => o.localStart >= atLocalStart);
  const cut = floating(atLocalStart);
  const dayBefore = new Date(Date.UTC(cut.getUTCFullYear(), cut.getUTCMonth(), cut.getUTCDate() - 1, 23, 59));
  const before =
    index <= 0 ? null : normaliseRule(new RRule({ ...options, count: null, until: dayBefore }).toString());
  const restCount = options.count ? Math.max(1, options.count - Math.max(0, index)) : null;
  const rest = normaliseRule(new RRule({ ...options, count: restCount, until: restCount ? null : options.until }).toString());
  return { before, rest };
}

export type RuleSummary =
  | { kind: "weekly"; interval: number; weekdays: number[] }
  | { kind: "monthly"; interval: number; nth: number; weekday: number }
  | { kind: "daily"; interval: number }
  | { kind: "other"; text: string };

/** What a rule says, for a translated sentence ("Every 6 weeks on Tuesday"). Weekdays: 0 = Monday. */
export function summariseRule(rule: string): RuleSummary & { count: number | null; untilLocal: string | null } {
  const options = parseRule(rule);
  const end = {
    count: options?.count ?? null,
    untilLocal: options?.until ? floatingToLocal(options.until).slice(0, 10) : null,
  };
  if (!options) return { kind: "other", text: rule, ...end };
  const interval = options.interval ?? 1;
  const days = (Array.isArray(options.byweekday) ? options.byweekday : options.byweekday ? [options.byweekday] : []).flatMap((d) =>
    typeof d === "number" ? [{ weekday: d, n: undefined }] : typeof d === "string" ? [] : [{ weekday: d.weekday, n: d.n }],
  );
  if (options.freq === RRule.DAILY) return { kind: "daily", interval, ...end };
  if (options.freq === RRule.WEEKLY && days.length && days.every((d) => !d.n)) {
    return { kind: "weekly", interval, weekdays: days.map((d) => d.weekday), ...end };
  }
  const [only] = days;
  if (options.freq === RRule.MONTHLY && only && only.n && days.length === 1) {
    return { kind: "monthly", interval, nth: only.n, weekday: only.weekday, ...end };
  }
  return { kind: "other", text: normaliseRule(rule), ...end };
}

export type ExistingOccurrence = { id: string; status: string; localDate: string; localStart: string };

/**
 * How a change to the rest of a series applies to the meetings already scheduled: meetings held or
 * individually cancelled are kept as they are (they are the series' exceptions); the others move to
 * the new local time on their own date.
 */
export function planRestOfSeries(existing: readonly ExistingOccurrence[], newTime: string) {
  const move: { id: string; localStart: string }[] = [];
  const keep: string[] = [];
  for (const m of existing) {
    if (m.status === "held" || m.status === "cancelled" || m.status === "postponed") keep.push(m.id);
    else move.push({ id: m.id, localStart: `${m.localDate}T${newTime}` });
  }
  return { move, keep };
}
