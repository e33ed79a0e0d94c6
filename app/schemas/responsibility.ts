import { z } from "zod";
import { RACI_ROLES } from "~/domain/vocabulary";
import { choice, optionalId, optionalText, requiredText } from "./fields";
import { withVersion } from "./record-version";

export const responsibilitySchema = z
  .object({
    title: requiredText(300),
    description: optionalText(4000),
    instrumentId: optionalId(),
    provisionId: optionalId(),
    phaseId: optionalId(),
  })
  .superRefine((value, ctx) => {
    if (value.provisionId && !value.instrumentId) {
      ctx.addIssue({ code: "custom", path: ["instrumentId"], message: "responsibility.error.provisionNeedsInstrument" });
    }
  });

export type ResponsibilityInput = z.input<typeof responsibilitySchema>;
export type ResponsibilityData = z.output<typeof responsibilitySchema>;

/** A RACI role given to an agency, or to one of its posts, on a responsibility. */
export const addRoleSchema = z.object({
  intent: z.literal("addRole"),
  responsibilityId: requiredText(64),
  agencyId: requiredText(64),
  role: choice(RACI_ROLES),
  positionId: optionalId(),
  note: optionalText(500),
});

export type AddRoleInput = z.input<typeof addRoleSchema>;

/** The forms of a matrix cell and of a responsibility's page: add a role, or withdraw one. */
const removeRoleSchema = z.object({ intent: z.literal("removeRole"), lineId: requiredText(64) });

export const raciChangeSchema = z.discriminatedUnion("intent", [addRoleSchema, removeRoleSchema]);
export type RaciChange = z.output<typeof raciChangeSchema>;

/** A responsibility's own page: its RACI forms, and archive or restore. */
export const responsibilityPageSchema = z.discriminatedUnion("intent", [
  addRoleSchema,
  removeRoleSchema,
  z.object({ intent: z.literal("archive") }),
  z.object({ intent: z.literal("restore") }),
]);

/** The edit form: the same fields and the record version it was loaded at. */
export const responsibilityEditSchema = withVersion(responsibilitySchema);
