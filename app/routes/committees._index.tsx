import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { COMMITTEE_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listCommittees } from "~/models/committee.server";
import { requirePermission } from "~/permissions.server";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, committeeKindLabel } from "~/domain/labels";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "committee");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const kindParam = search.get("kind");
  const kind = isOneOf(COMMITTEE_KINDS, kindParam) ? kindParam : null;
  const paging = pageFromSearch(search);
  const { rows, total } = await listCommittees(ctx, { q, kind, skip: paging.skip, take: paging.take });
  return {
    rows,
    filters: { q: q ?? "", kind: kind ?? "" },
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "committee"),
  };
}

export default function CommitteesPage() {
  const { rows, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="committees-title">
      <div className="page-heading">
        <h1 id="committees-title">{t("committee.list.title")}</h1>
        {canCreate ? (
          <Link to="/committees/new" className="button button--primary">
            {t("committee.list.new")}
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters" role="search">
        <label>
          {t("committee.list.searchLabel")}
          <input type="search" name="q" defaultValue={filters.q} />
        </label>
        <FilterSelect
          label={t("committee.field.kind")}
          name="kind"
          value={filters.kind}
          options={COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`committeeKind.${k}`) }))}
        />
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("committee.field.name")}</th>
                <th scope="col">{t("committee.field.kind")}</th>
                <th scope="col">{t("committee.field.secretariat")}</th>
                <th scope="col">{t("committee.field.cadence")}</th>
                <th scope="col">{t("committee.field.nextReview")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/committees/${c.id}`}>{c.name}</Link>
                    {c.shortName ? <span className="muted"> ({c.shortName})</span> : null}
                    {c.confidentiality === "restricted" || c.confidentiality === "confidential" ? (
                      <span className="badge">{t(`confidentiality.${c.confidentiality}`)}</span>
                    ) : null}
                    {c.parent ? (
                      <div className="muted">
                        {t("committee.list.partOf", { name: c.parent.shortName ?? c.parent.name })}
                      </div>
                    ) : null}
                  </td>
                  <td>{committeeKindLabel(t, c.kind)}</td>
                  <td>{c.secretariatAgency ? (agencyLabel(c.secretariatAgency)) : null}</td>
                  <td>{c.cadence}</td>
                  <td>{c.nextReviewDate ? date(c.nextReviewDate, "UTC") : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("committee.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "committee.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
