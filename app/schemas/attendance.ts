import { z } from "zod";
import { ATTENDANCE_STATUSES, PARTICIPANT_ROLES, type ExternalParticipantKind } from "~/domain/vocabulary";
import { choice, optionalEmail, optionalId, optionalText, requiredText } from "./fields";

/** One row of the attendance register. "Represented" names who stood in. */
export const attendanceRowSchema = z
  .object({
    participationId: requiredText(64),
    attendance: choice(ATTENDANCE_STATUSES),
    representedByName: optionalText(200),
  })
  .superRefine((row, ctx) => {
    if (row.attendance === "represented" && !row.representedByName) {
      ctx.addIssue({ code: "custom", path: ["representedByName"], message: "meeting.error.representedBy" });
    }
  });

export const attendanceRegisterSchema = z.object({ rows: z.array(attendanceRowSchema).max(500) });

/** The register's fields are named attendance.<id> and representedBy.<id>, one pair per participant. */
export function registerFromForm(formData: FormData) {
  const rows: { participationId: string; attendance: string; representedByName: string }[] = [];
  for (const [key, value] of formData) {
    if (!key.startsWith("attendance.") || typeof value !== "string") continue;
    const participationId = key.slice("attendance.".length);
    const represented = formData.get(`representedBy.${participationId}`);
    rows.push({ participationId, attendance: value, representedByName: typeof represented === "string" ? represented : "" });
  }
  return { rows };
}

/**
 * Whom the secretary invites: another post of the directory, or someone outside it — an ad-hoc
 * expert ("external", the form's first choice), a delegation (a participating State) or another
 * organisation, each with the address its invitation and journal go to.
 */
export const ADD_PARTICIPANT_KINDS = ["external", "delegation", "organisation", "post"] as const;

/** The stored kind of an outside participant, from the form's choice. */
export function externalKindOf(kind: (typeof ADD_PARTICIPANT_KINDS)[number]): ExternalParticipantKind | null {
  if (kind === "post") return null;
  return kind === "external" ? "expert" : kind;
}

export const addParticipantSchema = z
  .object({
    intent: z.literal("add"),
    kind: choice(ADD_PARTICIPANT_KINDS),
    positionId: optionalId(),
    externalName: optionalText(200),
    externalAffiliation: optionalText(200),
    /** Where an ad-hoc expert or delegation receives the invitation and the journal. */
    externalEmail: optionalEmail(),
    role: choice(PARTICIPANT_ROLES),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "post" && !value.positionId) ctx.addIssue({ code: "custom", path: ["positionId"], message: "error.required" });
    if (value.kind !== "post" && !value.externalName) ctx.addIssue({ code: "custom", path: ["externalName"], message: "error.required" });
  });

export type AddParticipantInput = z.input<typeof addParticipantSchema>;

/** The attendance page's two forms (add a participant, save the register), parsed as one. */
export const attendancePageSchema = z.discriminatedUnion("intent", [
  addParticipantSchema,
  attendanceRegisterSchema.extend({ intent: z.literal("register") }),
]);

/** What the page's schema reads: the form's text fields, with the register's rows gathered. */
export function attendancePageInput(formData: FormData) {
  const values: Record<string, unknown> = {};
  for (const [key, value] of formData) if (typeof value === "string") values[key] = value;
  return { ...values, ...registerFromForm(formData) };
}
