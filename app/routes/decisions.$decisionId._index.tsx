import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionTable } from "~/components/actions/action-table";
import { decisionName, useDecisionNumber } from "~/components/decisions/decision-number";
import { workLinks } from "~/styles/work-links";
import { can } from "~/domain/access";
import { followUpProgress } from "~/domain/action-status";
import { decisionStanding, mayEditInPlace, supersessionProblem } from "~/domain/supersession";
import { VOTES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listDecisionActions } from "~/models/action-list.server";
import { getDecision, recordState, visibleNeighbours } from "~/models/decision.server";
import { assertVisible, requirePermission } from "~/permissions.server";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { confidentialityLabel, decisionAdoptionLabel, decisionStatusLabel } from "~/domain/labels";
import { EditLink } from "~/components/ui/record-page";

export const links = workLinks;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "decision");
  const decision = await getDecision(params.decisionId ?? "");
  assertVisible(ctx, "decision", decision);
  const now = new Date();
  const { documentLinks: _links, meeting: _meeting, supersedes: _supersedes, supersededBy: _supersededBy, ...fields } = decision;
  const state = recordState(decision);
  const actions = await listDecisionActions(ctx, decision.id, now);
  const history = await recordHistory(ctx, "decision", decision.id, historyPageFrom(request));
  return {
    history,
    decision: fields,
    ...visibleNeighbours(ctx, decision),
    standing: decisionStanding(state),
    actions,
    now: now.toISOString(),
    canEdit: can(ctx, "update", "decision") && mayEditInPlace(state),
    canCorrect: can(ctx, "create", "decision") && supersessionProblem(state, decision.committeeId) === null,
    canAddAction: can(ctx, "create", "action"),
  };
}

export default function DecisionPage() {
  const { history, decision: d, meeting, supersedes, supersededBy, documents, standing, actions, now, canEdit, canCorrect, canAddAction } =
    useLoaderData<typeof loader>();
  const { t, date, dateTime } = useI18n();
  const number = useDecisionNumber();
  const progress = followUpProgress(actions);
  const voters = (vote: (typeof VOTES)[number]) => d.votes.filter((v) => v.vote === vote);
  return (
    <article aria-labelledby="decision-title">
      <div className="page-heading">
        <h1 id="decision-title">
          <span className="muted">{number(d)}</span> {d.title}
        </h1>
        <div className="button-row">
          <EditLink show={canEdit} />
          {canCorrect ? (
            <Link to={`/decisions/new?supersedes=${d.id}`} className="button">
              {t("decision.detail.correct")}
            </Link>
          ) : null}
          {canAddAction ? (
            <Link to={`/actions/new?decisionId=${d.id}`} className="button button--primary">
              {t("decision.detail.addAction")}
            </Link>
          ) : null}
        </div>
      </div>
      {supersededBy ? (
        <p className="notice notice--warn">
          {t("decision.detail.supersededBy")} <Link to={`/decisions/${supersededBy.id}`}>{number(supersededBy)}</Link> — {supersededBy.title}
        </p>
      ) : null}
      {supersedes ? (
        <p className="notice">
          {t("decision.detail.supersedes")} <Link to={`/decisions/${supersedes.id}`}>{number(supersedes)}</Link> — {supersedes.title}
        </p>
      ) : null}
      {!canEdit && meeting?.status === "held" && standing === "current" ? <p className="muted">{t("decision.detail.onRecord")}</p> : null}

      <dl className="facts">
        <dt>{t("decision.field.committee")}</dt>
        <dd>{d.committee.shortName ? `${d.committee.shortName} — ${d.committee.name}` : d.committee.name}</dd>
        {meeting ? (
          <>
            <dt>{t("decision.detail.meeting")}</dt>
            <dd>
              <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>{" "}
              <span className="muted">{dateTime(meeting.startsAt, meeting.timeZone)}</span>
            </dd>
          </>
        ) : null}
        {d.agendaItem ? (
          <>
            <dt>{t("decision.field.agendaItem")}</dt>
            <dd>{d.agendaItem.label ? `${d.agendaItem.label}. ${d.agendaItem.title}` : d.agendaItem.title}</dd>
          </>
        ) : null}
        <dt>{t("decision.field.decidedOn")}</dt>
        <dd>{date(d.decidedOn, "UTC")}</dd>
        <dt>{t("decision.field.status")}</dt>
        <dd>
          {decisionStatusLabel(t, d.status)}
          {standing !== "current" ? <span className="badge">{t(`decision.standing.${standing}`)}</span> : null}
        </dd>
        <dt>{t("decision.field.adoption")}</dt>
        <dd>
          {decisionAdoptionLabel(t, d.adoption)}
          {d.adoption === "recorded_vote" ? (
            <span className="muted">
              {" "}
              — {t("decision.detail.tally", { for: d.votesFor ?? 0, against: d.votesAgainst ?? 0, abstaining: d.votesAbstaining ?? 0 })}
            </span>
          ) : null}
        </dd>
        <dt>{t("decision.field.confidentiality")}</dt>
        <dd>{confidentialityLabel(t, d.confidentiality)}</dd>
        {documents.length ? (
          <>
            <dt>{t("decision.detail.documents")}</dt>
            <dd>
              <ul className="plain-list">
                {documents.map((doc) => (
                  <li key={doc.id}>
                    {doc.symbol ? <strong>{doc.symbol}</strong> : null} {doc.title}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      <h2>{t("decision.field.text")}</h2>
      <div className="decision-text">{d.text}</div>

      {d.votes.length ? (
        <details>
          <summary>{t("decision.detail.whoVoted")}</summary>
          <div className="vote-columns">
            {VOTES.map((vote) => (
              <section key={vote} aria-label={t(`decisionVote.${vote}`)}>
                <h3>
                  {t(`decisionVote.${vote}`)} ({voters(vote).length})
                </h3>
                <ul>
                  {voters(vote).map((v) => (
                    <li key={v.id}>{v.voterLabel}</li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </details>
      ) : null}

      <section aria-labelledby="follow-up-title">
        <h2 id="follow-up-title">{t("decision.detail.followUp")}</h2>
        {actions.length ? (
          <>
            <p className="progress">
              <meter min={0} max={Math.max(1, progress.total)} value={progress.done} aria-hidden="true" />
              {t("decision.progress", progress)}
            </p>
            <ActionTable rows={actions} now={now} show={{ committee: false, decision: false }} />
          </>
        ) : (
          <p className="muted">{t("decision.noFollowUp")}</p>
        )}
      </section>
      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && decisionName(t, data.decision));

export { ErrorBoundary } from "~/components/route-error-boundary";
