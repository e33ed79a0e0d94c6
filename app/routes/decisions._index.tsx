import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { WorkTabs } from "~/components/decisions/work-tabs";
import { workLinks } from "~/styles/work-links";
import { ListFilters, ListTable, PageHeading, SearchField } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageInfo } from "~/domain/paging";
import { DECISION_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { listDecisions } from "~/models/decision-list.server";
import { requirePermission } from "~/permissions.server";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { committeeChoiceLabel, decisionStatusLabel } from "~/domain/labels";
import { readListSearch } from "~/schemas/list-search";
import { decisionListSearch } from "~/schemas/lists";

export const links = workLinks;

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "decision");
  const { filters, paging } = readListSearch(request, decisionListSearch);
  const [{ rows, total }, committees] = await Promise.all([
    listDecisions(ctx, filters, paging),
    committeeOptions(ctx),
  ]);
  return {
    rows,
    committees,
    filters,
    page: pageInfo(paging, total),
    canCreate: can(ctx, "create", "decision"),
  };
}

export default function DecisionRegister() {
  const { rows, committees, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  const number = useDecisionNumber();
  return (
    <section aria-labelledby="decisions-title">
      <PageHeading id="decisions-title" title={t("decision.list.title")} create={canCreate && { to: "/decisions/new", label: t("decision.list.new") }} />
      <WorkTabs current="decisions" />
      <ListFilters>
        <SearchField label={t("decision.list.searchLabel")} value={filters.q} />
        <FilterSelect
          label={t("decision.field.committee")}
          name="committee"
          value={filters.committee}
          options={committees.map((c) => ({ value: c.id, label: committeeChoiceLabel(c) }))}
        />
        <label>
          {t("decision.list.year")}
          <input type="number" name="year" min={1900} max={2200} inputMode="numeric" defaultValue={filters.year ?? ""} className="input--short" />
        </label>
        <FilterSelect
          label={t("decision.field.status")}
          name="status"
          value={filters.status}
          options={DECISION_STATUSES.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
        />
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("decision.list.empty")}
        columns={[t("decision.col.number"), t("decision.col.title"), t("decision.field.committee"), t("decision.col.date"), t("decision.field.status"), t("decision.col.followUp")]}
      >
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
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "decision.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
