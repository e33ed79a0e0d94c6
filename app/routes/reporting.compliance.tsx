import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ComplianceBadge } from "~/components/reporting/compliance-badge";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { ObligationFilters } from "~/components/reporting/obligation-filters";
import { ListFilters } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { complianceOf } from "~/domain/compliance";
import { todayIn } from "~/domain/overdue";
import { pageInfo } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { complianceOverview } from "~/models/reporting-compliance.server";
import { obligationFilterOptions } from "~/models/reporting.server";
import { readListSearch } from "~/schemas/list-search";
import { complianceSearch } from "~/schemas/lists";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "reporting");
  const { filters, paging } = readListSearch(request, complianceSearch);
  const today = todayIn(new Date(), user.timeZone ?? "UTC");
  const [{ rows, total }, [instruments, agencies]] = await Promise.all([complianceOverview(ctx, { ...filters, status: "active" }, paging, today), obligationFilterOptions()]);
  return {
    rows: rows.map((o) => ({ ...o, deadlines: o.deadlines.map((d) => ({ ...d, compliance: complianceOf(d, today) })).reverse() })),
    filters,
    instruments,
    agencies,
    page: pageInfo(paging, total),
    canCreate: can(ctx, "create", "reporting"),
  };
}

/** Like the WGTR's reporting status: per obligation, each cycle on time, late, missing or upcoming. */
export default function CompliancePage() {
  const { rows, filters, instruments, agencies, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  const all = rows.flatMap((r) => r.deadlines.map((d) => d.compliance.status));
  const count = (s: string) => all.filter((x) => x === s).length;
  return (
    <section aria-labelledby="compliance-title" className="stack">
      <h1 id="compliance-title">{t("reporting.compliance.title")}</h1>
      <ReportingNav canCreate={canCreate} />
      <p className="lede">{t("reporting.compliance.intro")}</p>
      <ListFilters>
        <ObligationFilters instruments={instruments} agencies={agencies} values={filters} />
      </ListFilters>
      <p>{t("reporting.compliance.summary", { onTime: count("on_time"), late: count("late"), missing: count("missing") })}</p>
      <table className="table compliance-grid">
        <thead>
          <tr>
            <th scope="col">{t("reporting.col.obligation")}</th>
            <th scope="col">{t("reporting.compliance.history")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link to={`/reporting/${o.id}`}>{o.title}</Link> <span className="muted">({o.instrument.code})</span>
              </th>
              <td>
                <ul className="plain-list compact">
                  {o.deadlines.map((d) => (
                    <li key={d.id}>
                      <Link to={`/reporting/cycles/${d.id}`}>{d.cycle}</Link> <span className="muted">({date(d.dueDate, "UTC")})</span> <ComplianceBadge compliance={d.compliance} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "reporting.compliance.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
