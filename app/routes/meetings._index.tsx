import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { MeetingTable } from "~/components/meetings/meeting-table";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { ListFilters } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { MEETING_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { listMeetings } from "~/models/meeting-lists.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";
import { readListPage } from "~/schemas/list-search";
import { meetingListSearch } from "~/schemas/lists";
import { PeriodSelect } from "~/components/meetings/period-select";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "meeting.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const [list, committees] = await Promise.all([
    readListPage(request, meetingListSearch, (filters, paging) => listMeetings(ctx, { ...filters, ...paging })),
    committeeOptions(ctx),
  ]);
  return {
    ...list,
    committees,
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
      <ListFilters>
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
        <PeriodSelect value={filters.period} />
      </ListFilters>
      {rows.length ? <MeetingTable rows={rows} /> : <p>{t("meeting.list.empty")}</p>}
      <Pagination {...page} />
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
