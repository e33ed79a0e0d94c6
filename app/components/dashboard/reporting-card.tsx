import { Link } from "@remix-run/react";
import { daysBetween } from "~/domain/due-rules";
import { useI18n } from "~/i18n/context";
import { milestoneName } from "~/domain/labels";

type Row = {
  id: string;
  kind: string;
  title: string | null;
  dueDate: string | Date;
  mine: boolean;
  ownerPosition: { title: string } | null;
  deadline: { id: string; cycle: string; dueDate: string | Date; obligation: { id: string; title: string } };
};

/** "What do I owe and when": my milestones and my agency's contributions, overdue first. */
export function ReportingCard({ card, today }: { card: { rows: Row[]; total: number; overdue: number }; today: string }) {
  const { t, date } = useI18n();
  const day = new Date(today);
  return (
    <section aria-labelledby="reporting-card-title" className="card" data-testid="reporting-card">
      <h2 id="reporting-card-title">
        {t("reporting.card.title")} <span className="count">({t("dashboard.count", { count: card.total })})</span>
        {card.overdue ? <span className="badge badge--danger">{t("reporting.card.overdue", { count: card.overdue })}</span> : null}
      </h2>
      {card.rows.length ? (
        <ul className="plain-list">
          {card.rows.map((m) => {
            const left = daysBetween(day, new Date(m.dueDate));
            return (
              <li key={m.id} className={left < 0 ? "overdue" : undefined}>
                <Link to={`/reporting/cycles/${m.deadline.id}`}>
                  {milestoneName(t, m)} — {m.deadline.obligation.title} ({m.deadline.cycle})
                </Link>{" "}
                <span className="muted">
                  · {date(m.dueDate, "UTC")} ({left < 0 ? t("reporting.card.overdueDays", { days: -left }) : left === 0 ? t("reporting.card.today") : t("reporting.card.inDays", { days: left })})
                  {" · "}
                  {m.mine ? t("reporting.card.mine") : `${t("reporting.card.agency")}: ${m.ownerPosition?.title ?? ""}`}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t("reporting.card.empty")}</p>
      )}
      <p className="card__more">
        <Link to="/reporting/calendar?view=list&mine=1">{t("reporting.card.calendar")}</Link>
      </p>
    </section>
  );
}
