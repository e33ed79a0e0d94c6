import { z } from "zod";
import { FEED_SCOPES } from "~/domain/vocabulary";
import { choice, optionalId, optionalText, requiredText } from "./fields";

export const createFeedSchema = z
  .object({
    intent: z.literal("create"),
    scope: choice(FEED_SCOPES),
    committeeId: optionalId(),
    label: optionalText(100),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "committee" && !value.committeeId) ctx.addIssue({ code: "custom", path: ["committeeId"], message: "error.required" });
  });

export type CreateFeedInput = z.input<typeof createFeedSchema>;

export const revokeFeedSchema = z.object({ intent: z.literal("revoke"), tokenId: requiredText(64) });

/** The reporting calendar's one form: a private feed of the reporting deadlines. */
export const reportingFeedSchema = z.object({ intent: z.literal("createFeed") });

/** The feeds page's two forms, parsed as one. */
export const feedPageSchema = z.discriminatedUnion("intent", [createFeedSchema, revokeFeedSchema]);
