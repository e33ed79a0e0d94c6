import type { LoaderFunctionArgs } from "@remix-run/node";
import { icsResponse, meetingsCalendar } from "~/models/ical.server";
import { meetingForIcal } from "~/models/calendar-feed.server";
import { assertVisible, notFound, requirePermission } from "~/permissions.server";

// GET /meetings/:id/ics — one meeting as an iCalendar file, for the signed-in reader who may see it.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await meetingForIcal(params.meetingId ?? "");
  if (!meeting || meeting.archivedAt) throw notFound();
  assertVisible(ctx, "meeting", meeting);
  const origin = new URL(request.url).origin;
  return icsResponse(meetingsCalendar({ name: meeting.title, meetings: [meeting], baseUrl: origin }), `meeting-${meeting.id}.ics`);
}
