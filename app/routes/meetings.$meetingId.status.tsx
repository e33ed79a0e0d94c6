import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { ConflictWarnings } from "~/components/meetings/conflict-warnings";
import type { MeetingFailure } from "~/components/meetings/meeting-form";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { MEETING_STATUSES } from "~/domain/vocabulary";
import { hasStartedByToday, wallToUtc } from "~/domain/wall-clock";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { invitedTo } from "~/models/attendance.server";
import { candidates, schedulingConflicts } from "~/models/conflicts.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { changeMeetingStatus } from "~/models/meeting.server";
import { requirePermission } from "~/permissions.server";
import { meetingFormValues, statusSchema, type StatusInput } from "~/schemas/meeting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  return { meeting, current: meetingFormValues(meeting) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const parsed = parseWith(statusSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const d = parsed.data;
  // A meeting is held on its day, not before: its journal and "matters arising" depend on it.
  if (d.status === "held" && !hasStartedByToday(meeting.startsAt, meeting.timeZone, new Date())) {
    return refuse(parsed.values, { status: ["meeting.error.heldInFuture"] });
  }
  if (d.status === "postponed" && d.newDate && d.newStartTime && d.newEndTime) {
    const postponeTo = { startsAt: wallToUtc(d.newDate, d.newStartTime, meeting.timeZone), endsAt: wallToUtc(d.newDate, d.newEndTime, meeting.timeZone) };
    const conflicts = await schedulingConflicts(ctx, candidates([postponeTo], meeting, await invitedTo(meeting.id)), { excludeIds: [meeting.id] });
    if (conflicts.length && !d.acknowledgeConflicts) {
      return data({ ok: false as const, values: parsed.values, fieldErrors: {}, formErrors: [], conflicts }, { status: 409 });
    }
    const { replacement } = await changeMeetingStatus(user.id, meeting.id, "postponed", postponeTo);
    return redirectWithFlash(request, `/meetings/${replacement?.id ?? meeting.id}`, { kind: "success", key: "meeting.postponed" });
  }
  await changeMeetingStatus(user.id, meeting.id, d.status);
  return redirectWithFlash(request, `/meetings/${meeting.id}`, { kind: "success", key: "common.saved" });
}

export default function MeetingStatusPage() {
  const { meeting, current } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit />
      <h2>{t("meeting.status.title")}</h2>
      <p className="lede">{t("meeting.status.intro")}</p>
      <StatusForm
        initial={{ status: meeting.status, newDate: "", newStartTime: current.startTime, newEndTime: current.endTime }}
        zone={meeting.timeZone}
        failure={failure}
      />
    </article>
  );
}

function StatusForm({ initial, zone, failure }: { initial: StatusInput; zone: string; failure?: MeetingFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const { onSubmit, field, errors } = useValidatedForm(statusSchema, { defaultValues: initial, failure });
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Object.keys(failure?.fieldErrors ?? {}).length > 0 || Object.keys(errors).length > 0} />
      <ConflictWarnings conflicts={failure?.conflicts ?? []} busy={busy} />
      <SelectField
        label={t("meeting.status.field")}
        options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetingStatus.${s}`) }))}
        {...field("status")}
      />
      <fieldset className="field-group stack">
        <legend>{t("meeting.status.postponeLegend")}</legend>
        <p className="field__hint">{t("meeting.status.postponeHint", { zone })}</p>
        <div className="inline-fields">
          <TextField label={t("meeting.status.newDate")} type="date" {...field("newDate")} />
          <TextField label={t("meeting.field.startTime")} type="time" {...field("newStartTime")} />
          <TextField label={t("meeting.field.endTime")} type="time" {...field("newEndTime")} />
        </div>
      </fieldset>
      <FormActions  />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.status"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
