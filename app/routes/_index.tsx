import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ACTION_STATUSES, isOneOf, MEETING_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { loadMyWork } from "~/models/dashboard.server";
import { requireAccess } from "~/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const now = new Date();
  const work = await loadMyWork(ctx, now);
  return { name: user.displayName, now: now.toISOString(), ...work };
}

export default function Dashboard() {
  const { name, now, posts, actions, meetings, deadlines } = useLoaderData<typeof loader>();
  const { t, date, dateTime, zone } = useI18n();
  return (
    <div className="dashboard">
      <h1>{t("dashboard.title")}</h1>
      <p className="lede">{t("dashboard.greeting", { name })}</p>

      <section aria-labelledby="posts-title" className="card">
        <h2 id="posts-title">{t("dashboard.myPosts")}</h2>
        {posts.length ? (
          <ul className="plain-list">
            {posts.map((p) => (
              <li key={p.id}>
                <strong>{p.position.title}</strong>
                {p.acting ? <span className="badge">{t("dashboard.acting")}</span> : null} —{" "}
                <Link to={`/agencies/${p.position.agency.id}`}>{p.position.agency.acronym ?? p.position.agency.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noPosts")}</p>
        )}
      </section>

      <section aria-labelledby="actions-title" className="card">
        <h2 id="actions-title">{t("dashboard.openActions")}</h2>
        {actions.length ? (
          <ul className="plain-list">
            {actions.map((a) => {
              const overdue = a.dueDate !== null && new Date(a.dueDate) < new Date(now);
              return (
                <li key={a.id} className={overdue ? "is-overdue" : undefined}>
                  <span>{a.title}</span>{" "}
                  {overdue ? <span className="badge badge--danger">{t("dashboard.overdue")}</span> : null}{" "}
                  <span className="muted">
                    {a.dueDate ? t("dashboard.due", { date: date(a.dueDate) }) : t("dashboard.noDueDate")} ·{" "}
                    {isOneOf(ACTION_STATUSES, a.status) ? t(`actionStatus.${a.status}`) : a.status} · {a.ownerPosition.title}
                    {a.committee ? ` · ${a.committee.shortName ?? a.committee.name}` : ""}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noActions")}</p>
        )}
      </section>

      <section aria-labelledby="meetings-title" className="card">
        <h2 id="meetings-title">{t("dashboard.upcomingMeetings")}</h2>
        {meetings.length ? (
          <ul className="plain-list">
            {meetings.map((m) => (
              <li key={m.id}>
                <strong>{m.title}</strong>{" "}
                <span className="muted">
                  {t("dashboard.inVenueTime", { time: dateTime(m.startsAt, m.timeZone), zone: zone(m.startsAt, m.timeZone) })}
                  {m.venue ? ` · ${m.venue}` : ""} · {isOneOf(MEETING_STATUSES, m.status) ? t(`meetingStatus.${m.status}`) : m.status}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noMeetings")}</p>
        )}
      </section>

      <section aria-labelledby="deadlines-title" className="card">
        <h2 id="deadlines-title">{t("dashboard.deadlines")}</h2>
        {deadlines.length ? (
          <ul className="plain-list">
            {deadlines.map((d) => (
              <li key={d.id}>
                <strong>{d.obligation.title}</strong> ({d.cycle}) —{" "}
                <span className="muted">{t("dashboard.due", { date: date(d.dueDate) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("dashboard.noDeadlines")}</p>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Relais" }];
