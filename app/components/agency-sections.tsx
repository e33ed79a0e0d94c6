import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { RaciBadge } from "./raci-badge";
import { SectionPages, type PageInfo } from "./ui/pagination";
import { membershipRoleLabel, personName } from "~/domain/labels";

type Holder = { acting: boolean; person: { id: string; givenName: string; familyName: string } };
type Agency = {
  id: string;
  units: { id: string; name: string; acronym: string | null }[];
  positions: { id: string; title: string; assignments: Holder[] }[];
  _count: { positions: number };
};
type Involvement = {
  committees: { id: string; role: string; committee: { id: string; name: string; shortName: string | null }; position: { id: string; title: string } | null }[];
  roles: {
    id: string;
    role: string;
    note: string | null;
    position: { id: string; title: string } | null;
    responsibility: { id: string; title: string; instrument: { code: string } | null; provision: { reference: string } | null };
  }[];
  roleCount: number;
};

export type AgencySectionPages = { units: PageInfo; posts: PageInfo; committees: PageInfo; roles: PageInfo };

/** Units, posts with their current holders, committees and RACI roles of one agency, each list a page at a time. */
export function AgencySections({ agency, involvement, canCreatePost, pages }: { agency: Agency; involvement: Involvement; canCreatePost: boolean; pages: AgencySectionPages }) {
  const { t } = useI18n();
  return (
    <>
      {agency.units.length ? (
        <section aria-labelledby="units-title" id="units">
          <h2 id="units-title">{t("agency.detail.units")}</h2>
          <ul>
            {agency.units.map((u) => (
              <li key={u.id}>
                <Link to={`/agencies/${u.id}`}>{u.name}</Link>
                {u.acronym ? <span className="muted"> ({u.acronym})</span> : null}
              </li>
            ))}
          </ul>
          <SectionPages info={pages.units} name="units" label={t("agency.detail.units")} />
        </section>
      ) : null}

      <section aria-labelledby="posts-title" id="posts">
        <div className="section-heading">
          <h2 id="posts-title">{t("agency.detail.posts")}</h2>
          {canCreatePost ? (
            <Link to={`/positions/new?agency=${agency.id}`} className="button">
              {t("position.new.title")}
            </Link>
          ) : null}
        </div>
        {agency.positions.length ? (
          <ul className="plain-list">
            {agency.positions.map((p) => (
              <li key={p.id}>
                <Link to={`/positions/${p.id}`}>
                  <strong>{p.title}</strong>
                </Link>{" "}
                —{" "}
                {p.assignments.length ? (
                  p.assignments.map((a, i) => (
                    <span key={a.person.id}>
                      {i > 0 ? ", " : ""}
                      <Link to={`/people/${a.person.id}`}>
                        {personName(a.person)}
                      </Link>
                      {a.acting ? ` (${t("dashboard.acting")})` : ""}
                    </span>
                  ))
                ) : (
                  <span className="badge badge--danger">{t("agency.detail.vacant")}</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("common.none")}</p>
        )}
        <SectionPages info={pages.posts} name="posts" label={t("agency.detail.posts")} />
      </section>

      <section aria-labelledby="committees-title" id="committees">
        <h2 id="committees-title">{t("agency.detail.committees")}</h2>
        {involvement.committees.length ? (
          <ul className="plain-list">
            {involvement.committees.map((m) => (
              <li key={m.id}>
                <Link to={`/committees/${m.committee.id}`}>{m.committee.name}</Link>{" "}
                <span className="muted">
                  · {membershipRoleLabel(t, m.role)}
                  {m.position ? ` · ${m.position.title}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("agency.detail.noCommittees")}</p>
        )}
        <SectionPages info={pages.committees} name="committees" label={t("agency.detail.committees")} />
      </section>

      <section aria-labelledby="roles-title" id="roles">
        <h2 id="roles-title">{t("agency.detail.roles")}</h2>
        {involvement.roles.length ? (
          <ul className="plain-list">
            {involvement.roles.map((r) => (
              <li key={r.id}>
                <RaciBadge role={r.role} /> <Link to={`/responsibilities/${r.responsibility.id}`}>{r.responsibility.title}</Link>
                <span className="muted">
                  {r.responsibility.instrument ? ` · ${r.responsibility.instrument.code} ${r.responsibility.provision?.reference ?? ""}` : ""}
                  {r.position ? ` · ${r.position.title}` : ` · ${t("raci.agencyAsAWhole")}`}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("agency.detail.noRoles")}</p>
        )}
        <SectionPages info={pages.roles} name="roles" label={t("agency.detail.roles")} />
        <p>
          <Link to={`/responsibilities/matrix?agency=${agency.id}`}>{t("agency.detail.rolesInMatrix", { count: involvement.roleCount })}</Link>
        </p>
      </section>
    </>
  );
}
