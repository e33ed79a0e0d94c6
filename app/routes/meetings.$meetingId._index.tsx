import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AgendaOverview } from "~/components/meetings/agenda-overview";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { MeetingTime } from "~/components/meetings/meeting-time";
import { MeetingNotifyPanel } from "~/components/meetings/notify-panel";
import { RuleSentence } from "~/components/meetings/rule-sentence";
import { can } from "~/domain/access";
import { summariseRule } from "~/domain/recurrence";
import { ATTENDANCE_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { visibleMeeting } from "~/models/meeting-access.server";
import { attendanceSummary, listMattersArising, meetingAgenda, meetingDocuments } from "~/models/meeting-page.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { personName } from "~/domain/labels";
import { Fact } from "~/components/ui/record-page";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data?.meeting.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const [agenda, arising, attendance, documents] = await Promise.all([
    meetingAgenda(ctx, meeting),
    listMattersArising(ctx, meeting),
    attendanceSummary(meeting.id),
    meetingDocuments(ctx, meeting.id),
  ]);
  const history = await recordHistory(ctx, "meeting", meeting.id, historyPageFrom(request));
  return {
    history,
    meeting,
    rule: meeting.series ? summariseRule(meeting.series.rrule) : null,
    agenda,
    arising,
    attendance,
    documents,
    canEdit: can(ctx, "update", "meeting"),
    canDecide: can(ctx, "create", "decision"),
    canUpdateActions: can(ctx, "update", "action"),
    canRegister: can(ctx, "create", "document"),
  };
}

export default function MeetingPage() {
  const { history, meeting: m, rule, agenda, arising, attendance, documents, canEdit, canDecide, canUpdateActions, canRegister } = useLoaderData<typeof loader>();
  const { t, dateTime, date } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={m} canEdit={canEdit} />
      {m.postponedTo ? (
        <p className="warnings">
          {t("meeting.postponedTo")} <Link to={`/meetings/${m.postponedTo.id}`}>{m.postponedTo.title}</Link>,{" "}
          <MeetingTime startsAt={m.postponedTo.startsAt} timeZone={m.postponedTo.timeZone} />
        </p>
      ) : null}
      {m.postponedFrom ? (
        <p className="muted">
          {t("meeting.postponedFrom")} <Link to={`/meetings/${m.postponedFrom.id}`}>{dateTime(m.postponedFrom.startsAt, m.postponedFrom.timeZone)}</Link>
        </p>
      ) : null}
      <dl className="facts">
        {m.chairLabel || m.chairPerson ? (
          <>
            <dt>{t("meeting.field.chairLabel")}</dt>
            <dd>
              {[m.chairLabel, m.chairPerson ? personName(m.chairPerson) : null].filter(Boolean).join(" — ")}
            </dd>
          </>
        ) : null}
        {m.onlineUrl ? (
          <>
            <dt>{t("meeting.field.onlineUrl")}</dt>
            <dd>
              <a href={m.onlineUrl} rel="noreferrer">
                {m.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        {rule && m.series ? (
          <>
            <dt>{t("series.label")}</dt>
            <dd>
              <RuleSentence rule={rule} /> <code className="muted">{m.series.rrule}</code>
            </dd>
          </>
        ) : null}
        <dt>{t("meeting.agendaAdoption")}</dt>
        <dd>{m.agendaAdoptedAt ? t("meeting.agendaAdoptedAt", { time: dateTime(m.agendaAdoptedAt, m.timeZone) }) : t("meeting.agendaNotAdopted")}</dd>
        <dt>{t("meeting.tab.attendance")}</dt>
        <dd>
          {ATTENDANCE_STATUSES.filter((s) => attendance[s])
            .map((s) => t("meeting.attendanceCount", { status: t(`attendanceStatus.${s}`), count: attendance[s] ?? 0 }))
            .join(" · ") || t("common.none")}{" "}
          <Link to="attendance">{t("meeting.openRegister")}</Link>
        </dd>
        <Fact label={t("journal.field.nextMeeting")}>{m.nextMeetingNote}</Fact>
      </dl>
      {canEdit ? <MeetingNotifyPanel meeting={m} /> : null}
      <section aria-labelledby="agenda-title">
        <div className="page-heading">
          <h2 id="agenda-title">{t("meeting.tab.agenda")}</h2>
          {canEdit ? <Link to="agenda">{t("agenda.manage")}</Link> : null}
        </div>
        <AgendaOverview meetingId={m.id} items={agenda} arising={arising} canDecide={canDecide} canUpdateActions={canUpdateActions} decisionPrefix={m.committee.decisionPrefix} />
      </section>
      <section aria-labelledby="documents-title">
        <div className="page-heading">
          <h2 id="documents-title">{t("meeting.documents")}</h2>
          {canRegister ? <Link to={`/documents/new?meetingId=${m.id}`}>{t("document.new.title")}</Link> : null}
        </div>
        {documents.length ? (
          <ul className="plain-list">
            {documents.map((d) => (
              <li key={d.id}>
                {d.symbol ? <span className="symbol">{d.symbol}</span> : null} <Link to={`/documents/${d.id}`}>{d.title}</Link>{" "}
                <span className="muted">
                  {d.issuedOn ? date(d.issuedOn, "UTC") : ""} · {d.languages.toUpperCase()}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("meeting.noDocuments")}</p>
        )}
      </section>
      <RecordHistory history={history} />
    </article>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
