import { z } from "zod";
import type { CalendarFields } from "~/domain/calendar-revision";
import { MAX_OCCURRENCES, RECURRENCE_PATTERNS } from "~/domain/recurrence-patterns";
import { isNumberFixed } from "~/domain/sequence";
import { CONFIDENTIALITY_LEVELS, MEETING_STATUSES } from "~/domain/vocabulary";
import { utcToWall, wallToUtc } from "~/domain/wall-clock";
import { optionalWallDate, requiredTime, requiredWallDate, timeZoneField } from "./dates";
import { checkbox, choice, optionalCount, optionalText, optionalUrl, requiredText } from "./fields";
import { withVersion } from "./record-version";
import { checkRule, recurrenceRuleText } from "./recurrence-rule";

const when = {
  date: requiredWallDate(),
  startTime: requiredTime(),
  endTime: requiredTime(),
  timeZone: timeZoneField(),
};

const where = {
  venue: optionalText(300),
  room: optionalText(100),
  onlineUrl: optionalUrl(),
};

function endAfterStart(value: { startTime: string; endTime: string }, ctx: z.RefinementCtx) {
  // Both are the same day's venue-local times; "HH:MM" strings compare in time order.
  if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "calendar.error.endBeforeStart" });
}

/** The series' first start as a floating date (UTC fields = the venue's wall clock), if well formed. */
function firstStart(date: string, time: string): Date | null {
  const start = new Date(`${date}T${time}:00Z`);
  return Number.isNaN(start.getTime()) ? null : start;
}

/** One meeting: the edit form, and "once" on the new-meeting form. */
export const meetingSchema = z
  .object({
    title: optionalText(300),
    ...when,
    ...where,
    officialNumber: optionalCount({ min: 1, max: 100_000 }),
    chairLabel: optionalText(200),
    confidentiality: choice(CONFIDENTIALITY_LEVELS),
    acknowledgeConflicts: checkbox(),
  })
  .superRefine(endAfterStart);

export type MeetingInput = z.input<typeof meetingSchema>;
/** The edit form: the same fields and the record version it was loaded at. */
export const meetingEditSchema = withVersion(meetingSchema);
export type MeetingData = z.output<typeof meetingSchema>;

export const newMeetingSchema = z
  .object({
    committeeId: requiredText(64),
    title: optionalText(300),
    ...when,
    ...where,
    officialNumber: optionalCount({ min: 1, max: 100_000 }),
    chairLabel: optionalText(200),
    confidentiality: choice(CONFIDENTIALITY_LEVELS),
    repeat: choice(["once", "series"]),
    pattern: z.string().optional(),
    interval: optionalCount({ min: 1, max: 52 }),
    endKind: z.string().optional(),
    count: optionalCount({ min: 1, max: MAX_OCCURRENCES }),
    untilDate: optionalWallDate(),
    customRule: recurrenceRuleText(),
    acknowledgeConflicts: checkbox(),
  })
  .superRefine((value, ctx) => {
    endAfterStart(value, ctx);
    if (value.repeat !== "series") return;
    // A series is numbered in date order; the body's own number is recorded on one meeting.
    if (value.officialNumber !== null) ctx.addIssue({ code: "custom", path: ["officialNumber"], message: "meeting.error.officialNumberSeries" });
    const pattern = RECURRENCE_PATTERNS.find((p) => p === value.pattern);
    if (!pattern) ctx.addIssue({ code: "custom", path: ["pattern"], message: "error.invalidChoice" });
    if (pattern === "custom" && !value.customRule) ctx.addIssue({ code: "custom", path: ["customRule"], message: "error.required" });
    if (pattern === "custom" && value.customRule) {
      // The one strict rule check, from the series' first date (a rule may give nothing after it).
      const checked = checkRule(value.customRule, { start: firstStart(value.date, value.startTime) ?? undefined });
      if (!checked.ok) ctx.addIssue({ code: "custom", path: ["customRule"], message: checked.error });
    }
    if (pattern && pattern !== "custom" && value.interval === null) ctx.addIssue({ code: "custom", path: ["interval"], message: "error.required" });
    if (value.endKind === "count" && value.count === null) ctx.addIssue({ code: "custom", path: ["count"], message: "error.required" });
    if (value.endKind === "until") {
      if (!value.untilDate) ctx.addIssue({ code: "custom", path: ["untilDate"], message: "error.required" });
      else if (value.untilDate < value.date) ctx.addIssue({ code: "custom", path: ["untilDate"], message: "calendar.error.endBeforeStart" });
    }
    if (value.endKind !== "count" && value.endKind !== "until") ctx.addIssue({ code: "custom", path: ["endKind"], message: "error.invalidChoice" });
  });

export type NewMeetingInput = z.input<typeof newMeetingSchema>;
export type NewMeetingData = z.output<typeof newMeetingSchema>;

/** Status changes; a postponement names the new date and times. */
export const statusSchema = z
  .object({
    status: choice(MEETING_STATUSES),
    newDate: optionalWallDate(),
    newStartTime: z.string().trim().optional(),
    newEndTime: z.string().trim().optional(),
    acknowledgeConflicts: checkbox(),
  })
  .superRefine((value, ctx) => {
    if (value.status !== "postponed") return;
    if (!value.newDate) ctx.addIssue({ code: "custom", path: ["newDate"], message: "error.required" });
    const time = /^([01]\d|2[0-3]):[0-5]\d$/;
    if (!value.newStartTime || !time.test(value.newStartTime)) {
      ctx.addIssue({ code: "custom", path: ["newStartTime"], message: value.newStartTime ? "calendar.error.time" : "error.required" });
    }
    if (!value.newEndTime || !time.test(value.newEndTime)) {
      ctx.addIssue({ code: "custom", path: ["newEndTime"], message: value.newEndTime ? "calendar.error.time" : "error.required" });
    } else if (value.newStartTime && value.newEndTime <= value.newStartTime) {
      ctx.addIssue({ code: "custom", path: ["newEndTime"], message: "calendar.error.endBeforeStart" });
    }
  });

export type StatusInput = z.input<typeof statusSchema>;

/** "This and the following meetings of the series": new times and place, or cancel them all. */
export const restOfSeriesSchema = z.discriminatedUnion("intent", [
  z
    .object({
      intent: z.literal("edit"),
      startTime: requiredTime(),
      endTime: requiredTime(),
      ...where,
      acknowledgeConflicts: checkbox(),
    })
    .superRefine(endAfterStart),
  z.object({ intent: z.literal("cancel") }),
]);

export type RestOfSeriesInput = z.input<typeof restOfSeriesSchema>;

/** Venue-local form values of a meeting. */
export function meetingFormValues(m: CalendarFields & { chairLabel: string | null; confidentiality: string; sequence: number | null; numberFixed: boolean }) {
  const start = utcToWall(m.startsAt, m.timeZone);
  const end = utcToWall(m.endsAt, m.timeZone);
  return {
    title: m.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    timeZone: m.timeZone,
    venue: m.venue ?? "",
    room: m.room ?? "",
    onlineUrl: m.onlineUrl ?? "",
    officialNumber: isNumberFixed(m) && m.sequence !== null ? String(m.sequence) : "",
    chairLabel: m.chairLabel ?? "",
    confidentiality: m.confidentiality,
  };
}

/** Start and end instants of venue-local form values. */
export function instantsOf(v: { date: string; startTime: string; endTime: string; timeZone: string }) {
  return { startsAt: wallToUtc(v.date, v.startTime, v.timeZone), endsAt: wallToUtc(v.date, v.endTime, v.timeZone) };
}
