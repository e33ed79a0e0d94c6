import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { FilterSelect } from "~/components/ui/filter-select";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { todayIn } from "~/domain/overdue";
import { pageFromSearch } from "~/domain/paging";
import { OBLIGATION_STATUS_FILTERS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listObligations, obligationFilterOptions, obligationFiltersFromSearch } from "~/models/reporting.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, dueRuleKindLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "reporting");
  const search = new URL(request.url).searchParams;
  const filters = obligationFiltersFromSearch(search);
  const paging = pageFromSearch(search);
  const today = todayIn(new Date(), user.timeZone ?? "UTC");
  const [{ rows, total }, [instruments, agencies]] = await Promise.all([listObligations(ctx, filters, paging, today), obligationFilterOptions()]);
  return {
    rows,
    instruments,
    agencies,
    filters,
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "reporting"),
  };
}

export default function ReportingPage() {
  const { rows, instruments, agencies, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="reporting-title">
      <div className="page-heading">
        <h1 id="reporting-title">{t("reporting.list.title")}</h1>
        {canCreate ? (
          <Link to="/reporting/new" className="button button--primary">
            {t("reporting.list.new")}
          </Link>
        ) : null}
      </div>
      <ReportingNav canCreate={false} />
      <p className="lede">{t("reporting.list.intro")}</p>
      <Form method="get" className="filters" role="search">
        <FilterSelect label={t("reporting.field.instrument")} name="instrument" value={filters.instrumentId} options={instruments.map((i) => ({ value: i.id, label: i.code }))} />
        <FilterSelect
          label={t("reporting.list.leadAgency")}
          name="agency"
          value={filters.agencyId}
          options={agencies.map((a) => ({ value: a.id, label: a.acronym ? `${a.acronym} — ${a.name}` : a.name }))}
        />
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
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("reporting.col.obligation")}</th>
              <th scope="col">{t("reporting.field.instrument")}</th>
              <th scope="col">{t("reporting.col.lead")}</th>
              <th scope="col">{t("reporting.col.rule")}</th>
              <th scope="col">{t("reporting.col.nextDue")}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      ) : (
        <p>{t("reporting.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "reporting.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
