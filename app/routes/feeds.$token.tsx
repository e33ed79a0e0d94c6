import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedFor } from "~/models/calendar-feed.server";
import { icsResponse, meetingsCalendar } from "~/models/ical.server";
import { notFound } from "~/permissions.server";

// GET /feeds/<token>.ics — a subscribed calendar. No session: the secret token is the credential, and
// the feed is read with its owner's access. Nothing is written here (not even a "last used" time):
// a GET never changes data.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = (params.token ?? "").replace(/\.ics$/, "");
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound();
  const feed = await feedFor(token);
  if (!feed) throw notFound();
  const origin = new URL(request.url).origin;
  return icsResponse(meetingsCalendar({ name: feed.name, meetings: feed.meetings, baseUrl: origin }), "relais.ics");
}
