import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ListFilters, ListTable, PageHeading, SearchField } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { COMMITTEE_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listCommittees } from "~/models/committee.server";
import { requirePermission } from "~/permissions.server";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, committeeKindLabel } from "~/domain/labels";
import { readListPage } from "~/schemas/list-search";
import { committeeListSearch } from "~/schemas/lists";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "committee");
  const list = await readListPage(request, committeeListSearch, (filters, paging) => listCommittees(ctx, { ...filters, ...paging }));
  return { ...list, canCreate: can(ctx, "create", "committee") };
}

export default function CommitteesPage() {
  const { rows, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="committees-title">
      <PageHeading id="committees-title" title={t("committee.list.title")} create={canCreate && { to: "/committees/new", label: t("committee.list.new") }} />
      <ListFilters>
        <SearchField label={t("committee.list.searchLabel")} value={filters.q} />
        <FilterSelect
          label={t("committee.field.kind")}
          name="kind"
          value={filters.kind}
          options={COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`committeeKind.${k}`) }))}
        />
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("committee.list.empty")}
        columns={[t("committee.field.name"), t("committee.field.kind"), t("committee.field.secretariat"), t("committee.field.cadence"), t("committee.field.nextReview")]}
      >
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
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "committee.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
