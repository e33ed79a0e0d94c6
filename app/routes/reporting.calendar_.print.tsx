import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CalendarList } from "~/components/reporting/calendar-list";
import { Timeline, TimelineLegend } from "~/components/reporting/timeline";
import { todayIn } from "~/domain/overdue";
import { useI18n } from "~/i18n/context";
import { PRINT_LIMIT, reportingCalendar } from "~/models/reporting-calendar.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { reportingCalendarSearch } from "~/schemas/lists";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "reporting");
  const today = todayIn(new Date(), user.timeZone ?? "UTC");
  const { filters: search } = readListSearch(request, reportingCalendarSearch);
  const filters = { ...search, year: search.year ?? today.getUTCFullYear() };
  const { obligations, total } = await reportingCalendar(ctx, filters, { skip: 0, take: PRINT_LIMIT });
  return { obligations, total, year: filters.year, today: today.toISOString() };
}

/** The calendar to circulate: the year's chart, then every date in order, in black and white. */
export default function PrintableCalendar() {
  const { obligations, total, year, today } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <article className="print-calendar" aria-labelledby="print-calendar-title">
      <p className="no-print">
        <Link to={`/reporting/calendar?year=${year}`}>← {t("reporting.calendar.title")}</Link> ·{" "}
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          {t("journal.print")}
        </button>
      </p>
      <h1 id="print-calendar-title">{t("reporting.calendar.printTitle", { year: String(year) })}</h1>
      <p className="muted">{t("reporting.calendar.printedOn", { date: date(today, "UTC") })}</p>
      {obligations.length ? (
        <>
          <Timeline year={year} rows={obligations} />
          <TimelineLegend />
          <CalendarList year={year} rows={obligations} linked={false} />
          {total > obligations.length ? <p>{t("reporting.calendar.more", { count: total - obligations.length })}</p> : null}
        </>
      ) : (
        <p>{t("reporting.calendar.empty")}</p>
      )}
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => t("reporting.calendar.printTitle", { year: String(data?.year ?? "") }));

export { ErrorBoundary } from "~/components/route-error-boundary";
