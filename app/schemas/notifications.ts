import { z } from "zod";
import { OPTIONAL_EMAIL_KINDS } from "~/domain/notifications";

/** The notifications page's buttons: one notification read, or all of them. */
export const markReadSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: z.string().trim().min(1).max(64) }),
  z.object({ intent: z.literal("read-all") }),
]);

/** The outbox's retry button. */
export const retrySchema = z.object({ id: z.string().trim().min(1).max(64) });

// An unticked checkbox is absent from the form: absent means "not by email".
const checkbox = z.literal("on").optional().transform((v) => v === "on");

/** /profile/notifications: which kinds also reach the user by email. */
export const emailChoicesSchema = z.object(
  Object.fromEntries(OPTIONAL_EMAIL_KINDS.map((k) => [k, checkbox])) as Record<(typeof OPTIONAL_EMAIL_KINDS)[number], typeof checkbox>,
);
