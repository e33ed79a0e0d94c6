// Follow-up actions: the create/edit form, the status update on an action's page, and the bulk
// update during a meeting. Shared by the browser forms and the server actions.
import { z } from "zod";
import { ACTION_STATUSES, CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import { optionalDate } from "./dates";
import { choice, optionalId, optionalText, requiredText } from "./fields";
import { withVersion } from "./record-version";

export const actionSchema = z.object({
  title: requiredText(300),
  description: optionalText(4000),
  ownerPositionId: requiredText(64),
  ownerPersonId: optionalId(),
  dueDate: optionalDate(),
  decisionId: optionalId(),
  meetingId: optionalId(),
  committeeId: optionalId(),
  confidentiality: choice(CONFIDENTIALITY_LEVELS),
});

export type ActionInput = z.input<typeof actionSchema>;
export type ActionData = z.output<typeof actionSchema>;

export const actionUpdateSchema = z.object({
  intent: z.literal("update"),
  status: choice(ACTION_STATUSES),
  note: optionalText(2000),
});

/** The forms of an action's page: a status update with its note, or archiving. */
export const actionPageSchema = z.discriminatedUnion("intent", [
  actionUpdateSchema,
  z.object({ intent: z.literal("archive") }),
  z.object({ intent: z.literal("restore") }),
]);

export type ActionUpdateInput = z.input<typeof actionUpdateSchema>;

export const bulkRowSchema = z.object({
  id: z.string().trim().min(1).max(64),
  /** The status shown when the page was loaded; rows left as they were are skipped. */
  was: z.string().max(20),
  status: choice(ACTION_STATUSES),
  note: optionalText(2000),
});

export const bulkUpdateSchema = z.object({ rows: z.array(bulkRowSchema).max(200) });

export type BulkUpdateInput = z.input<typeof bulkUpdateSchema>;
export type BulkUpdateData = z.output<typeof bulkUpdateSchema>;

/** The edit form: the same fields and the record version it was loaded at. */
export const actionEditSchema = withVersion(actionSchema);
