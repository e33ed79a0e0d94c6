// Loads the meeting a meeting page is about and checks the reader may see it (404 otherwise).
import type { AccessContext } from "~/domain/access";
import { assertVisible, notFound } from "~/permissions.server";
import { readMeeting } from "./meeting-read.server";

export async function visibleMeeting(ctx: AccessContext, id: string | undefined) {
  const meeting = readMeeting(id ?? "");
  if (!meeting || meeting.archivedAt) throw notFound();
  assertVisible(ctx, "meeting", meeting);
  return meeting;
}
