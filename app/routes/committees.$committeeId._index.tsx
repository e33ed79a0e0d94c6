import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CommitteeActivity } from "~/components/committees/committee-activity";
import { RuleSentence } from "~/components/meetings/rule-sentence";
import { ConfidentialityBadge } from "~/components/meetings/status-badge";
import { can } from "~/domain/access";
import { summariseRule } from "~/domain/recurrence";
import { useI18n } from "~/i18n/context";
import { readCommitteePage } from "~/models/committee-read.server";
import { notFound, requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, committeeKindLabel, membershipRoleLabel } from "~/domain/labels";
import { EditLink, Fact } from "~/components/ui/record-page";

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && (data.committee.shortName ?? data.committee.name));
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "committee");
  const page = readCommitteePage(ctx, params.committeeId ?? "", new Date());
  if (!page) throw notFound();
  const { committee, members, activity } = page;
  const history = await recordHistory(ctx, "committee", committee.id, historyPageFrom(request));
  return {
    history,
    committee,
    // The cadence rule in words ("Every week on Thursday"), in the reader's language.
    cadence: committee.cadenceRule ? summariseRule(committee.cadenceRule) : null,
    members,
    activity,
    canEdit: can(ctx, "update", "committee"),
    canSchedule: can(ctx, "create", "meeting"),
  };
}

export default function CommitteePage() {
  const { history, committee: c, cadence, members, activity, canEdit, canSchedule } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <article aria-labelledby="committee-title" className="stack">
      <div className="page-heading">
        <h1 id="committee-title">
          {c.name} {c.shortName ? <span className="muted">({c.shortName})</span> : null}
          <ConfidentialityBadge level={c.confidentiality} />
        </h1>
        <div className="button-row">
          <Link to={`/search?committee=${c.id}`} className="button">
            {t("search.inCommittee")}
          </Link>
          {canSchedule ? (
            <Link to={`/meetings/new?committeeId=${c.id}`} className="button button--primary">
              {t("committee.detail.schedule")}
            </Link>
          ) : null}
          <EditLink show={canEdit} />
        </div>
      </div>
      <dl className="facts">
        <dt>{t("committee.field.kind")}</dt>
        <dd>{committeeKindLabel(t, c.kind)}</dd>
        {c.parent ? (
          <>
            <dt>{t("committee.field.parent")}</dt>
            <dd>
              <Link to={`/committees/${c.parent.id}`}>{c.parent.name}</Link>
            </dd>
          </>
        ) : null}
        <Fact label={t("committee.field.legalBasis")}>{c.legalBasis}</Fact>
        <Fact label={t("committee.field.mandate")} className="prose">{c.mandate}</Fact>
        <Fact label={t("committee.field.objectives")} className="prose">{c.objectives}</Fact>
        <dt>{t("committee.field.chair")}</dt>
        <dd>{c.chairAgency ? <Link to={`/agencies/${c.chairAgency.id}`}>{c.chairAgency.name}</Link> : t("common.none")}</dd>
        <dt>{t("committee.field.secretariat")}</dt>
        <dd>{c.secretariatAgency ? <Link to={`/agencies/${c.secretariatAgency.id}`}>{c.secretariatAgency.name}</Link> : t("common.none")}</dd>
        {c.cadence || cadence ? (
          <>
            <dt>{t("committee.field.cadence")}</dt>
            <dd>
              {cadence ? <RuleSentence rule={cadence} /> : null}
              {c.cadence && cadence ? " — " : null}
              {c.cadence}
            </dd>
          </>
        ) : null}
        <dt>{t("committee.field.timeZone")}</dt>
        <dd>
          {c.defaultTimeZone}
          {c.defaultVenue ? ` · ${c.defaultVenue}` : ""}
        </dd>
        <dt>{t("committee.field.nextReview")}</dt>
        <dd>{c.nextReviewDate ? date(c.nextReviewDate, "UTC") : t("committee.detail.noReview")}</dd>
        {c.children.length ? (
          <>
            <dt>{t("committee.detail.subGroups")}</dt>
            <dd>
              {c.children.map((child, i) => (
                <span key={child.id}>
                  {i ? ", " : ""}
                  <Link to={`/committees/${child.id}`}>{child.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="members-title">
        <div className="page-heading">
          <h2 id="members-title">{t("committee.detail.members", { count: members.length })}</h2>
          <Link to="members">{canEdit ? t("committee.detail.manageMembers") : t("committee.detail.memberHistory")}</Link>
        </div>
        {members.length ? (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("committee.member.agency")}</th>
                  <th scope="col">{t("committee.member.post")}</th>
                  <th scope="col">{t("committee.member.role")}</th>
                  <th scope="col">{t("committee.member.since")}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link to={`/agencies/${m.agency.id}`}>{agencyLabel(m.agency)}</Link>
                    </td>
                    <td>{m.position?.title ?? <span className="muted">{t("committee.member.noPost")}</span>}</td>
                    <td>{membershipRoleLabel(t, m.role)}</td>
                    <td>{date(m.startDate, "UTC")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t("committee.detail.noMembers")}</p>
        )}
      </section>

      <section aria-labelledby="standing-title">
        <div className="page-heading">
          <h2 id="standing-title">{t("committee.detail.standingAgenda")}</h2>
          {canEdit ? <Link to="standing">{t("committee.detail.editStanding")}</Link> : null}
        </div>
        {c.standingItems.length ? (
          <ul className="standing-list">
            {c.standingItems.map((s, i) => (
              <li key={s.id}>
                <span className="agenda__label">{s.label ?? i + 1}</span> {s.title}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("committee.detail.noStanding")}</p>
        )}
      </section>

      <CommitteeActivity committeeId={c.id} decisionPrefix={c.decisionPrefix} {...activity} />
      <RecordHistory history={history} />
    </article>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
