import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedFor } from "~/models/calendar-feed.server";
import { icsResponse, meetingsCalendar } from "~/models/ical.server";
import { reportingIcal } from "~/models/reporting-ical.server";
import { reportingFeedFor } from "~/models/reporting-feed.server";
import { notFound } from "~/permissions.server";

// GET /feeds/<token>.ics — a subscribed calendar. No session: the secret token is the credential, and
// the feed is read with its owner's access. Nothing is written here (not even a "last used" time):
// a GET never changes data.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = (params.token ?? "").replace(/\.ics$/, "");
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound();
  const origin = new URL(request.url).origin;
  const reporting = await reportingFeedFor(token);
  if (reporting) return icsResponse(reportingIcal({ entries: reporting.entries, baseUrl: origin, locale: reporting.locale }), "relais-reporting.ics");
  const feed = await feedFor(token);
  if (!feed) throw notFound();
  return icsResponse(meetingsCalendar({ name: feed.name, meetings: feed.meetings, baseUrl: origin }), "relais.ics");
}
