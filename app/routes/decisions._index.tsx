import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { WorkTabs, workLinks } from "~/components/decisions/work-tabs";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { DECISION_STATUSES, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { listDecisions } from "~/models/decision-list.server";
import { requirePermission } from "~/permissions.server";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { decisionStatusLabel } from "~/domain/labels";

export const links = workLinks;

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "decision");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const statusParam = search.get("status");
  const status = isOneOf(DECISION_STATUSES, statusParam) ? statusParam : null;
  const yearParam = Number.parseInt(search.get("year") ?? "", 10);
  const year = yearParam >= 1900 && yearParam <= 2200 ? yearParam : null;
  const committeeId = search.get("committee")?.slice(0, 64) || null;
  const paging = pageFromSearch(search);
  const [{ rows, total }, committees] = await Promise.all([
    listDecisions(ctx, { q, committeeId, year, status }, paging),
    committeeOptions(ctx),
  ]);
  return {
    rows,
    committees,
    filters: { q: q ?? "", status: status ?? "", year: year ? String(year) : "", committee: committeeId ?? "" },
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "decision"),
  };
}

export default function DecisionRegister() {
  const { rows, committees, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  const number = useDecisionNumber();
  return (
    <section aria-labelledby="decisions-title">
      <div className="page-heading">
        <h1 id="decisions-title">{t("decision.list.title")}</h1>
        {canCreate ? (
          <Link to="/decisions/new" className="button button--primary">
            {t("decision.list.new")}
          </Link>
        ) : null}
      </div>
      <WorkTabs current="decisions" />
      <Form method="get" className="filters" role="search">
        <label>
          {t("decision.list.searchLabel")}
          <input type="search" name="q" defaultValue={filters.q} />
        </label>
        <FilterSelect
          label={t("decision.field.committee")}
          name="committee"
          value={filters.committee}
          options={committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.shortName} — ${c.name}` : c.name }))}
        />
        <label>
          {t("decision.list.year")}
          <input type="number" name="year" min={1900} max={2200} inputMode="numeric" defaultValue={filters.year} className="input--short" />
        </label>
        <FilterSelect
          label={t("decision.field.status")}
          name="status"
          value={filters.status}
          options={DECISION_STATUSES.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
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
                <th scope="col">{t("decision.col.number")}</th>
                <th scope="col">{t("decision.col.title")}</th>
                <th scope="col">{t("decision.field.committee")}</th>
                <th scope="col">{t("decision.col.date")}</th>
                <th scope="col">{t("decision.field.status")}</th>
                <th scope="col">{t("decision.col.followUp")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">
                    <Link to={`/decisions/${d.id}`}>{number(d)}</Link>
                  </td>
                  <td>
                    {d.title}
                    {d.supersededBy ? <span className="badge">{t("decision.standing.superseded")}</span> : null}
                    {d.supersedesId ? <span className="badge">{t("decision.list.correction")}</span> : null}
                  </td>
                  <td>{d.committee.shortName ?? d.committee.name}</td>
                  <td className="nowrap">{date(d.decidedOn, "UTC")}</td>
                  <td>{decisionStatusLabel(t, d.status)}</td>
                  <td>
                    {d.progress.total ? (
                      <span className="progress">
                        <meter min={0} max={d.progress.total} value={d.progress.done} aria-hidden="true" />
                        {t("decision.progress", { done: d.progress.done, total: d.progress.total })}
                      </span>
                    ) : (
                      <span className="muted">{t("decision.noFollowUp")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("decision.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "decision.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
