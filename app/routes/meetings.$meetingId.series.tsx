import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { ConflictWarnings } from "~/components/meetings/conflict-warnings";
import type { MeetingFailure } from "~/components/meetings/meeting-form";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { MeetingTime } from "~/components/meetings/meeting-time";
import { RuleSentence } from "~/components/meetings/rule-sentence";
import { MeetingStatusBadge } from "~/components/meetings/status-badge";
import { FormAlert, TextField } from "~/components/ui/field";
import { summariseRule } from "~/domain/recurrence";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { candidates, schedulingConflicts } from "~/models/conflicts.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { cancelRestOfSeries, editRestOfSeries, movesFor, restOfSeries } from "~/models/series.server";
import { notFound, requirePermission } from "~/permissions.server";
import { meetingFormValues, restOfSeriesSchema, type RestOfSeriesInput } from "~/schemas/meeting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  if (!meeting.series) throw notFound();
  const rest = await restOfSeries(meeting);
  return {
    meeting,
    rule: summariseRule(meeting.series.rrule),
    rest: rest.map(({ id, title, startsAt, endsAt, timeZone, status }) => ({ id, title, startsAt, endsAt, timeZone, status })),
    current: meetingFormValues(meeting),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  if (!meeting.series) throw notFound();
  const parsed = parseWith(restOfSeriesSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent === "cancel") {
    const { cancelled } = await cancelRestOfSeries(user.id, meeting.id);
    return redirectWithFlash(request, `/meetings/${meeting.id}`, { kind: "success", key: cancelled ? "series.cancelled" : "series.nothingToCancel" });
  }
  const changes = parsed.data;
  const rest = await restOfSeries(meeting);
  const moves = movesFor(rest, changes);
  const found = (
    await Promise.all(
      moves.map((m) =>
        schedulingConflicts(ctx, candidates([{ id: m.meeting.id, startsAt: m.startsAt, endsAt: m.endsAt }], changes, m.meeting.participations), {
          excludeIds: rest.map((r) => r.id),
        }),
      ),
    )
  ).flat();
  if (found.length && !changes.acknowledgeConflicts) {
    return data({ ok: false as const, values: parsed.values, fieldErrors: {}, formErrors: [], conflicts: found }, { status: 409 });
  }
  await editRestOfSeries(user.id, meeting.id, changes);
  return redirectWithFlash(request, `/meetings/${meeting.id}`, { kind: "success", key: "series.updated" });
}

export default function SeriesPage() {
  const { meeting, rule, rest, current } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit />
      <h2>{t("series.title")}</h2>
      <p>
        <RuleSentence rule={rule} />
      </p>
      <p className="lede">{t("series.restIntro", { count: rest.length })}</p>
      <ul className="plain-list">
        {rest.map((m) => (
          <li key={m.id}>
            <Link to={`/meetings/${m.id}`}>{m.title}</Link> <MeetingStatusBadge status={m.status} /> — <MeetingTime startsAt={m.startsAt} endsAt={m.endsAt} timeZone={m.timeZone} />
          </li>
        ))}
      </ul>
      <h3>{t("series.editRest")}</h3>
      <p className="field__hint">{t("series.editRestHint")}</p>
      <RestForm
        initial={{ intent: "edit", startTime: current.startTime, endTime: current.endTime, venue: current.venue, room: current.room, onlineUrl: current.onlineUrl }}
        failure={failure?.values.intent === "edit" ? failure : undefined}
      />
      <h3>{t("series.cancelRest")}</h3>
      <p className="field__hint">{t("series.cancelRestHint")}</p>
      <Form method="post">
        <button type="submit" name="intent" value="cancel" className="button">
          {t("series.cancelRestButton", { count: rest.filter((m) => m.status === "planned" || m.status === "confirmed").length })}
        </button>
      </Form>
    </article>
  );
}

function RestForm({ initial, failure }: { initial: RestOfSeriesInput; failure?: MeetingFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const { form, onSubmit, field, input, errors } = useValidatedForm(restOfSeriesSchema, { defaultValues: initial, failure });
  const fieldError = (name: "startTime" | "endTime" | "venue" | "room" | "onlineUrl") => form.getFieldState(name, form.formState).error?.message;
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <input type="hidden" name="intent" value="edit" />
      <FormAlert show={Object.keys(failure?.fieldErrors ?? {}).length > 0 || Object.keys(errors).length > 0} />
      <ConflictWarnings conflicts={failure?.conflicts ?? []} busy={busy} />
      <div className="inline-fields">
        <TextField label={t("meeting.field.startTime")} type="time" error={fieldError("startTime")} {...input("startTime")} />
        <TextField label={t("meeting.field.endTime")} type="time" error={fieldError("endTime")} {...input("endTime")} />
      </div>
      <TextField label={t("meeting.field.venue")} optional error={fieldError("venue")} {...input("venue")} />
      <TextField label={t("meeting.field.room")} optional error={fieldError("room")} {...input("room")} />
      <TextField label={t("meeting.field.onlineUrl")} type="url" optional error={fieldError("onlineUrl")} {...input("onlineUrl")} />
      <FormActions submitLabel={t("series.editRestButton")} />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.series"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
