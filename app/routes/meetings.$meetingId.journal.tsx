import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { agendaNumbers } from "~/domain/agenda";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { failureFor } from "~/components/meetings/agenda-forms";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { can } from "~/domain/access";
import { TIME_MARK_KINDS } from "~/domain/vocabulary";
import { utcToWall, wallToUtc } from "~/domain/wall-clock";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { addTimeMark, saveJournalNotes } from "~/models/journal.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { meetingAgenda } from "~/models/meeting-page.server";
import { requirePermission } from "~/permissions.server";
import { journalNotesSchema, journalPageSchema, timeMarkSchema, type JournalNotesInput, type TimeMarkInput } from "~/schemas/journal";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { timeMarkLabel } from "~/domain/labels";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const agenda = await meetingAgenda(ctx, meeting);
  const local = utcToWall(meeting.startsAt, meeting.timeZone);
  return { meeting, agenda, canEdit: can(ctx, "update", "meeting"), localDate: local.date, localTime: local.time };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const back = `/meetings/${meeting.id}/journal`;
  const parsed = parseWith(journalPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent === "mark") {
    await addTimeMark(user.id, meeting.id, parsed.data.kind, wallToUtc(parsed.data.date, parsed.data.time, meeting.timeZone));
    return redirectWithFlash(request, back, { kind: "success", key: "journal.marked" });
  }
  const { intent: _intent, ...notes } = parsed.data;
  await saveJournalNotes(user.id, meeting.id, notes);
  return redirectWithFlash(request, back, { kind: "success", key: "common.saved" });
}

export default function JournalPage() {
  const { meeting, agenda, canEdit, localDate, localTime } = useLoaderData<typeof loader>();
  const numbers = agendaNumbers(agenda);
  const failure = useActionData<typeof action>();
  const { t, time } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit={canEdit} />
      <section aria-labelledby="marks-title" className="card">
        <h2 id="marks-title">{t("journal.times")}</h2>
        {meeting.timeMarks.length ? (
          <dl className="facts">
            {meeting.timeMarks.map((m) => (
              <div key={m.id} style={{ display: "contents" }}>
                <dt>{timeMarkLabel(t, m.kind)}</dt>
                <dd>{time(m.at, meeting.timeZone)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">{t("journal.noTimes")}</p>
        )}
        {canEdit ? <TimeMarkForm key={meeting.timeMarks.length} initial={{ intent: "mark", kind: nextKind(meeting.timeMarks), date: localDate, time: localTime }} zone={meeting.timeZone} failure={failureFor(failure, "mark")} /> : null}
      </section>
      {canEdit ? (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">{t("journal.notes")}</h2>
          <NotesForm
            initial={{ intent: "notes", chairLabel: meeting.chairLabel ?? "", journalNotes: meeting.journalNotes ?? "", nextMeetingNote: meeting.nextMeetingNote ?? "" }}
            failure={failureFor(failure, "notes")}
          />
        </section>
      ) : meeting.journalNotes ? (
        <p className="prose">{meeting.journalNotes}</p>
      ) : null}
      <section aria-labelledby="items-title">
        <h2 id="items-title">{t("journal.statementsByItem")}</h2>
        <ol className="agenda">
          {agenda.map((item, i) => (
            <li key={item.id}>
              <div className="agenda__head">
                <span>
                  <span className="agenda__label">{numbers[i]}</span> {item.title}
                </span>
                {canEdit ? <Link to={`/meetings/${meeting.id}/agenda/${item.id}`}>{t("journal.recordStatements")}</Link> : null}
              </div>
              <p className="agenda__meta">{t("journal.statementCount", { count: item.statements.length })}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function nextKind(marks: { kind: string }[]): string {
  const last = marks.at(-1)?.kind;
  return last === "opened" || last === "resumed" ? "suspended" : last === "suspended" ? "resumed" : marks.length ? "closed" : "opened";
}

function TimeMarkForm({ initial, zone, failure }: { initial: TimeMarkInput; zone: string; failure?: FormFailure }) {
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(timeMarkSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack">
      <FormAlert {...alert} />
      <div className="inline-fields">
        <SelectField label={t("journal.markKind")} options={TIME_MARK_KINDS.map((k) => ({ value: k, label: t(`timeMark.${k}`) }))} {...field("kind")} />
        <TextField label={t("meeting.field.date")} type="date" {...field("date")} />
        <TextField label={t("journal.markTime", { zone })} type="time" {...field("time")} />
      </div>
      <FormActions submitLabel={t("journal.addMark")} intent="mark" secondary keepEnabled />
    </Form>
  );
}

function NotesForm({ initial, failure }: { initial: JournalNotesInput; failure?: FormFailure }) {
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(journalNotesSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <TextField label={t("meeting.field.chairLabel")} optional {...field("chairLabel")} />
      <TextAreaField label={t("journal.field.notes")} optional rows={6} {...field("journalNotes")} />
      <TextField label={t("journal.field.nextMeeting")} optional hint={t("journal.field.nextMeetingHint")} {...field("nextMeetingNote")} />
      <FormActions intent="notes" />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.journal"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
