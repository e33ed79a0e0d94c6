import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { NewMeetingForm } from "~/components/meetings/meeting-form";
import { buildRule, MAX_OCCURRENCES, withEnd } from "~/domain/recurrence";
import { timeZoneOptions } from "~/domain/time-zones";
import { minutesBetween, utcToWall } from "~/domain/wall-clock";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { messageFor } from "~/i18n/locale.server";
import { committeeOptions } from "~/models/committee.server";
import { candidates, schedulingConflicts } from "~/models/conflicts.server";
import { committeeForScheduling, createMeeting, officialNumberTaken, plannedInvitations } from "~/models/meeting.server";
import { createSeries, occurrencesOf } from "~/models/series.server";
import { requirePermission } from "~/permissions.server";
import { instantsOf, newMeetingSchema, type NewMeetingData } from "~/schemas/meeting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "create", "meeting");
  const committeeId = new URL(request.url).searchParams.get("committeeId") ?? "";
  const [committees, committee] = await Promise.all([committeeOptions(ctx), committeeId ? committeeForScheduling(ctx, committeeId) : null]);
  const zone = committee?.defaultTimeZone ?? "UTC";
  const tomorrow = utcToWall(new Date(Date.now() + 86_400_000), zone).date;
  return {
    committees,
    timeZones: timeZoneOptions(zone),
    initial: {
      committeeId: committee?.id ?? "",
      title: "",
      date: tomorrow,
      startTime: "10:00",
      endTime: "12:00",
      timeZone: zone,
      venue: committee?.defaultVenue ?? "",
      room: "",
      onlineUrl: "",
      officialNumber: "",
      chairLabel: "",
      confidentiality: committee?.confidentiality ?? "internal",
      repeat: "once",
      pattern: "weekly",
      interval: "1",
      endKind: "count",
      count: "6",
      untilDate: "",
      customRule: committee?.cadenceRule ?? "",
    },
  };
}

/** The RFC 5545 rule of the series part of the form, or a field error. */
function seriesRule(d: NewMeetingData): { rule: string } | { field: string; error: string } {
  const end = { count: d.endKind === "count" ? d.count : null, untilDate: d.endKind === "until" ? d.untilDate : null };
  if (d.pattern === "custom") {
    // The schema has checked the rule (recurrence-rule.ts); a custom pattern always carries one.
    if (!d.customRule) return { field: "customRule", error: "error.required" };
    return { rule: withEnd(d.customRule, end) };
  }
  if (d.pattern !== "weekly" && d.pattern !== "monthly_nth_weekday" && d.pattern !== "monthly_last_weekday") return { field: "pattern", error: "error.invalidChoice" };
  return { rule: buildRule({ pattern: d.pattern, interval: d.interval ?? 1, firstDate: d.date, ...end }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "create", "meeting");
  const parsed = parseWith(newMeetingSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const d = parsed.data;
  const committee = await committeeForScheduling(ctx, d.committeeId);
  if (!committee) return refuse(parsed.values, { committeeId: ["committee.error.committeeMissing"] });
  const { startsAt, endsAt } = instantsOf(d);
  const meeting = {
    committeeId: committee.id,
    title: d.title,
    timeZone: d.timeZone,
    venue: d.venue,
    room: d.room,
    onlineUrl: d.onlineUrl,
    chairLabel: d.chairLabel,
    confidentiality: d.confidentiality,
  };
  const place = { venue: d.venue, room: d.room };
  const invited = await plannedInvitations(committee.id, startsAt);

  if (d.repeat === "once") {
    if (d.officialNumber !== null) {
      const taken = await officialNumberTaken(committee.id, d.officialNumber);
      if (taken) return refuse(parsed.values, { officialNumber: [await messageFor(request, user.locale, "meeting.error.officialNumberTaken", { title: taken.title })] });
    }
    const conflicts = await schedulingConflicts(ctx, candidates([{ startsAt, endsAt }], place, invited));
    if (conflicts.length && !d.acknowledgeConflicts) return data({ ...noErrors(parsed.values), conflicts }, { status: 409 });
    const created = await createMeeting(user.id, { ...meeting, startsAt, endsAt }, committee, new Date(), d.officialNumber);
    return redirectWithFlash(request, `/meetings/${created.id}`, { kind: "success", key: "meeting.created" });
  }

  const rule = seriesRule(d);
  if ("error" in rule) return refuse(parsed.values, { [rule.field]: [rule.error] });
  const plan = { ...meeting, rrule: rule.rule, firstStartLocal: `${d.date}T${d.startTime}`, durationMinutes: minutesBetween(startsAt, endsAt) };
  const occurrences = occurrencesOf(plan);
  if (occurrences.length === 0) return refuse(parsed.values, { [d.pattern === "custom" ? "customRule" : "pattern"]: ["calendar.error.noOccurrence"] });
  if (occurrences.length > MAX_OCCURRENCES) return refuse(parsed.values, { [d.endKind === "until" ? "untilDate" : "count"]: ["calendar.error.seriesTooLong"] });
  const conflicts = await schedulingConflicts(ctx, candidates(occurrences, place, invited));
  if (conflicts.length && !d.acknowledgeConflicts) return data({ ...noErrors(parsed.values), conflicts }, { status: 409 });
  const { meetings } = await createSeries(user.id, plan, committee);
  return redirectWithFlash(request, `/meetings/${meetings[0]?.id ?? ""}`, { kind: "success", key: "series.created" });
}

function noErrors(values: Record<string, string>) {
  return { ok: false as const, values, fieldErrors: {}, formErrors: [] };
}

export default function NewMeetingPage() {
  const { committees, timeZones, initial } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-meeting-title">
      <h1 id="new-meeting-title">{t("meeting.new.title")}</h1>
      <NewMeetingForm
        initial={initial}
        committees={committees}
        timeZones={timeZones}
        failure={failure}
        cancelTo={initial.committeeId ? `/committees/${initial.committeeId}` : "/meetings"}
      />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "meeting.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
