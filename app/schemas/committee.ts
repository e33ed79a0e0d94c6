import { z } from "zod";
import { COMMITTEE_KINDS, CONFIDENTIALITY_LEVELS, MEMBERSHIP_ROLES } from "~/domain/vocabulary";
import { optionalDate, requiredDate, timeZoneField } from "./calendar-fields";
import { choice, optionalId, optionalText, requiredText } from "./fields";
import { withVersion } from "./record-version";
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

export const standingItemSchema = z.object({
  intent: z.literal("add"),
  label: optionalText(20),
  title: requiredText(300),
});

export type StandingItemInput = z.input<typeof standingItemSchema>;

export const standingItemChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("up"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("down"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("remove"), itemId: requiredText(64) }),
]);

/** The edit form: the same fields and the record version it was loaded at. */
export const committeeEditSchema = withVersion(committeeSchema);
/** The members page's forms, parsed as one. */
export const membersPageSchema = z.discriminatedUnion("intent", [membershipSchema, endMembershipSchema]);

/** The standing agenda page's forms, parsed as one. */
export const standingPageSchema = z.discriminatedUnion("intent", [standingItemSchema, standingItemChangeSchema]);
