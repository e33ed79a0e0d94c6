import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { ConfidentialityBadge } from "~/components/meetings/status-badge";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { DOCUMENT_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { listDocuments } from "~/models/document.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { documentKindLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "document.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "document");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 120) || null;
  const committeeId = search.get("committeeId") || null;
  const kindParam = search.get("kind");
  const kind = isOneOf(DOCUMENT_KINDS, kindParam) ? kindParam : null;
  const paging = pageFromSearch(search);
  const [{ rows, total }, committees] = await Promise.all([
    listDocuments(ctx, { q, committeeId, kind, skip: paging.skip, take: paging.take }),
    committeeOptions(ctx),
  ]);
  return {
    rows,
    committees,
    filters: { q: q ?? "", committeeId: committeeId ?? "", kind: kind ?? "" },
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "document"),
    canSchedule: can(ctx, "create", "meeting"),
  };
}

export default function DocumentsPage() {
  const { rows, committees, filters, page, canCreate, canSchedule } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="documents-title">
      <div className="page-heading">
        <h1 id="documents-title">{t("document.list.title")}</h1>
        {canCreate ? (
          <Link to="/documents/new" className="button button--primary">
            {t("document.new.title")}
          </Link>
        ) : null}
      </div>
      <MeetingsNav canCreate={canSchedule} />
      <Form method="get" className="filters" role="search">
        <label>
          {t("document.list.searchLabel")}
          <input type="search" name="q" defaultValue={filters.q} />
        </label>
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
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("document.field.symbol")}</th>
                <th scope="col">{t("document.field.title")}</th>
                <th scope="col">{t("document.field.kind")}</th>
                <th scope="col">{t("document.field.issuedOn")}</th>
                <th scope="col">{t("document.field.languages")}</th>
                <th scope="col">{t("meeting.field.committee")}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("document.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
