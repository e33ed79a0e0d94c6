import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { AGENCY_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listAgencies } from "~/models/agency.server";
import { requirePermission } from "~/permissions.server";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { agencyKindLabel, agencyLabel } from "~/domain/labels";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "agency");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const kindParam = search.get("kind");
  const kind = isOneOf(AGENCY_KINDS, kindParam) ? kindParam : null;
  const archived = search.get("archived") === "1";
  const paging = pageFromSearch(search);
  const { rows, total } = await listAgencies({ q, kind, archived, skip: paging.skip, take: paging.take });
  return {
    rows,
    filters: { q: q ?? "", kind: kind ?? "", archived },
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "agency"),
    canImport: can(ctx, "create", "agency", { agencyId: null }) || can(ctx, "create", "person") || can(ctx, "create", "position"),
  };
}

export default function AgenciesPage() {
  const { rows, filters, page, canCreate, canImport } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="agencies-title">
      <div className="page-heading">
        <h1 id="agencies-title">{t("agency.list.title")}</h1>
        <div className="button-row">
          <Link to="/agencies/map" className="button">
            {t("map.title")}
          </Link>
          {canImport ? (
            <Link to="/agencies/import" className="button">
              {t("import.link")}
            </Link>
          ) : null}
          {canCreate ? (
            <Link to="/agencies/new" className="button button--primary">
              {t("agency.list.new")}
            </Link>
          ) : null}
        </div>
      </div>
      <Form method="get" className="filters" role="search">
        <label>
          {t("agency.list.searchLabel")}
          <input type="search" name="q" defaultValue={filters.q} />
        </label>
        <FilterSelect
          label={t("agency.list.kindLabel")}
          name="kind"
          value={filters.kind}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
        />
        <label className="checkbox">
          <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived} />
          {t("common.showArchived")}
        </label>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("agency.col.name")}</th>
                <th scope="col">{t("agency.col.acronym")}</th>
                <th scope="col">{t("agency.col.kind")}</th>
                <th scope="col">{t("agency.col.parent")}</th>
                <th scope="col" className="num">
                  {t("agency.col.posts")}
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("agency.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "agency.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
