import { Link } from "@remix-run/react";
import type { Dossier } from "~/domain/dossier";
import { useI18n } from "~/i18n/context";

/** Holders of the posts that share responsibilities or committees with a post, and how to reach them. */
export function CounterpartList({ counterparts }: { counterparts: Dossier["counterparts"] }) {
  const { t } = useI18n();
  if (!counterparts.length) return <p className="muted">{t("dossier.noCounterparts")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("dossier.col.post")}</th>
            <th scope="col">{t("dossier.col.holder")}</th>
            <th scope="col">{t("dossier.col.contact")}</th>
            <th scope="col">{t("dossier.col.shares")}</th>
          </tr>
        </thead>
        <tbody>
          {counterparts.map((c) => (
            <tr key={c.positionId}>
              <td>
                <Link to={`/positions/${c.positionId}`}>{c.title}</Link>
                <div className="muted small">{c.agencyName}</div>
              </td>
              <td>
                {c.holders.length ? (
                  c.holders.map((h) => (
                    <div key={h.personId}>
                      <Link to={`/people/${h.personId}`}>{h.name}</Link>
                      {h.acting ? <span className="badge">{t("dashboard.acting")}</span> : null}
                    </div>
                  ))
                ) : (
                  <span className="badge badge--danger">{t("dossier.vacant")}</span>
                )}
              </td>
              <td className="small">
                {c.functionalEmail ? (
                  <div>
                    <a href={`mailto:${c.functionalEmail}`}>{c.functionalEmail}</a>
                  </div>
                ) : null}
                {c.holders.map((h) => (
                  <div key={h.personId}>
                    {h.email ? <a href={`mailto:${h.email}`}>{h.email}</a> : null}
                    {h.phone ? <span> · {h.phone}</span> : null}
                  </div>
                ))}
              </td>
              <td className="small">{[...c.sharedResponsibilities, ...c.sharedCommittees].join(" · ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
