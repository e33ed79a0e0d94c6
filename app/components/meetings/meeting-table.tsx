import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { MeetingTime } from "./meeting-time";
import { ConfidentialityBadge, MeetingStatusBadge } from "./status-badge";

export type MeetingRow = {
  id: string;
  title: string;
  sequence: number | null;
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
  venue: string | null;
  status: string;
  confidentiality: string;
  committee: { id: string; name: string; shortName: string | null };
};

export function MeetingTable({ rows }: { rows: MeetingRow[] }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("meeting.col.when")}</th>
            <th scope="col">{t("meeting.col.meeting")}</th>
            <th scope="col">{t("meeting.field.committee")}</th>
            <th scope="col">{t("meeting.field.venue")}</th>
            <th scope="col">{t("meeting.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td>
                <MeetingTime startsAt={m.startsAt} endsAt={m.endsAt} timeZone={m.timeZone} />
              </td>
              <td>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                <ConfidentialityBadge level={m.confidentiality} />
              </td>
              <td>
                <Link to={`/committees/${m.committee.id}`}>{m.committee.shortName ?? m.committee.name}</Link>
              </td>
              <td>{m.venue}</td>
              <td>
                <MeetingStatusBadge status={m.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
