import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import type { PageInfo } from "../ui/pagination";
import { Pagination } from "../ui/pagination";
import { BarChart } from "./bar-chart";
import { committeeChoiceLabel } from "~/domain/labels";

type Health = {
  id: string;
  name: string;
  shortName: string | null;
  held: number;
  withoutOutcome: number;
  withoutOutcomeShare: number | null;
  overdueTotal: number;
  attendance: { agencyId: string; label: string; attended: number; recorded: number; rate: number }[];
  overdue: { agencyId: string; label: string; count: number }[];
};

/** Below this attendance rate an agency's bar is drawn in the warning colour. */
const LOW_ATTENDANCE = 0.5;
const BARS = 8;

/** For secretaries: per committee, is it meeting, deciding, attended, and followed up? */
export function CommitteeHealth({ committees, page }: { committees: Health[]; page: PageInfo }) {
  const { t, number } = useI18n();
  const percent = (share: number) => `${number(Math.round(share * 100))} %`;
  return (
    <section aria-labelledby="health-title" className="card health">
      <h2 id="health-title">{t("dashboard.health.title")}</h2>
      <p className="muted">{t("dashboard.health.intro")}</p>
      {committees.length ? (
        <div className="health-grid">
          {committees.map((c) => (
            <article key={c.id} className="health-committee" aria-labelledby={`health-${c.id}`}>
              <h3 id={`health-${c.id}`}>{committeeChoiceLabel(c)}</h3>
              <dl className="health-figures">
                <div>
                  <dt>{t("dashboard.health.held")}</dt>
                  <dd>{number(c.held)}</dd>
                </div>
                <div>
                  <dt>{t("dashboard.health.withoutOutcome")}</dt>
                  <dd>{c.withoutOutcomeShare === null ? "—" : percent(c.withoutOutcomeShare)}</dd>
                </div>
                <div>
                  <dt>{t("dashboard.health.overdue")}</dt>
                  <dd>{number(c.overdueTotal)}</dd>
                </div>
              </dl>
              {c.attendance.length ? (
                <figure>
                  <figcaption className="muted">{t("dashboard.health.attendance")}</figcaption>
                  <BarChart
                    title={t("dashboard.health.attendanceOf", { committee: c.shortName ?? c.name })}
                    max={1}
                    bars={c.attendance.slice(0, BARS).map((a) => ({ label: a.label, value: a.rate, text: percent(a.rate), low: a.rate < LOW_ATTENDANCE }))}
                  />
                  <details>
                    <summary>{t("dashboard.health.asTable")}</summary>
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">{t("dashboard.health.agency")}</th>
                          <th scope="col" className="num">{t("dashboard.health.attended")}</th>
                          <th scope="col" className="num">{t("dashboard.health.rate")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {c.attendance.map((a) => (
                          <tr key={a.agencyId}>
                            <td>{a.label}</td>
                            <td className="num">{t("dashboard.health.attendedOf", { attended: a.attended, recorded: a.recorded })}</td>
                            <td className="num">{percent(a.rate)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </details>
                </figure>
              ) : (
                <p className="muted">{t("dashboard.health.noAttendance")}</p>
              )}
              {c.overdue.length ? (
                <>
                  <h4>{t("dashboard.health.overdueByAgency")}</h4>
                  <ul className="plain-list">
                    {c.overdue.slice(0, 5).map((o) => (
                      <li key={o.agencyId}>
                        <Link to={`/actions?committee=${c.id}&agency=${o.agencyId}&due=overdue`}>{o.label}</Link> — {number(o.count)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </article>
          ))}
        </div>
      ) : (
        <p className="muted">{t("dashboard.health.none")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}
