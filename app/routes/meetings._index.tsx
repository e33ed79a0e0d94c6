import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { MeetingTable } from "~/components/meetings/meeting-table";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { isOneOf, MEETING_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { listMeetings } from "~/models/meeting-lists.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "meeting.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const search = new URL(request.url).searchParams;
  const committeeId = search.get("committeeId") || null;
  const statusParam = search.get("status");
  const status = isOneOf(MEETING_STATUSES, statusParam) ? statusParam : null;
  const period = search.get("period") === "past" ? "past" : "upcoming";
  const paging = pageFromSearch(search);
  const [{ rows, total }, committees] = await Promise.all([
    listMeetings(ctx, { committeeId, status, period, skip: paging.skip, take: paging.take }),
    committeeOptions(ctx),
  ]);
  return {
    rows,
    committees,
    filters: { committeeId: committeeId ?? "", status: status ?? "", period },
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "meeting"),
  };
}

export default function MeetingsPage() {
  const { rows, committees, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t("meeting.list.title")}</h1>
      <MeetingsNav canCreate={canCreate} />
      <Form method="get" className="filters" role="search">
        <FilterSelect
          label={t("meeting.field.committee")}
          name="committeeId"
          value={filters.committeeId}
          options={committees.map((c) => ({ value: c.id, label: c.shortName ?? c.name }))}
        />
        <FilterSelect
          label={t("meeting.col.status")}
          name="status"
          value={filters.status}
          options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetingStatus.${s}`) }))}
        />
        <label>
          {t("meeting.list.period")}
          <select name="period" defaultValue={filters.period}>
            <option value="upcoming">{t("meeting.list.upcoming")}</option>
            <option value="past">{t("meeting.list.past")}</option>
          </select>
        </label>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? <MeetingTable rows={rows} /> : <p>{t("meeting.list.empty")}</p>}
      <Pagination {...page} />
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
