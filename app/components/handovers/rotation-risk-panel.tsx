import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

export type RiskCounts = { leaving: number; uncovered: number; concentration: number; waiting: number; longActing: number };

/** The dashboard panel for secretaries and administrators: how many of each rotation risk, linked. */
export function RotationRiskPanel({ counts }: { counts: RiskCounts }) {
  const { t } = useI18n();
  const rows = [
    ["leaving", counts.leaving],
    ["uncovered", counts.uncovered],
    ["concentration", counts.concentration],
    ["waiting", counts.waiting],
    ["longActing", counts.longActing],
  ] as const;
  const total = rows.reduce((n, [, c]) => n + c, 0);
  return (
    <section aria-labelledby="rotation-panel-title" className="card">
      <h2 id="rotation-panel-title">
        {t("rotation.panel.title")} <span className="count">({total})</span>
      </h2>
      <ul className="plain-list">
        {rows.map(([key, count]) => (
          <li key={key}>
            <Link to={`/rotation-risk#${key}`}>{t(`rotation.section.${key}`)}</Link> — <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <p className="card__more">
        <Link to="/rotation-risk">{t("rotation.panel.open")}</Link>
      </p>
    </section>
  );
}
