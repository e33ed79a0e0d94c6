import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EditMeetingForm } from "~/components/meetings/meeting-form";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { timeZoneOptions } from "~/domain/time-zones";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { messageFor } from "~/i18n/locale.server";
import { invitedTo } from "~/models/attendance.server";
import { candidates, schedulingConflicts } from "~/models/conflicts.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { officialNumberTaken, updateMeeting } from "~/models/meeting.server";
import { requirePermission } from "~/permissions.server";
import { instantsOf, meetingEditSchema, meetingFormValues } from "~/schemas/meeting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  return { meeting, initial: meetingFormValues(meeting), timeZones: timeZoneOptions(meeting.timeZone) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const parsed = parseWith(meetingEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const { startsAt, endsAt } = instantsOf(parsed.data);
  const conflicts = await schedulingConflicts(
    ctx,
    candidates([{ id: meeting.id, startsAt, endsAt }], parsed.data, await invitedTo(meeting.id)),
    { excludeIds: [meeting.id] },
  );
  if (conflicts.length && !parsed.data.acknowledgeConflicts) {
    return data({ ok: false as const, values: parsed.values, fieldErrors: {}, formErrors: [], conflicts }, { status: 409 });
  }
  const { acknowledgeConflicts: _ack, date: _date, startTime: _start, endTime: _end, officialNumber, ...fields } = parsed.data;
  // Only a new number counts: an empty field leaves a number already on the record as it is.
  const newNumber = officialNumber !== null && !(meeting.numberFixed && officialNumber === meeting.sequence) ? officialNumber : null;
  if (newNumber !== null) {
    const taken = await officialNumberTaken(meeting.committeeId, newNumber, meeting.id);
    if (taken) return refuse(parsed.values, { officialNumber: [await messageFor(request, user.locale, "meeting.error.officialNumberTaken", { title: taken.title })] });
  }
  const stale = await staleOr(() => updateMeeting(user.id, meeting.id, { ...fields, startsAt, endsAt }, newNumber));
  if (stale) return conflicted(parsed.values, stale);
  return redirectWithFlash(request, `/meetings/${meeting.id}`, { kind: "success", key: "common.saved" });
}

export default function EditMeetingPage() {
  const { meeting, initial, timeZones } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit />
      <h2>{meeting.seriesId ? t("meeting.edit.occurrenceTitle") : t("meeting.edit.title")}</h2>
      {meeting.seriesId ? <p className="lede">{t("meeting.edit.occurrenceIntro")}</p> : null}
      <EditMeetingForm
        initial={initial}
        version={meeting.version}
        timeZones={timeZones}
        failure={failure}
        cancelTo={`/meetings/${meeting.id}`}
        provisional={meeting.numberFixed || meeting.status === "held" ? null : meeting.sequence}
      />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.edit"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
