import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MeetingTable } from "~/components/meetings/meeting-table";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { listMyMeetings } from "~/models/meeting-lists.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "meeting.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const search = new URL(request.url).searchParams;
  const period = search.get("period") === "past" ? "past" : "upcoming";
  const paging = pageFromSearch(search);
  const { rows, total } = await listMyMeetings(ctx, { period, skip: paging.skip, take: paging.take });
  return { rows, period, page: { page: paging.page, pageSize: paging.pageSize, total }, canCreate: can(ctx, "create", "meeting") };
}

export default function MyMeetingsPage() {
  const { rows, period, page, canCreate } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">{t("meeting.mine.title")}</h1>
      <MeetingsNav canCreate={canCreate} />
      <p className="lede">{t("meeting.mine.intro")}</p>
      <Form method="get" className="filters">
        <label>
          {t("meeting.list.period")}
          <select name="period" defaultValue={period}>
            <option value="upcoming">{t("meeting.list.upcoming")}</option>
            <option value="past">{t("meeting.list.past")}</option>
          </select>
        </label>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? <MeetingTable rows={rows} /> : <p>{t("meeting.mine.empty")}</p>}
      <Pagination {...page} />
      <p>
        <Link to="/calendar/feeds">{t("meeting.mine.subscribe")}</Link>
      </p>
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
