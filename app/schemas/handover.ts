import { z } from "zod";
import { choice, optionalText } from "./fields";
import { withVersion } from "./record-version";

/** A handover's confidentiality: the post's agency ("restricted", the default) or named people only. */
export const HANDOVER_LEVELS = ["restricted", "confidential"] as const;

const note = () => optionalText(20_000);

/** The outgoing person's notes, in sections. `intent` says whether to save or to save and submit. */
export const handoverNotesSchema = z.object({
  intent: choice(["save", "submit"]),
  ongoingMatters: note(),
  pendingDecisions: note(),
  keyContacts: note(),
  risks: note(),
  filesLocation: note(),
  otherNotes: note(),
  confidentiality: choice(HANDOVER_LEVELS),
});

/** What the edit route parses: the notes and the record version the form was loaded at. */
export const handoverNotesEditSchema = withVersion(handoverNotesSchema);

export type HandoverNotesInput = z.input<typeof handoverNotesSchema>;
export type HandoverNotesData = z.output<typeof handoverNotesEditSchema>;

/** Start a handover for a post (from the post page). */
export const startHandoverSchema = z.object({ intent: z.literal("start-handover") });

/** The incoming person acknowledges one version. */
export const acknowledgeSchema = z.object({
  intent: z.literal("acknowledge"),
  version: z.coerce.number({ error: "error.invalidChoice" }).int().min(1).max(10_000),
});

/** The thresholds of the rotation-risk rules. */
const threshold = (max: number) => z.coerce.number({ error: "rotation.error.threshold" }).int("rotation.error.threshold").min(1, "rotation.error.threshold").max(max, "rotation.error.threshold");
export const rotationSettingsSchema = z.object({
  leavingWithinDays: threshold(730),
  unacknowledgedAfterDays: threshold(365),
  actingLongerThanDays: threshold(730),
  concentrationResponsibilities: threshold(1000),
  concentrationActions: threshold(1000),
  concentrationMilestones: threshold(1000),
});
export type RotationSettingsInput = z.input<typeof rotationSettingsSchema>;
