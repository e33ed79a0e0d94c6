import { Link } from "@remix-run/react";
import type { Dossier } from "~/domain/dossier";
import { useI18n } from "~/i18n/context";
import { RaciBadge } from "../raci-badge";
import { CounterpartList } from "./counterpart-list";
import { actionStatusLabel, membershipRoleLabel, milestoneName } from "~/domain/labels";

/** The dossier of a post, live or frozen: the same sections either way. */
export function DossierView({ dossier, frozen }: { dossier: Dossier; frozen: boolean }) {
  const { t, date, dateTime, zone } = useI18n();
  return (
    <section aria-labelledby="dossier-title" className="dossier">
      <h2 id="dossier-title">{t("dossier.title")}</h2>
      <p className="muted small">{frozen ? t("dossier.frozenAsOf", { date: dateTime(dossier.asOf) }) : t("dossier.liveAsOf", { date: dateTime(dossier.asOf) })}</p>

      <section aria-labelledby="dossier-responsibilities">
        <h3 id="dossier-responsibilities">{t("dossier.responsibilities")}</h3>
        {dossier.responsibilities.length ? (
          <ul className="plain-list">
            {dossier.responsibilities.map((r) => (
              <li key={r.id}>
                <RaciBadge role={r.role} /> <Link to={`/responsibilities/${r.id}`}>{r.title}</Link>
                {r.reference ? <span className="muted"> · {r.reference}</span> : null}
                {r.others.length ? (
                  <div className="muted small">
                    {t("dossier.othersInvolved")}{" "}
                    {r.others.map((o, i) => (
                      <span key={`${o.agencyName}-${o.positionTitle ?? ""}-${o.role}`}>
                        {i ? ", " : ""}
                        {o.agencyName}
                        {o.positionTitle ? ` (${o.positionTitle})` : ""} {o.role}
                      </span>
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dossier.noResponsibilities")}</p>
        )}
      </section>

      <section aria-labelledby="dossier-actions">
        <h3 id="dossier-actions">
          {t("dossier.openActions")} <span className="count">({dossier.openActions.total})</span>
        </h3>
        {dossier.openActions.items.length ? (
          <ul className="plain-list">
            {dossier.openActions.items.map((a) => (
              <li key={a.id}>
                <Link to={`/actions/${a.id}`}>{a.title}</Link>{" "}
                <span className="muted">
                  · {actionStatusLabel(t, a.status)}
                  {a.dueDate ? ` · ${t("dashboard.due", { date: date(a.dueDate, "UTC") })}` : ""}
                  {a.committeeName ? ` · ${a.committeeName}` : ""}
                </span>
                {a.overdue ? <span className="badge badge--danger">{t("dossier.overdue")}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dossier.noActions")}</p>
        )}
        {dossier.openActions.total > dossier.openActions.items.length ? (
          <p className="small">
            <Link to={`/actions?position=${dossier.post.id}`}>{t("dossier.allActions", { count: dossier.openActions.total })}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="dossier-deadlines">
        <h3 id="dossier-deadlines">{t("dossier.deadlines")}</h3>
        {dossier.deadlines.length ? (
          <ul className="plain-list">
            {dossier.deadlines.map((d) => (
              <li key={d.id}>
                <strong>{d.obligationTitle}</strong> ({d.cycle}) — {t("dashboard.due", { date: date(d.dueDate, "UTC") })}
                {d.leads ? <span className="badge">{t("dossier.leads")}</span> : null}
                {d.milestones.length ? (
                  <ul className="small">
                    {d.milestones.map((m) => (
                      <li key={m.id}>
                        {milestoneName(t, m)} — {date(m.dueDate, "UTC")}
                        {m.ownedByPost ? <span className="badge">{t("dossier.yours")}</span> : m.ownerTitle ? <span className="muted"> · {m.ownerTitle}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dossier.noDeadlines")}</p>
        )}
      </section>

      <section aria-labelledby="dossier-committees">
        <h3 id="dossier-committees">{t("dossier.committees")}</h3>
        {dossier.committees.length ? (
          <ul className="plain-list">
            {dossier.committees.map((c) => (
              <li key={c.id} className="dossier__committee">
                <Link to={`/committees/${c.id}`}>{c.name}</Link>{" "}
                <span className="muted">· {membershipRoleLabel(t, c.role)}</span>
                <div className="small">
                  {t("dossier.nextMeeting")}{" "}
                  {c.nextMeeting ? (
                    <>
                      <Link to={`/meetings/${c.nextMeeting.id}`}>{c.nextMeeting.title}</Link> ·{" "}
                      {dateTime(c.nextMeeting.startsAt, c.nextMeeting.timeZone)} {zone(c.nextMeeting.startsAt, c.nextMeeting.timeZone)}
                      {c.nextMeeting.venue ? ` · ${c.nextMeeting.venue}` : ""}
                    </>
                  ) : (
                    <span className="muted">{t("dossier.noneScheduled")}</span>
                  )}
                </div>
                <div className="small">
                  {t("dossier.lastDecisions")}
                  {c.decisions.length ? (
                    <ul>
                      {c.decisions.map((d) => (
                        <li key={d.id}>
                          <Link to={`/decisions/${d.id}`}>{d.symbol ? `${d.symbol} — ` : ""}{d.title}</Link> <span className="muted">· {date(d.decidedOn, "UTC")}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted"> {t("dossier.noDecisions")}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dossier.noCommittees")}</p>
        )}
      </section>

      <section aria-labelledby="dossier-counterparts">
        <h3 id="dossier-counterparts">{t("dossier.counterparts")}</h3>
        <CounterpartList counterparts={dossier.counterparts} />
      </section>

      <section aria-labelledby="dossier-calendar">
        <h3 id="dossier-calendar">{t("dossier.calendar")}</h3>
        <p>
          <Link to={dossier.calendarFeed}>{t("dossier.calendarLink")}</Link>
        </p>
      </section>
    </section>
  );
}
