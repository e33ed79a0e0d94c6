import { z } from "zod";
import { TIME_MARK_KINDS } from "~/domain/vocabulary";
import { requiredTime, requiredWallDate } from "./dates";
import { choice, optionalText } from "./fields";

export const timeMarkSchema = z.object({
  intent: z.literal("mark"),
  kind: choice(TIME_MARK_KINDS),
  date: requiredWallDate(),
  time: requiredTime(),
});
export type TimeMarkInput = z.input<typeof timeMarkSchema>;

export const journalNotesSchema = z.object({
  intent: z.literal("notes"),
  chairLabel: optionalText(200),
  journalNotes: optionalText(20000),
  nextMeetingNote: optionalText(1000),
});
export type JournalNotesInput = z.input<typeof journalNotesSchema>;

/** The journal page's two forms, parsed as one. */
export const journalPageSchema = z.discriminatedUnion("intent", [timeMarkSchema, journalNotesSchema]);
