import { z } from "zod";

/** The secretary's buttons on a meeting: send the invitations, or circulate the journal. */
export const meetingNotifySchema = z.object({ intent: z.enum(["invite", "circulate"]) });
export type MeetingNotifyInput = z.input<typeof meetingNotifySchema>;
