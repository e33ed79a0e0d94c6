import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CatalogueFilters } from "~/components/catalogue-filters";
import { phaseName } from "~/components/phase-name";
import { RaciBadge } from "~/components/raci-badge";
import { ListTable, PageHeading } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageInfo } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { catalogueOptions, listResponsibilities } from "~/models/responsibility.server";
import { readListSearch } from "~/schemas/list-search";
import { catalogueSearch } from "~/schemas/lists";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "responsibility");
  const { filters, paging } = readListSearch(request, catalogueSearch);
  const [{ rows, total }, options] = await Promise.all([listResponsibilities(filters, paging), catalogueOptions()]);
  return {
    rows,
    options,
    filters,
    page: pageInfo(paging, total),
    canCreate: can(ctx, "create", "responsibility", { agencyId: null }),
  };
}

export default function ResponsibilitiesPage() {
  const { rows, options, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="responsibilities-title">
      <PageHeading id="responsibilities-title" title={t("responsibility.list.title")} create={canCreate && { to: "/responsibilities/new", label: t("responsibility.list.new") }} />
      <nav aria-label={t("responsibility.views")} className="link-row">
        <Link to="/responsibilities/mine">{t("responsibility.mine.title")}</Link>
        <Link to="/responsibilities/matrix">{t("responsibility.matrix.title")}</Link>
        <Link to="/responsibilities/gaps">{t("gap.list.title")}</Link>
        <Link to="/agencies/map">{t("map.title")}</Link>
      </nav>
      <p className="lede">{t("responsibility.list.lede")}</p>
      <CatalogueFilters options={options} values={filters} search />
      <ListTable
        count={rows.length}
        empty={t("responsibility.list.empty")}
        columns={[t("responsibility.col.title"), t("responsibility.col.instrument"), t("responsibility.col.phase"), t("responsibility.col.accountableResponsible")]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/responsibilities/${r.id}`}>{r.title}</Link>
            </td>
            <td>{r.instrument ? `${r.instrument.code} ${r.provision?.reference ?? ""}` : "—"}</td>
            <td>{r.phase ? `${r.phase.number}. ${phaseName(r.phase, locale)}` : "—"}</td>
            <td>
              {r.assignments.length ? (
                <ul className="compact-list">
                  {r.assignments.map((a) => (
                    <li key={a.id}>
                      <RaciBadge role={a.role} /> <Link to={`/agencies/${a.agency.id}`}>{agencyLabel(a.agency)}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="gap-badge">{t("gap.no_accountable")}</span>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "responsibility.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
