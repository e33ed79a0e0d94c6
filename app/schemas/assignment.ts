import { z } from "zod";
import { optionalDate, requiredDate } from "./dates";
import { checkbox, optionalText, requiredText } from "./fields";

/** Assign a person to a post (substantive or acting). */
export const assignmentSchema = z
  .object({
    personId: requiredText(64),
    startDate: requiredDate(),
    plannedEndDate: optionalDate(),
    acting: checkbox(),
    notes: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.plannedEndDate && value.plannedEndDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["plannedEndDate"], message: "assignment.error.plannedEndBeforeStart" });
    }
  });

export type AssignmentInput = z.input<typeof assignmentSchema>;
export type AssignmentData = z.output<typeof assignmentSchema>;

/** The forms of a post's page: end a tenure, archive or restore the post. */
export const endAssignmentSchema = z.object({
  intent: z.literal("end"),
  assignmentId: requiredText(64),
  endDate: requiredDate(),
});

export const positionPageSchema = z.discriminatedUnion("intent", [
  endAssignmentSchema,
  z.object({ intent: z.literal("archive") }),
  z.object({ intent: z.literal("restore") }),
  z.object({ intent: z.literal("start-handover") }),
]);

export type EndAssignmentInput = z.input<typeof endAssignmentSchema>;
