import type { ActionFunctionArgs } from "@remix-run/node";
import { parseWith, readForm } from "~/submissions/parse.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { circulateJournal, MeetingNotInvitable, sendInvitations } from "~/models/meeting-notifications.server";
import { requirePermission } from "~/permissions.server";
import { meetingNotifySchema } from "~/schemas/meeting-notifications";
import { redirectWithFlash } from "~/session.server";

// POST /meetings/:id/notify — "Send invitations" and "Circulate the journal" (secretaries). Both
// are audited and only enqueue: the outbox sends. There is no page here; the buttons are on the
// meeting's overview.
export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const back = `/meetings/${meeting.id}`;
  const parsed = parseWith(meetingNotifySchema, await readForm(request));
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  if (parsed.data.intent === "circulate") {
    await circulateJournal(user.id, meeting.id);
    return redirectWithFlash(request, back, { kind: "success", key: "notify.meeting.circulatedDone" });
  }
  try {
    await sendInvitations(user.id, meeting.id);
  } catch (error) {
    if (error instanceof MeetingNotInvitable) return redirectWithFlash(request, back, { kind: "error", key: "notify.meeting.cannotInvite" });
    throw error;
  }
  return redirectWithFlash(request, back, { kind: "success", key: "notify.meeting.invitationsDone" });
}

export function loader() {
  throw new Response("Not Found", { status: 404 });
}
