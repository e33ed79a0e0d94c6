import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { useDecisionNumber } from "../decisions/decision-number";
import { MeetingTime } from "../meetings/meeting-time";
import { MeetingStatusBadge } from "../meetings/status-badge";
import { actionStatusLabel, agencyLabel, decisionStatusLabel } from "~/domain/labels";

type MeetingRow = { id: string; title: string; startsAt: string | Date; timeZone: string; venue: string | null; status: string };

function MeetingList({ meetings, empty }: { meetings: MeetingRow[]; empty: string }) {
  if (!meetings.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <Link to={`/meetings/${m.id}`}>{m.title}</Link> <MeetingStatusBadge status={m.status} />
          <div className="muted">
            <MeetingTime startsAt={m.startsAt} timeZone={m.timeZone} />
            {m.venue ? ` · ${m.venue}` : ""}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The committee page's meetings (next and past), decisions and open actions. */
export function CommitteeActivity({
  committeeId,
  upcoming,
  past,
  decisions,
  actions,
  openActionCount,
  decisionPrefix,
}: {
  committeeId: string;
  decisionPrefix: string | null;
  upcoming: MeetingRow[];
  past: MeetingRow[];
  decisions: { id: string; year: number; serial: number; title: string; status: string; decidedOn: string | Date }[];
  actions: { id: string; title: string; status: string; dueDate: string | Date | null; ownerPosition: { title: string }; ownerAgency: { name: string; acronym: string | null } }[];
  openActionCount: number;
}) {
  const { t, date } = useI18n();
  const decisionNumber = useDecisionNumber();
  return (
    <div className="columns">
      <section aria-labelledby="next-meetings-title" className="card">
        <h2 id="next-meetings-title">{t("committee.detail.nextMeetings")}</h2>
        <MeetingList meetings={upcoming} empty={t("committee.detail.noNextMeetings")} />
        <p>
          <Link to={`/meetings?committeeId=${committeeId}`}>{t("committee.detail.allMeetings")}</Link> ·{" "}
          <Link to={`/meetings/calendar?committeeId=${committeeId}`}>{t("meeting.calendar.title")}</Link> ·{" "}
          <Link to={`/documents?committeeId=${committeeId}`}>{t("document.list.title")}</Link>
        </p>
      </section>
      <section aria-labelledby="past-meetings-title" className="card">
        <h2 id="past-meetings-title">{t("committee.detail.pastMeetings")}</h2>
        <MeetingList meetings={past} empty={t("committee.detail.noPastMeetings")} />
        <p>
          <Link to={`/meetings?committeeId=${committeeId}&period=past`}>{t("committee.detail.allPastMeetings")}</Link>
        </p>
      </section>
      <section aria-labelledby="decisions-title" className="card">
        <h2 id="decisions-title">{t("committee.detail.decisions")}</h2>
        {decisions.length ? (
          <ul className="plain-list">
            {decisions.map((d) => (
              <li key={d.id}>
                <Link to={`/decisions/${d.id}`}>
                  {decisionNumber({ ...d, committee: { decisionPrefix } })} — {d.title}
                </Link>
                <div className="muted">
                  {date(d.decidedOn, "UTC")} · {decisionStatusLabel(t, d.status)}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("committee.detail.noDecisions")}</p>
        )}
      </section>
      <section aria-labelledby="actions-title" className="card">
        <h2 id="actions-title">{t("committee.detail.openActions", { count: openActionCount })}</h2>
        {actions.length ? (
          <ul className="plain-list">
            {actions.map((a) => (
              <li key={a.id}>
                <Link to={`/actions/${a.id}`}>{a.title}</Link>
                <div className="muted">
                  {a.ownerPosition.title} ({agencyLabel(a.ownerAgency)}) ·{" "}
                  {actionStatusLabel(t, a.status)}
                  {a.dueDate ? ` · ${t("committee.detail.due", { date: date(a.dueDate, "UTC") })}` : ""}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("committee.detail.noActions")}</p>
        )}
      </section>
    </div>
  );
}
