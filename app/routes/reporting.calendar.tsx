import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { CalendarList } from "~/components/reporting/calendar-list";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { Timeline, TimelineLegend } from "~/components/reporting/timeline";
import { ObligationFilters } from "~/components/reporting/obligation-filters";
import { FilterCheckbox, ListFilters } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { todayIn } from "~/domain/overdue";
import { parseWith, readForm } from "~/submissions/parse.server";
import { reportingFeedSchema } from "~/schemas/calendar-feed";
import { useI18n } from "~/i18n/context";
import { createFeedToken } from "~/models/calendar-feed.server";
import { reportingCalendar } from "~/models/reporting-calendar.server";
import { obligationFilterOptions } from "~/models/reporting.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { reportingCalendarSearch } from "~/schemas/lists";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "reporting");
  const today = todayIn(new Date(), user.timeZone ?? "UTC");
  const { filters: { view, ...search }, paging } = readListSearch(request, reportingCalendarSearch);
  const filters = { ...search, year: search.year ?? today.getUTCFullYear() };
  const [{ obligations, total }, [instruments, agencies]] = await Promise.all([reportingCalendar(ctx, filters, paging), obligationFilterOptions()]);
  return {
    obligations,
    filters,
    view,
    instruments,
    agencies,
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "reporting"),
  };
}

/** Creates a private feed address for the reporting calendar (shown once; only its hash is kept). */
export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "read", "reporting");
  const parsed = parseWith(reportingFeedSchema, await readForm(request));
  if (!parsed.ok) return data({ ok: false as const }, { status: 400 });
  const created = await createFeedToken(user.id, { scope: "reporting", committeeId: null, label: null });
  return data({ ok: true as const, url: `${new URL(request.url).origin}/feeds/${created.token}.ics` });
}

export default function ReportingCalendarPage() {
  const { obligations, filters, view, instruments, agencies, page, canCreate } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const location = useLocation();
  const withParams = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(changes)) (v === null ? params.delete(k) : params.set(k, v));
    params.delete("page");
    return `${location.pathname}?${params}`;
  };
  const printParams = new URLSearchParams(location.search);
  printParams.delete("page");
  printParams.delete("view");
  return (
    <section aria-labelledby="calendar-title" className="stack">
      <h1 id="calendar-title">
        {t("reporting.calendar.title")} {filters.year}
      </h1>
      <ReportingNav canCreate={canCreate} />
      <p className="lede">{t("reporting.calendar.intro")}</p>
      <div className="button-row">
        <Link to={withParams({ year: String(filters.year - 1) })} rel="prev">
          ← {t("reporting.calendar.previous")}
        </Link>
        <Link to={withParams({ year: String(filters.year + 1) })} rel="next">
          {t("reporting.calendar.next")} →
        </Link>
        <Link to={withParams({ view: null })} aria-current={view === "timeline" ? "page" : undefined}>
          {t("reporting.calendar.timeline")}
        </Link>
        <Link to={withParams({ view: "list" })} aria-current={view === "list" ? "page" : undefined}>
          {t("reporting.calendar.list")}
        </Link>
        <Link to={`/reporting/calendar/print?${printParams}`}>{t("reporting.calendar.print")}</Link>
      </div>
      <ListFilters>
        <input type="hidden" name="year" value={filters.year} />
        {view === "list" ? <input type="hidden" name="view" value="list" /> : null}
        <ObligationFilters instruments={instruments} agencies={agencies} values={filters} />
        <FilterCheckbox label={t("action.list.mine")} name="mine" checked={filters.mine} />
      </ListFilters>
      {obligations.length === 0 ? (
        <p>{t("reporting.calendar.empty")}</p>
      ) : view === "list" ? (
        <CalendarList year={filters.year} rows={obligations} />
      ) : (
        <>
          <Timeline year={filters.year} rows={obligations} />
          <TimelineLegend />
        </>
      )}
      <Pagination {...page} />

      <h2>{t("reporting.feed.title")}</h2>
      <p>{t("reporting.feed.intro")}</p>
      {result && "url" in result ? (
        <div className="flash flash--success" role="status">
          <p>{t("reporting.feed.created")}</p>
          <p>
            <code data-testid="feed-url">{result.url}</code>
          </p>
        </div>
      ) : (
        <Form method="post">
          <button type="submit" name="intent" value="createFeed" className="button">
            {t("reporting.feed.create")}
          </button>
        </Form>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => `${t("reporting.calendar.title")} ${data?.filters.year ?? ""}`);

export { ErrorBoundary } from "~/components/route-error-boundary";
