import { z } from "zod";
import { AGENDA_ITEM_KINDS, COMMITTEE_KINDS, CONFIDENTIALITY_LEVELS, MEMBERSHIP_ROLES, type AgendaItemKind } from "~/domain/vocabulary";
import { optionalDate, requiredDate, timeZoneField } from "./dates";
import { choice, optionalId, optionalText, requiredText } from "./fields";
import { recordVersionField, withVersion } from "./record-version";
import { optionalRecurrenceRule } from "./recurrence-rule";

export const committeeSchema = z.object({
  name: requiredText(200),
  shortName: optionalText(30),
  kind: choice(COMMITTEE_KINDS),
  parentId: optionalId(),
  legalBasis: optionalText(1000),
  mandate: optionalText(4000),
  objectives: optionalText(4000),
  chairAgencyId: optionalId(),
  secretariatAgencyId: optionalId(),
  cadence: optionalText(200),
  cadenceRule: optionalRecurrenceRule(),
  defaultTimeZone: timeZoneField(),
  defaultVenue: optionalText(300),
  meetingNoun: optionalText(60),
  decisionPrefix: optionalText(30),
  nextReviewDate: optionalDate(),
  confidentiality: choice(CONFIDENTIALITY_LEVELS),
});

export type CommitteeInput = z.input<typeof committeeSchema>;
export type CommitteeData = z.output<typeof committeeSchema>;

export const membershipSchema = z
  .object({
    intent: z.literal("add"),
    agencyId: requiredText(64),
    positionId: optionalId(),
    role: choice(MEMBERSHIP_ROLES),
    startDate: requiredDate(),
    endDate: optionalDate(),
  })
  .superRefine((value, ctx) => {
    if (value.endDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "calendar.error.endBeforeStart" });
    }
  });

export type MembershipInput = z.input<typeof membershipSchema>;

export const endMembershipSchema = z.object({
  intent: z.literal("end"),
  membershipId: requiredText(64),
  endDate: requiredDate(),
});

/** "" (the form's first choice): the kind is read from the title, as for items recorded before kinds. */
const standingKindField = z
  .string({ error: "error.invalidChoice" })
  .trim()
  .optional()
  .refine((v) => !v || (AGENDA_ITEM_KINDS as readonly string[]).includes(v), "error.invalidChoice")
  .transform((v) => (v ? (v as AgendaItemKind) : null));

const standingItemFields = {
  label: optionalText(20),
  title: requiredText(300),
  kind: standingKindField,
};

export const standingItemSchema = z.object({ intent: z.literal("add"), ...standingItemFields });

export type StandingItemInput = z.input<typeof standingItemSchema>;

/** Editing one standing item in place: its label, title and kind, from the version it was loaded at. */
export const standingItemEditFormSchema = z.object({ intent: z.literal("edit"), itemId: requiredText(64), ...standingItemFields });
export type StandingItemEditInput = z.input<typeof standingItemEditFormSchema>;

/** Whether new meetings get the added "matters arising" item; the committee's version guards it. */
const mattersArisingFormSchema = z.object({ intent: z.literal("mattersArising"), mattersArisingItem: choice(["on", "off"]).transform((v) => v === "on") });

export const standingItemChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("up"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("down"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("remove"), itemId: requiredText(64) }),
]);

/** The edit form: the same fields and the record version it was loaded at. */
export const committeeEditSchema = withVersion(committeeSchema);
/** The members page's forms, parsed as one. */
export const membersPageSchema = z.discriminatedUnion("intent", [membershipSchema, endMembershipSchema]);

/**
 * The standing agenda page's forms, parsed as one (each form names itself with its button's intent);
 * the edit and the "matters arising" switch carry the version they were loaded at.
 */
export const standingPageSchema = z.discriminatedUnion("intent", [
  standingItemSchema,
  standingItemEditFormSchema.extend({ version: recordVersionField }),
  mattersArisingFormSchema.extend({ version: recordVersionField }),
  standingItemChangeSchema,
]);
