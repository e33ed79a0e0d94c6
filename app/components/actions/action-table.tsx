import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { useDecisionNumber } from "../decisions/decision-number";
import { ActionStatusLabel, DueBadge, VacantBadge } from "./action-badges";
import { toIsoDate } from "~/domain/calendar-date";
import { agencyLabel } from "~/domain/labels";

export type ActionRow = {
  id: string;
  title: string;
  status: string;
  dueDate: Date | string | null;
  archivedAt?: Date | string | null;
  ownerPosition: { id: string; title: string; assignments: { id: string }[] };
  ownerAgency: { id: string; name: string; acronym: string | null };
  committee: { id: string; name: string; shortName: string | null } | null;
  decision: { id: string; year: number; serial: number; committee: { decisionPrefix: string | null } } | null;
};

/** The actions of a list, a decision or a dashboard: owner post, due date with its flag, status. */
export function ActionTable({ rows, now, show = { committee: true, decision: true } }: { rows: ActionRow[]; now: string; show?: { committee: boolean; decision: boolean } }) {
  const { t, date } = useI18n();
  const number = useDecisionNumber();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("action.col.title")}</th>
            <th scope="col">{t("action.col.owner")}</th>
            <th scope="col">{t("action.col.due")}</th>
            <th scope="col">{t("action.col.status")}</th>
            {show.committee ? <th scope="col">{t("action.col.committee")}</th> : null}
            {show.decision ? <th scope="col">{t("action.col.decision")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/actions/${a.id}`}>{a.title}</Link>
                {a.archivedAt ? <span className="badge">{t("common.archived")}</span> : null}
              </td>
              <td>
                {a.ownerPosition.title} <span className="muted">({agencyLabel(a.ownerAgency)})</span>
                <VacantBadge vacant={a.ownerPosition.assignments.length === 0} />
              </td>
              <td className="nowrap">
                {a.dueDate ? <time dateTime={toIsoDate(a.dueDate)}>{date(a.dueDate, "UTC")}</time> : <span className="muted">—</span>}
                <DueBadge action={a} now={now} />
              </td>
              <td>
                <ActionStatusLabel status={a.status} />
              </td>
              {show.committee ? <td>{a.committee ? a.committee.shortName ?? a.committee.name : null}</td> : null}
              {show.decision ? <td>{a.decision ? <Link to={`/decisions/${a.decision.id}`}>{number(a.decision)}</Link> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
