import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TenureDates } from "~/components/tenure-dates";
import { can } from "~/domain/access";
import { useI18n } from "~/i18n/context";
import { getPerson, personOwnership } from "~/models/person.server";
import { notFound, requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, personName } from "~/domain/labels";
import { ArchivedBadge, EditLink, Fact } from "~/components/ui/record-page";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.personId ?? "";
  const { ctx } = await requirePermission(request, "read", "person");
  const person = await getPerson(id);
  if (!person) throw notFound();
  const owners = await personOwnership(id);
  const now = new Date();
  const history = await recordHistory(ctx, "person", person.id, historyPageFrom(request));
  return {
    history,
    person,
    now: now.toISOString(),
    canEdit: !person.archivedAt && (can(ctx, "update", "person", { agencyId: null }) || owners.some((o) => can(ctx, "update", "person", o))),
  };
}

export default function PersonPage() {
  const { history, person, now, canEdit } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const isCurrent = (a: { startDate: string | Date; endDate: string | Date | null }) =>
    new Date(a.startDate) <= new Date(now) && (a.endDate === null || new Date(a.endDate) > new Date(now));
  const current = person.assignments.filter(isCurrent);
  const other = person.assignments.filter((a) => !isCurrent(a));
  return (
    <article aria-labelledby="person-title">
      <div className="page-heading">
        <h1 id="person-title">
          {person.honorific ? `${person.honorific} ` : ""}
          {personName(person)}
        </h1>
        <EditLink show={canEdit} />
      </div>
      <ArchivedBadge archived={Boolean(person.archivedAt)} />
      <dl className="facts">
        <dt>{t("person.field.email")}</dt>
        <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : <span className="muted">{t("common.none")}</span>}</dd>
        <dt>{t("person.field.phone")}</dt>
        <dd>{person.phone ?? <span className="muted">{t("common.none")}</span>}</dd>
        <Fact label={t("person.field.notes")} className="prose">{person.notes}</Fact>
      </dl>

      <section aria-labelledby="current-posts-title">
        <h2 id="current-posts-title">{t("person.currentPosts")}</h2>
        {current.length ? (
          <ul className="plain-list">
            {current.map((a) => (
              <li key={a.id}>
                <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
                {a.acting ? <span className="badge">{t("dashboard.acting")}</span> : null} —{" "}
                <Link to={`/agencies/${a.position.agency.id}`}>{a.position.agency.name}</Link>{" "}
                <span className="muted">
                  <TenureDates tenure={a} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("people.noCurrentPost")}</p>
        )}
      </section>

      {other.length ? (
        <section aria-labelledby="other-posts-title">
          <h2 id="other-posts-title">{t("person.otherPosts")}</h2>
          <ul className="plain-list">
            {other.map((a) => (
              <li key={a.id}>
                <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
                {a.acting ? <span className="badge">{t("dashboard.acting")}</span> : null} —{" "}
                <Link to={`/agencies/${a.position.agency.id}`}>{agencyLabel(a.position.agency)}</Link>{" "}
                <span className="muted">
                  <TenureDates tenure={a} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && personName(data.person));

export { ErrorBoundary } from "~/components/route-error-boundary";
