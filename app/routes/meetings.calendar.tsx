import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { can } from "~/domain/access";
import { monthGrid, parseMonth, shiftMonth } from "~/domain/month-grid";
import { utcToWall } from "~/domain/wall-clock";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { meetingsBetween } from "~/models/meeting-lists.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "meeting.calendar.title");

const DAY = 86_400_000;
const WEEKDAYS = ["weekday.0", "weekday.1", "weekday.2", "weekday.3", "weekday.4", "weekday.5", "weekday.6"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx, user } = await requirePermission(request, "read", "meeting");
  const search = new URL(request.url).searchParams;
  const readerZone = user.timeZone ?? "UTC";
  const today = utcToWall(new Date(), readerZone).date;
  const { year, month } = parseMonth(search.get("month"), today);
  const committeeId = search.get("committeeId") || null;
  // Meetings sit on their venue-local date; a day either side catches every zone's midnight.
  const from = new Date(Date.UTC(year, month - 1, 1) - DAY);
  const to = new Date(Date.UTC(year, month, 1) + DAY);
  const [rows, committees] = await Promise.all([meetingsBetween(ctx, { from, to, committeeId }), committeeOptions(ctx)]);
  const monthKey = `${year}-${String(month).padStart(2, "0")}`;
  const byDay: Record<string, { id: string; title: string; time: string; status: string; committee: string }[]> = {};
  for (const m of rows) {
    const local = utcToWall(m.startsAt, m.timeZone);
    if (!local.date.startsWith(monthKey)) continue;
    (byDay[local.date] ??= []).push({ id: m.id, title: m.title, time: local.time, status: m.status, committee: m.committee.shortName ?? m.committee.name });
  }
  return {
    monthKey,
    monthStart: `${monthKey}-01`,
    weeks: monthGrid(year, month),
    byDay,
    count: Object.values(byDay).reduce((n, list) => n + list.length, 0),
    today,
    previous: shiftMonth(year, month, -1),
    next: shiftMonth(year, month, 1),
    committees,
    committeeId: committeeId ?? "",
    canCreate: can(ctx, "create", "meeting"),
  };
}

export default function MonthPage() {
  const data = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const title = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(data.monthStart));
  const query = (month: string) => `?month=${month}${data.committeeId ? `&committeeId=${data.committeeId}` : ""}`;
  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t("meeting.calendar.title")}</h1>
      <MeetingsNav canCreate={data.canCreate} />
      <div className="month-nav">
        <Link to={query(data.previous)} rel="prev">
          ← {t("meeting.calendar.previous")}
        </Link>
        <h2 aria-live="polite">{title}</h2>
        <Link to={query(data.next)} rel="next">
          {t("meeting.calendar.next")} →
        </Link>
        <Form method="get" className="button-row month-filter">
          <input type="hidden" name="month" value={data.monthKey} />
          <FilterSelect
            label={t("meeting.field.committee")}
            name="committeeId"
            value={data.committeeId}
            options={data.committees.map((c) => ({ value: c.id, label: c.shortName ?? c.name }))}
          />
          <button type="submit" className="button">
            {t("common.filter")}
          </button>
        </Form>
      </div>
      <p className="muted">{t("meeting.calendar.summary", { count: data.count })}</p>
      <table className="month">
        <caption className="muted">{t("meeting.calendar.caption")}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const meetings = data.byDay[day] ?? [];
                const inMonth = day.startsWith(data.monthKey);
                const classes = [inMonth ? "" : "month__other", day === data.today ? "month__today" : ""].filter(Boolean).join(" ");
                return (
                  <td key={day} className={classes || undefined}>
                    <span className="month__day">{Number(day.slice(8))}</span>
                    {meetings.length ? (
                      <ul>
                        {meetings.map((m) => (
                          <li key={m.id} className={m.status === "cancelled" || m.status === "postponed" ? "is-cancelled" : undefined}>
                            <Link to={`/meetings/${m.id}`} title={`${m.committee} — ${m.title}`}>
                              {m.time} {m.committee}
                              <span className="month__title">{m.title}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
