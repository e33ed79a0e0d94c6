import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ListFilters, ListTable, PageHeading, SearchField } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { useI18n } from "~/i18n/context";
import { listPeople } from "~/models/person.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";
import { readListPage } from "~/schemas/list-search";
import { personListSearch } from "~/schemas/lists";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "person");
  const list = await readListPage(request, personListSearch, (filters, paging) => listPeople({ ...filters, ...paging }));
  return {
    ...list,
    canCreate: can(ctx, "create", "person"),
    canImport: can(ctx, "create", "agency") || can(ctx, "create", "person") || can(ctx, "create", "position"),
  };
}

export default function PeoplePage() {
  const { rows, filters, page, canCreate, canImport } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="people-title">
      <PageHeading id="people-title" title={t("people.list.title")} create={canCreate && { to: "/people/new", label: t("people.list.new") }}>
        {canImport ? (
          <Link to="/agencies/import" className="button">
            {t("import.link")}
          </Link>
        ) : null}
      </PageHeading>
      <p className="lede">{t("people.list.lede")}</p>
      <ListFilters submit={t("common.search")}>
        <SearchField label={t("people.list.searchLabel")} value={filters.q} />
      </ListFilters>
      <ListTable count={rows.length} empty={t("people.list.empty")} columns={[t("people.col.name"), t("people.col.posts"), t("people.col.contact")]}>
        {rows.map((p) => (
          <tr key={p.id}>
            <td>
              <Link to={`/people/${p.id}`}>
                {p.familyName}, {p.givenName}
              </Link>
              {p.honorific ? <span className="muted"> ({p.honorific})</span> : null}
            </td>
            <td>
              {p.assignments.length ? (
                <ul className="compact-list">
                  {p.assignments.map((a) => (
                    <li key={a.id}>
                      <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
                      {a.acting ? <span className="badge">{t("dashboard.acting")}</span> : null} —{" "}
                      <Link to={`/agencies/${a.position.agency.id}`}>{agencyLabel(a.position.agency)}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{t("people.noCurrentPost")}</span>
              )}
            </td>
            <td>
              {p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : null}
              {p.phone ? <div>{p.phone}</div> : null}
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "people.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
