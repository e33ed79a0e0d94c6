import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { agencyLabel, milestoneName, milestoneStatusLabel } from "~/domain/labels";

type Milestone = {
  id: string;
  kind: string;
  title: string | null;
  dueDate: string | Date;
  status: string;
  ownerPosition: { title: string; agency: { acronym: string | null; name: string } } | null;
};
type Row = { id: string; title: string; deadlines: { id: string; cycle: string; dueDate: string | Date; milestones: Milestone[] }[] };

type Entry = { key: string; date: string | Date; what: string; cycleId: string; owner: string | null; status: string | null; due: boolean };

/** The same year as a dated list: every due date and milestone of the obligations shown, in order. */
export function CalendarList({ year, rows, linked = true }: { year: number; rows: Row[]; linked?: boolean }) {
  const { t, date } = useI18n();
  const entries: Entry[] = rows.flatMap((o) =>
    o.deadlines.flatMap((c) => [
      ...c.milestones.map((m) => ({
        key: m.id,
        date: m.dueDate,
        what: `${milestoneName(t, m)} — ${o.title} (${c.cycle})`,
        cycleId: c.id,
        owner: m.ownerPosition ? `${m.ownerPosition.title} (${agencyLabel(m.ownerPosition.agency)})` : null,
        status: m.status,
        due: false,
      })),
      ...(new Date(c.dueDate).getUTCFullYear() === year
        ? [{ key: c.id, date: c.dueDate, what: t("reporting.calendar.dueLabel", { title: o.title, cycle: c.cycle }), cycleId: c.id, owner: null, status: null, due: true }]
        : []),
    ]),
  );
  entries.sort((a, b) => new Date(a.date).getTime() - new Date(b.date).getTime() || Number(a.due) - Number(b.due));
  if (!entries.length) return <p>{t("reporting.calendar.empty")}</p>;
  return (
    <table className="table calendar-list">
      <thead>
        <tr>
          <th scope="col">{t("reporting.calendar.date")}</th>
          <th scope="col">{t("reporting.calendar.what")}</th>
          <th scope="col">{t("reporting.col.owner")}</th>
          <th scope="col">{t("reporting.col.status")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.key} className={e.due ? "calendar-list__due" : undefined}>
            <td>{date(e.date, "UTC")}</td>
            <td>{linked ? <Link to={`/reporting/cycles/${e.cycleId}`}>{e.what}</Link> : e.what}</td>
            <td>{e.owner ?? "—"}</td>
            <td>{e.status ? milestoneStatusLabel(t, e.status) : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
