import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MeetingTable } from "~/components/meetings/meeting-table";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { PeriodSelect } from "~/components/meetings/period-select";
import { ListFilters } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { useI18n } from "~/i18n/context";
import { listMyMeetings } from "~/models/meeting-lists.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { readListPage } from "~/schemas/list-search";
import { myMeetingListSearch } from "~/schemas/lists";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "meeting.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const list = await readListPage(request, myMeetingListSearch, (filters, paging) => listMyMeetings(ctx, { ...filters, ...paging }));
  return { ...list, canCreate: can(ctx, "create", "meeting") };
}

export default function MyMeetingsPage() {
  const { rows, filters, page, canCreate } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">{t("meeting.mine.title")}</h1>
      <MeetingsNav canCreate={canCreate} />
      <p className="lede">{t("meeting.mine.intro")}</p>
      <ListFilters landmark={false}>
        <PeriodSelect value={filters.period} />
      </ListFilters>
      {rows.length ? <MeetingTable rows={rows} /> : <p>{t("meeting.mine.empty")}</p>}
      <Pagination {...page} />
      <p>
        <Link to="/calendar/feeds">{t("meeting.mine.subscribe")}</Link>
      </p>
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
