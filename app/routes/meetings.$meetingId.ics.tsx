import type { LoaderFunctionArgs } from "@remix-run/node";
import { icsResponse, meetingsCalendar } from "~/models/ical.server";
import { meetingForIcal } from "~/models/calendar-feed.server";
import { recordExport } from "~/models/audit.server";
import { assertVisible, notFound, requirePermission } from "~/permissions.server";

// GET /meetings/:id/ics — one meeting as an iCalendar file, for the signed-in reader who may see it.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await meetingForIcal(params.meetingId ?? "");
  if (!meeting || meeting.archivedAt) throw notFound();
  assertVisible(ctx, "meeting", meeting);
  // Audited as an export, not on the meeting: its history (and stale-edit explanations) list changes only.
  await recordExport(user.id, "meeting.ics", { meeting: meeting.id });
  const origin = new URL(request.url).origin;
  return icsResponse(meetingsCalendar({ name: meeting.title, meetings: [meeting], baseUrl: origin }), `meeting-${meeting.id}.ics`);
}
