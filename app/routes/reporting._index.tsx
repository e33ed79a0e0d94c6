import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { ObligationFilters } from "~/components/reporting/obligation-filters";
import { ListFilters, ListTable, PageHeading } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { todayIn } from "~/domain/overdue";
import { pageInfo } from "~/domain/paging";
import { OBLIGATION_STATUS_FILTERS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listObligations, obligationFilterOptions } from "~/models/reporting.server";
import { readListSearch } from "~/schemas/list-search";
import { obligationListSearch } from "~/schemas/lists";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, dueRuleKindLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "reporting");
  const { filters, paging } = readListSearch(request, obligationListSearch);
  const today = todayIn(new Date(), user.timeZone ?? "UTC");
  const [{ rows, total }, [instruments, agencies]] = await Promise.all([listObligations(ctx, filters, paging, today), obligationFilterOptions()]);
  return {
    rows,
    instruments,
    agencies,
    filters,
    page: pageInfo(paging, total),
    canCreate: can(ctx, "create", "reporting"),
  };
}

export default function ReportingPage() {
  const { rows, instruments, agencies, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="reporting-title">
      <PageHeading id="reporting-title" title={t("reporting.list.title")} create={canCreate && { to: "/reporting/new", label: t("reporting.list.new") }} />
      <ReportingNav canCreate={false} />
      <p className="lede">{t("reporting.list.intro")}</p>
      <ListFilters>
        <ObligationFilters instruments={instruments} agencies={agencies} values={filters} />
        <label>
          {t("reporting.list.status")}
          <select name="status" defaultValue={filters.status}>
            {OBLIGATION_STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`reporting.statusFilter.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("reporting.list.empty")}
        className="table"
        scroll={false}
        columns={[t("reporting.col.obligation"), t("reporting.field.instrument"), t("reporting.col.lead"), t("reporting.col.rule"), t("reporting.col.nextDue")]}
      >
        {rows.map((o) => {
          const next = o.deadlines[0];
          return (
            <tr key={o.id}>
              <td>
                <Link to={`/reporting/${o.id}`}>{o.title}</Link>
              </td>
              <td>
                {o.instrument.code}
                {o.provision ? ` ${o.provision.reference}` : ""}
              </td>
              <td>
                {o.leadPosition ? <Link to={`/positions/${o.leadPosition.id}`}>{o.leadPosition.title}</Link> : "—"}
                {o.leadAgency ? <span className="muted"> ({agencyLabel(o.leadAgency)})</span> : null}
              </td>
              <td>{dueRuleKindLabel(t, o.ruleKind)}</td>
              <td>{next ? <Link to={`/reporting/cycles/${next.id}`}>{`${date(next.dueDate, "UTC")} (${next.cycle})`}</Link> : <span className="muted">—</span>}</td>
            </tr>
          );
        })}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "reporting.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
