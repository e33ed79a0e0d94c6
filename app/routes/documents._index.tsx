import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { ConfidentialityBadge } from "~/components/meetings/status-badge";
import { ListFilters, ListTable, PageHeading, SearchField } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { DOCUMENT_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { listDocuments } from "~/models/document.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { documentKindLabel } from "~/domain/labels";
import { readListPage } from "~/schemas/list-search";
import { documentListSearch } from "~/schemas/lists";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "document.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "document");
  const [list, committees] = await Promise.all([
    readListPage(request, documentListSearch, (filters, paging) => listDocuments(ctx, { ...filters, ...paging })),
    committeeOptions(ctx),
  ]);
  return {
    ...list,
    committees,
    canCreate: can(ctx, "create", "document"),
    canSchedule: can(ctx, "create", "meeting"),
  };
}

export default function DocumentsPage() {
  const { rows, committees, filters, page, canCreate, canSchedule } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="documents-title">
      <PageHeading id="documents-title" title={t("document.list.title")} create={canCreate && { to: "/documents/new", label: t("document.new.title") }} />
      <MeetingsNav canCreate={canSchedule} />
      <ListFilters>
        <SearchField label={t("document.list.searchLabel")} value={filters.q} />
        <FilterSelect
          label={t("meeting.field.committee")}
          name="committeeId"
          value={filters.committeeId}
          options={committees.map((c) => ({ value: c.id, label: c.shortName ?? c.name }))}
        />
        <FilterSelect
          label={t("document.field.kind")}
          name="kind"
          value={filters.kind}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))}
        />
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("document.list.empty")}
        columns={[t("document.field.symbol"), t("document.field.title"), t("document.field.kind"), t("document.field.issuedOn"), t("document.field.languages"), t("meeting.field.committee")]}
      >
        {rows.map((d) => (
          <tr key={d.id}>
            <td className="symbol">{d.symbol}</td>
            <td>
              <Link to={`/documents/${d.id}`}>{d.title}</Link>
              <ConfidentialityBadge level={d.confidentiality} />
            </td>
            <td>{documentKindLabel(t, d.kind)}</td>
            <td>{d.issuedOn ? date(d.issuedOn, "UTC") : null}</td>
            <td>{d.languages.toUpperCase()}</td>
            <td>{d.committee ? <Link to={`/committees/${d.committee.id}`}>{d.committee.shortName ?? d.committee.name}</Link> : null}</td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
