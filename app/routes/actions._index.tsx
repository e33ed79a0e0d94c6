import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { ActionTable } from "~/components/actions/action-table";
import { WorkTabs } from "~/components/decisions/work-tabs";
import { workLinks } from "~/styles/work-links";
import { FilterCheckbox, ListFilters, PageHeading } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { ACTION_STATUS_FILTERS } from "~/domain/action-status";
import { DUE_WINDOWS } from "~/domain/overdue";
import { pageInfo } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { listActions } from "~/models/action-list.server";
import { agencyOptions } from "~/models/agency.server";
import { committeeOptions } from "~/models/committee.server";
import { positionLabel } from "~/models/position.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { actionListSearch } from "~/schemas/lists";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { agencyChoiceLabel, agencyLabel, committeeChoiceLabel } from "~/domain/labels";

export const links = workLinks;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "action");
  const { filters, paging } = readListSearch(request, actionListSearch);
  const now = new Date();
  const [{ rows, total }, committees, agencies, position] = await Promise.all([
    listActions(ctx, filters, paging, { now, timeZone: user.timeZone ?? "UTC" }),
    committeeOptions(ctx),
    agencyOptions(),
    filters.position ? positionLabel(filters.position) : null,
  ]);
  return {
    rows,
    committees,
    agencies,
    position,
    filters,
    now: now.toISOString(),
    page: pageInfo(paging, total),
    canCreate: can(ctx, "create", "action"),
  };
}

export default function ActionsPage() {
  const { rows, committees, agencies, position, filters, now, page, canCreate } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const location = useLocation();
  const withoutPosition = new URLSearchParams(location.search);
  withoutPosition.delete("position");
  withoutPosition.delete("page");
  return (
    <section aria-labelledby="actions-title">
      <PageHeading id="actions-title" title={t("action.list.title")} create={canCreate && { to: "/actions/new", label: t("action.list.new") }}>
        <a href={`/actions.csv${location.search}`} className="button" download>
          {t("action.list.exportCsv")}
        </a>
      </PageHeading>
      <WorkTabs current="actions" />
      <ListFilters>
        {filters.position ? <input type="hidden" name="position" value={filters.position} /> : null}
        <FilterSelect
          label={t("action.col.committee")}
          name="committee"
          value={filters.committee}
          options={committees.map((c) => ({ value: c.id, label: committeeChoiceLabel(c) }))}
        />
        <FilterSelect
          label={t("action.list.agency")}
          name="agency"
          value={filters.agency}
          options={agencies.map((a) => ({ value: a.id, label: agencyChoiceLabel(a) }))}
        />
        <label>
          {t("action.col.status")}
          <select name="status" defaultValue={filters.status}>
            {ACTION_STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`action.statusFilter.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("action.list.due")}
          <select name="due" defaultValue={filters.due ?? ""}>
            <option value="">{t("action.due.any")}</option>
            {DUE_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t(`action.due.${w}`)}
              </option>
            ))}
          </select>
        </label>
        <FilterCheckbox label={t("action.list.mine")} name="mine" checked={filters.mine} />
        <FilterCheckbox label={t("common.showArchived")} name="archived" checked={filters.archived} />
      </ListFilters>
      {position ? (
        <p className="notice">
          {t("action.list.forPost", { post: position.title, agency: agencyLabel(position.agency) })}{" "}
          <Link to={`/actions?${withoutPosition}`}>{t("action.list.allPosts")}</Link>
        </p>
      ) : null}
      {rows.length ? <ActionTable rows={rows} now={now} /> : <p>{t("action.list.empty")}</p>}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "action.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
