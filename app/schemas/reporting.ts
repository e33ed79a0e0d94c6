// Reporting obligations and their cycles: the obligation form (with its due-date rule, milestone
// offsets and contributors), a submission record, a milestone's status, a hand-added cycle and a
// public holiday. Shared by the browser forms and the server actions.
import { z } from "zod";
import { CUSTOM_RULE_FREQUENCIES, plannedCycles } from "~/domain/due-rules";
import { MAX_OFFSET_DAYS, offsetsInOrder } from "~/domain/milestone-plan";
import { CONFIDENTIALITY_LEVELS, DUE_RULE_KINDS, MILESTONE_STATUSES, SUBMISSION_ACCESS } from "~/domain/vocabulary";
import { optionalDate, requiredDate } from "./dates";
import { choice, optionalId, optionalText, requiredText } from "./fields";
import { checkRule, recurrenceRuleText } from "./recurrence-rule";
import { withVersion } from "./record-version";

/** A whole number typed in a box, within bounds; empty means not given. */
function optionalInt(min: number, max: number) {
  return z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,4}$/.test(v) && Number(v) >= min && Number(v) <= max), "error.reporting.numberRange")
    .transform((v) => (v ? Number.parseInt(v, 10) : null));
}

function offset() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) <= MAX_OFFSET_DAYS, "error.reporting.offsetRange")
    .transform((v) => Number.parseInt(v, 10));
}

/**
 * The custom due-date rule, checked with the one strict rule schema (app/schemas/recurrence-rule.ts)
 * from the rule's start date, then for what reporting needs: at most monthly, and a due date ahead.
 */
function customRuleProblem(rrule: string, start: Date | null, now = new Date()): string | null {
  const checked = checkRule(rrule, start ? { start, now } : { now });
  if (!checked.ok) return checked.error;
  const freq = checked.options.freq;
  if (freq === undefined || !(CUSTOM_RULE_FREQUENCIES as readonly number[]).includes(freq)) return "error.reporting.rrule";
  if (!start) return null;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (plannedCycles({ kind: "custom", rrule: checked.rule, start }, today, 1).length === 0) return "error.reporting.rruleNoneAhead";
  return null;
}

export const MAX_CONTRIBUTORS = 20;

export const contributorRowSchema = z.object({
  agencyId: optionalId(),
  positionId: optionalId(),
  contribution: optionalText(300),
});

export const obligationSchema = z
  .object({
    instrumentId: requiredText(64),
    provisionId: optionalId(),
    title: requiredText(300),
    description: optionalText(4000),
    procedureNotes: optionalText(8000),
    leadPositionId: requiredText(64),
    submissionAccess: choice(SUBMISSION_ACCESS),
    confidentiality: choice(CONFIDENTIALITY_LEVELS),
    ruleKind: choice(DUE_RULE_KINDS),
    ruleMonth: optionalInt(1, 12),
    ruleDay: optionalInt(1, 31),
    ruleIntervalYears: optionalInt(1, 10),
    ruleFirstYear: optionalInt(1990, 2100),
    ruleEventDate: optionalDate(),
    rrule: recurrenceRuleText(),
    ruleStart: optionalDate(),
    offsetDataCall: offset(),
    offsetContributions: offset(),
    offsetConsolidation: offset(),
    offsetClearance: offset(),
    offsetSubmission: offset(),
    skipNonWorkingDays: choice(["yes", "no"] as const),
    contributors: z.array(contributorRowSchema).max(MAX_CONTRIBUTORS).optional(),
  })
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, present: boolean) => {
      if (!present) ctx.addIssue({ code: "custom", path: [field], message: "error.required" });
    };
    if (v.ruleKind === "annual" || v.ruleKind === "every_n_years") {
      need("ruleMonth", v.ruleMonth !== null);
      need("ruleDay", v.ruleDay !== null);
      // 29 February is allowed (it falls back to the 28th in common years); 31 April is not.
      if (v.ruleMonth && v.ruleDay && v.ruleDay > new Date(Date.UTC(2024, v.ruleMonth, 0)).getUTCDate()) {
        ctx.addIssue({ code: "custom", path: ["ruleDay"], message: "error.reporting.noSuchDay" });
      }
    }
    if (v.ruleKind === "every_n_years") {
      need("ruleIntervalYears", v.ruleIntervalYears !== null);
      need("ruleFirstYear", v.ruleFirstYear !== null);
    }
    if (v.ruleKind === "once_after_event") need("ruleEventDate", v.ruleEventDate !== null);
    if (v.ruleKind === "custom") {
      need("rrule", v.rrule !== null);
      need("ruleStart", v.ruleStart !== null);
      const problem = v.rrule ? customRuleProblem(v.rrule, v.ruleStart) : null;
      if (problem) ctx.addIssue({ code: "custom", path: ["rrule"], message: problem });
    }
    const offsets = {
      data_call: v.offsetDataCall,
      contributions: v.offsetContributions,
      consolidation: v.offsetConsolidation,
      clearance: v.offsetClearance,
      submission: v.offsetSubmission,
    };
    if (Object.values(offsets).every((n) => !Number.isNaN(n)) && !offsetsInOrder(offsets)) {
      ctx.addIssue({ code: "custom", path: ["offsetSubmission"], message: "error.reporting.offsetOrder" });
    }
  })
  .transform(({ contributors, ...v }) => ({
    ...v,
    contributors: (contributors ?? []).filter((c) => c.agencyId || c.positionId),
  }));

export type ObligationInput = z.input<typeof obligationSchema>;
export type ObligationData = z.output<typeof obligationSchema>;

/** An edit: the form and the version it was loaded at (a stale form is a conflict, never an overwrite). */
export const obligationEditSchema = withVersion(obligationSchema);

export const submissionSchema = z.object({
  intent: z.literal("submit"),
  submittedOn: requiredDate(),
  submissionReference: requiredText(300),
  submittedBy: requiredText(200),
  submissionAccess: choice(SUBMISSION_ACCESS),
  nilReport: choice(["yes", "no"] as const),
});
export type SubmissionInput = z.input<typeof submissionSchema>;

export const milestoneStatusSchema = z.object({
  intent: z.literal("milestone"),
  milestoneId: requiredText(64),
  status: choice(MILESTONE_STATUSES),
});

/** The forms of a cycle's page. */
export const cyclePageSchema = z.discriminatedUnion("intent", [submissionSchema, milestoneStatusSchema]);

/** A cycle added by hand when the event happens (a new point of contact, new measures). */
export const manualCycleSchema = z.object({
  intent: z.literal("addCycle"),
  cycle: requiredText(120),
  dueDate: requiredDate(),
});
export type ManualCycleInput = z.input<typeof manualCycleSchema>;

export const obligationPageSchema = z.discriminatedUnion("intent", [
  manualCycleSchema,
  z.object({ intent: z.literal("archive") }),
  z.object({ intent: z.literal("restore") }),
]);

export const holidaySchema = z.object({
  intent: z.literal("add"),
  day: requiredDate(),
  name: requiredText(120),
});
export type HolidayInput = z.input<typeof holidaySchema>;

export const holidaysPageSchema = z.discriminatedUnion("intent", [
  holidaySchema,
  z.object({ intent: z.literal("archive"), holidayId: requiredText(64) }),
]);

