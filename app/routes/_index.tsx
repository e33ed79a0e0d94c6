import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionTable } from "~/components/actions/action-table";
import { Card } from "~/components/dashboard/card";
import { CommitteeHealth } from "~/components/dashboard/committee-health";
import { GapsCard } from "~/components/dashboard/gaps-card";
import { ReportingCard } from "~/components/dashboard/reporting-card";
import { RotationRiskPanel } from "~/components/handovers/rotation-risk-panel";
import { followsRotation } from "~/domain/handover-rules";
import { workLinks } from "~/styles/work-links";
import { can } from "~/domain/access";
import { useI18n } from "~/i18n/context";
import { loadDashboard } from "~/models/dashboard.server";
import { requireAccess } from "~/permissions.server";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, meetingStatusLabel, milestoneName, personName } from "~/domain/labels";
import { readListSearch } from "~/schemas/list-search";
import { pageOnlySearch } from "~/schemas/lists";

export const links = workLinks;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const now = new Date();
  const timeZone = user.timeZone ?? "UTC";
  // Committee health is for those who run meetings: secretaries (and administrators).
  const showHealth = can(ctx, "update", "meeting");
  const { page } = readListSearch(request, pageOnlySearch).paging;
  const { today, work, gaps, health, reporting, rotation } = await loadDashboard(ctx, { now, timeZone, page, showHealth, showRotation: followsRotation(ctx) });
  return { name: user.displayName, now: now.toISOString(), today: today.toISOString(), ...work, gaps, health, reporting, rotation };
}

export default function Dashboard() {
  const { name, now, today, posts, actions, actionTotal, overdueTotal, meetings, deadlines, milestones, handovers, gaps, health, reporting, rotation } =
    useLoaderData<typeof loader>();
  const { t, date, dateTime, zone, timeZone } = useI18n();
  return (
    <div className="dashboard">
      <h1>{t("dashboard.title")}</h1>
      <p className="lede">{t("dashboard.greeting", { name })}</p>

      <Card id="posts" title={t("dashboard.myPosts")} more={{ to: "/responsibilities/mine", label: t("dashboard.myResponsibilities") }}>
        {posts.length ? (
          <ul className="plain-list">
            {posts.map((p) => (
              <li key={p.id}>
                <strong>
                  <Link to={`/positions/${p.position.id}`}>{p.position.title}</Link>
                </strong>
                {p.acting ? <span className="badge">{t("dashboard.acting")}</span> : null} —{" "}
                <Link to={`/agencies/${p.position.agency.id}`}>{agencyLabel(p.position.agency)}</Link>
                {p.plannedEndDate ? <span className="muted"> · {t("dashboard.until", { date: date(p.plannedEndDate, "UTC") })}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noPosts")}</p>
        )}
      </Card>

      {handovers.length ? (
        <Card id="handovers" title={t("dashboard.handovers")} total={handovers.length}>
          <ul className="plain-list">
            {handovers.map((h) => (
              <li key={h.id}>
                <Link to={`/handovers/${h.id}`}>{h.position.title}</Link> ({agencyLabel(h.agency)})
                {h.outgoingPerson ? <span className="muted"> · {t("dashboard.handoverFrom", { name: personName(h.outgoingPerson) })}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <section aria-labelledby="actions-title" className="card dashboard__wide">
        <h2 id="actions-title">
          {t("dashboard.openActions")} <span className="count">({t("dashboard.count", { count: actionTotal })})</span>
          {overdueTotal ? <span className="badge badge--danger">{t("dashboard.overdueCount", { count: overdueTotal })}</span> : null}
        </h2>
        {actions.length ? <ActionTable rows={actions} now={now} /> : <p className="muted">{t("dashboard.noActions")}</p>}
        <p className="card__more">
          <Link to="/actions?mine=1">{t("dashboard.allMyActions")}</Link>
        </p>
      </section>

      <Card id="meetings" title={t("dashboard.upcomingMeetings")} more={{ to: "/meetings", label: t("dashboard.allMeetings") }}>
        {meetings.length ? (
          <ul className="plain-list">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link>{" "}
                <span className="muted">
                  {t("dashboard.inVenueTime", { time: dateTime(m.startsAt, m.timeZone), zone: zone(m.startsAt, m.timeZone) })}
                  {m.timeZone !== timeZone ? ` · ${t("dashboard.yourTime", { time: dateTime(m.startsAt) })}` : ""}
                  {m.venue ? ` · ${m.venue}` : ""} · {meetingStatusLabel(t, m.status)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noMeetings")}</p>
        )}
      </Card>

      <Card id="deadlines" title={t("dashboard.deadlines")} more={{ to: "/reporting", label: t("dashboard.reportingCalendar") }}>
        {deadlines.length || milestones.length ? (
          <ul className="plain-list">
            {deadlines.map((d) => (
              <li key={d.id}>
                <strong>
                  <Link to={`/reporting/cycles/${d.id}`}>{d.obligation.title}</Link>
                </strong>{" "}
                ({d.cycle}) — <span className="muted">{t("dashboard.due", { date: date(d.dueDate, "UTC") })}</span>
              </li>
            ))}
            {milestones.map((m) => (
              <li key={m.id}>
                <Link to={`/reporting/cycles/${m.deadline.id}`}>{milestoneName(t, m)}</Link>{" "}
                <span className="muted">
                  · {m.deadline.obligation.title} ({m.deadline.cycle}) — {t("dashboard.due", { date: date(m.dueDate, "UTC") })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noDeadlines")}</p>
        )}
      </Card>

      <ReportingCard card={reporting} today={today} />

      <GapsCard agencies={gaps} />

      {rotation ? <RotationRiskPanel counts={rotation} /> : null}

      {health ? <CommitteeHealth committees={health.committees} page={health.page} /> : null}
    </div>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "dashboard.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
