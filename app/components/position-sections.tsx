import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { RaciBadge } from "./raci-badge";
import { SectionPages, type PageInfo } from "./ui/pagination";
import { actionStatusLabel, membershipRoleLabel } from "~/domain/labels";

type Position = {
  id: string;
  responsibilities: {
    id: string;
    role: string;
    note: string | null;
    responsibility: { id: string; title: string; instrument: { code: string } | null; provision: { reference: string } | null };
  }[];
  committees: { id: string; role: string; committee: { id: string; name: string; shortName: string | null } }[];
  actions: { id: string; title: string; status: string; dueDate: string | Date | null; committee: { name: string; shortName: string | null } | null }[];
  actionCount: number;
};

/** What the post carries: its RACI roles, the committees it sits on, and its open actions, each list a page at a time. */
export function PositionSections({ position, pages }: { position: Position; pages?: { responsibilities: PageInfo; committees: PageInfo } }) {
  const { t, date } = useI18n();
  return (
    <>
      <section aria-labelledby="post-responsibilities-title" id="responsibilities">
        <h2 id="post-responsibilities-title">{t("position.responsibilities")}</h2>
        {position.responsibilities.length ? (
          <ul className="plain-list">
            {position.responsibilities.map((r) => (
              <li key={r.id}>
                <RaciBadge role={r.role} />{" "}
                <Link to={`/responsibilities/${r.responsibility.id}`}>{r.responsibility.title}</Link>
                {r.responsibility.instrument ? (
                  <span className="muted">
                    {" "}
                    · {r.responsibility.instrument.code} {r.responsibility.provision?.reference ?? ""}
                  </span>
                ) : null}
                {r.note ? <div className="muted small">{r.note}</div> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("position.noResponsibilities")}</p>
        )}
        <SectionPages info={pages?.responsibilities} name="responsibilities" label={t("position.responsibilities")} />
      </section>

      <section aria-labelledby="post-committees-title" id="committees">
        <h2 id="post-committees-title">{t("position.committees")}</h2>
        {position.committees.length ? (
          <ul className="plain-list">
            {position.committees.map((m) => (
              <li key={m.id}>
                <Link to={`/committees/${m.committee.id}`}>{m.committee.name}</Link>{" "}
                <span className="muted">· {membershipRoleLabel(t, m.role)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("position.noCommittees")}</p>
        )}
        <SectionPages info={pages?.committees} name="committees" label={t("position.committees")} />
      </section>

      <section aria-labelledby="post-actions-title">
        <h2 id="post-actions-title">{t("position.openActions", { count: position.actionCount })}</h2>
        {position.actions.length ? (
          <ul className="plain-list">
            {position.actions.map((a) => (
              <li key={a.id}>
                {a.title}{" "}
                <span className="muted">
                  · {actionStatusLabel(t, a.status)} ·{" "}
                  {a.dueDate ? t("dashboard.due", { date: date(a.dueDate, "UTC") }) : t("dashboard.noDueDate")}
                  {a.committee ? ` · ${a.committee.shortName ?? a.committee.name}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noActions")}</p>
        )}
        <p>
          <Link to={`/actions?position=${position.id}`}>{t("position.allActions")}</Link>
        </p>
      </section>
    </>
  );
}
