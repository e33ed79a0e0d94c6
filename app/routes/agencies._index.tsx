import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FilterCheckbox, ListFilters, ListTable, PageHeading, SearchField } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { AGENCY_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listAgencies } from "~/models/agency.server";
import { requirePermission } from "~/permissions.server";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { agencyKindLabel, agencyLabel } from "~/domain/labels";
import { readListPage } from "~/schemas/list-search";
import { agencyListSearch } from "~/schemas/lists";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "agency");
  const list = await readListPage(request, agencyListSearch, (filters, paging) => listAgencies({ ...filters, ...paging }));
  return {
    ...list,
    canCreate: can(ctx, "create", "agency"),
    canImport: can(ctx, "create", "agency", { agencyId: null }) || can(ctx, "create", "person") || can(ctx, "create", "position"),
  };
}

export default function AgenciesPage() {
  const { rows, filters, page, canCreate, canImport } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="agencies-title">
      <PageHeading id="agencies-title" title={t("agency.list.title")} create={canCreate && { to: "/agencies/new", label: t("agency.list.new") }}>
        <Link to="/agencies/map" className="button">
          {t("map.title")}
        </Link>
        {canImport ? (
          <Link to="/agencies/import" className="button">
            {t("import.link")}
          </Link>
        ) : null}
      </PageHeading>
      <ListFilters>
        <SearchField label={t("agency.list.searchLabel")} value={filters.q} />
        <FilterSelect
          label={t("agency.list.kindLabel")}
          name="kind"
          value={filters.kind}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
        />
        <FilterCheckbox label={t("common.showArchived")} name="archived" checked={filters.archived} />
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("agency.list.empty")}
        columns={[t("agency.col.name"), t("agency.col.acronym"), t("agency.col.kind"), t("agency.col.parent"), { label: t("agency.col.posts"), className: "num" }]}
      >
        {rows.map((a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/agencies/${a.id}`}>{a.name}</Link>
              {a.archivedAt ? <span className="badge">{t("common.archived")}</span> : null}
            </td>
            <td>{a.acronym}</td>
            <td>{agencyKindLabel(t, a.kind)}</td>
            <td>{a.parent ? <Link to={`/agencies/${a.parent.id}`}>{agencyLabel(a.parent)}</Link> : null}</td>
            <td className="num">{a._count.positions}</td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "agency.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
