import { Link, NavLink } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { MeetingTime } from "./meeting-time";
import { ConfidentialityBadge, MeetingStatusBadge } from "./status-badge";

export type MeetingHeading = {
  id: string;
  title: string;
  sequence: number | null;
  numberFixed: boolean;
  status: string;
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
  venue: string | null;
  room: string | null;
  confidentiality: string;
  seriesId: string | null;
  committee: { id: string; name: string; shortName: string | null; meetingNoun: string | null };
};

/** Title, time and place of a meeting, and the tabs of its pages. */
export function MeetingHeader({ meeting: m, canEdit }: { meeting: MeetingHeading; canEdit: boolean }) {
  const { t } = useI18n();
  const tabs = [
    { to: `/meetings/${m.id}`, label: t("meeting.tab.overview"), end: true },
    // The agenda page is where the agenda is edited (readers see it on the overview).
    ...(canEdit ? [{ to: `/meetings/${m.id}/agenda`, label: t("meeting.tab.agenda") }] : []),
    { to: `/meetings/${m.id}/attendance`, label: t("meeting.tab.attendance") },
    { to: `/meetings/${m.id}/journal`, label: t("meeting.tab.journal") },
    ...(canEdit ? [{ to: `/meetings/${m.id}/edit`, label: t("meeting.tab.edit") }, { to: `/meetings/${m.id}/status`, label: t("meeting.tab.status") }] : []),
    ...(canEdit && m.seriesId ? [{ to: `/meetings/${m.id}/series`, label: t("meeting.tab.series") }] : []),
  ];
  return (
    <header className="stack">
      <p className="muted">
        <Link to={`/committees/${m.committee.id}`}>{m.committee.shortName ?? m.committee.name}</Link>
        {m.sequence !== null ? ` · ${t(m.numberFixed || m.status === "held" ? "meeting.numbered" : "meeting.numberedProvisional", { n: m.sequence })}` : ""}
      </p>
      <div className="page-heading">
        <h1 id="meeting-title">
          {m.title} <MeetingStatusBadge status={m.status} />
          <ConfidentialityBadge level={m.confidentiality} />
        </h1>
        <div className="button-row">
          <a href={`/meetings/${m.id}/ics`} className="button" download>
            {t("meeting.ics")}
          </a>
          <Link to={`/meetings/${m.id}/print`} className="button">
            {t("meeting.tab.print")}
          </Link>
        </div>
      </div>
      <p>
        <MeetingTime startsAt={m.startsAt} endsAt={m.endsAt} timeZone={m.timeZone} />
        {m.venue || m.room ? ` · ${[m.venue, m.room].filter(Boolean).join(", ")}` : ""}
      </p>
      <nav aria-label={t("meeting.tab.label")}>
        <ul className="subnav">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end ?? true}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
