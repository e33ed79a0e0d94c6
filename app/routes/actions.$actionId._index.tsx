import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionStatusLabel, DueBadge, VacantBadge } from "~/components/actions/action-badges";
import { StatusUpdateForm } from "~/components/actions/status-update-form";
import { UpdateHistory } from "~/components/actions/update-history";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { workLinks } from "~/styles/work-links";
import { can, canSee } from "~/domain/access";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { ActionUpdateRefused, classified, getAction, ownership, recordStatusUpdates, setActionArchived } from "~/models/action.server";
import { assertCan, assertVisible, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { actionPageSchema } from "~/schemas/action";
import { redirectWithFlash } from "~/session.server";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, confidentialityLabel, personName } from "~/domain/labels";
import { ArchiveButton, ArchivedBadge, EditLink } from "~/components/ui/record-page";

export const links = workLinks;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "action");
  const now = new Date();
  const action = await getAction(params.actionId ?? "", now);
  if (!action) throw notFound();
  assertVisible(ctx, "action", classified(action));
  const holders = action.ownerPosition.assignments;
  const history = await recordHistory(ctx, "action", action.id, historyPageFrom(request));
  return {
    history,
    action: {
      ...action,
      meeting: action.meeting && canSee(ctx, "meeting", action.meeting) ? action.meeting : null,
      decision: action.decision && canSee(ctx, "decision", action.decision) ? action.decision : null,
    },
    vacant: holders.length === 0,
    // A person named on the action who no longer holds the post: the post still owns it.
    personLeft: action.ownerPerson !== null && !holders.some((h) => h.person.id === action.ownerPerson?.id),
    now: now.toISOString(),
    canUpdate: !action.archivedAt && can(ctx, "update", "action", ownership(action)),
    canArchive: can(ctx, "archive", "action"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const current = await getAction(params.actionId ?? "");
  if (!current) throw notFound();
  assertVisible(ctx, "action", classified(current));
  const parsed = parseWith(actionPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const actor = { userId: user.id, personId: user.personId };
  if (parsed.data.intent !== "update") {
    assertCan(ctx, "archive", "action");
    await setActionArchived(actor, current.id, parsed.data.intent === "archive");
    return redirectWithFlash(request, `/actions/${current.id}`, {
      kind: "success",
      key: parsed.data.intent === "archive" ? "common.archivedDone" : "common.restoredDone",
    });
  }
  assertCan(ctx, "update", "action", ownership(current));
  try {
    await recordStatusUpdates(actor, [{ id: current.id, status: parsed.data.status, note: parsed.data.note }]);
  } catch (error) {
    if (error instanceof ActionUpdateRefused) return refuse(parsed.values, { note: error.problems.map((p) => p.message) });
    throw error;
  }
  return redirectWithFlash(request, `/actions/${current.id}`, { kind: "success", key: "action.updated" });
}

export default function ActionPage() {
  const { history, action: a, vacant, personLeft, now, canUpdate, canArchive } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date, dateTime } = useI18n();
  const number = useDecisionNumber();
  return (
    <article aria-labelledby="action-title">
      <div className="page-heading">
        <h1 id="action-title">{a.title}</h1>
        <div className="button-row">
          <EditLink show={canUpdate} />
          <ArchiveButton show={canArchive} archived={Boolean(a.archivedAt)} />
        </div>
      </div>
      <ArchivedBadge archived={Boolean(a.archivedAt)} />
      {vacant ? <p className="notice notice--warn">{t("action.detail.vacantNotice")}</p> : null}
      <dl className="facts">
        <dt>{t("action.col.status")}</dt>
        <dd>
          <ActionStatusLabel status={a.status} />
          {a.completedAt ? <span className="muted"> — {t("action.detail.completedOn", { date: date(a.completedAt) })}</span> : null}
        </dd>
        <dt>{t("action.col.due")}</dt>
        <dd>
          {a.dueDate ? date(a.dueDate, "UTC") : <span className="muted">{t("action.detail.noDueDate")}</span>} <DueBadge action={a} now={now} />
        </dd>
        <dt>{t("action.col.owner")}</dt>
        <dd>
          {a.ownerPosition.title} — <Link to={`/agencies/${a.ownerAgency.id}`}>{agencyLabel(a.ownerAgency)}</Link>
          <VacantBadge vacant={vacant} />
          <br />
          <span className="muted">
            {vacant
              ? t("action.detail.noHolder")
              : t("action.detail.heldBy", {
                  names: a.ownerPosition.assignments
                    .map((h) => `${personName(h.person)}${h.acting ? ` (${t("dashboard.acting")})` : ""}`)
                    .join(", "),
                })}
          </span>{" "}
          <Link to={`/actions?position=${a.ownerPosition.id}`}>{t("action.detail.postActions")}</Link>
        </dd>
        {a.ownerPerson ? (
          <>
            <dt>{t("action.field.person")}</dt>
            <dd>
              {personName(a.ownerPerson)}
              {personLeft ? <span className="badge badge--warn">{t("action.flag.personLeft")}</span> : null}
            </dd>
          </>
        ) : null}
        {a.committee ? (
          <>
            <dt>{t("action.col.committee")}</dt>
            <dd>{a.committee.shortName ? `${a.committee.shortName} — ${a.committee.name}` : a.committee.name}</dd>
          </>
        ) : null}
        {a.meeting ? (
          <>
            <dt>{t("action.detail.meeting")}</dt>
            <dd>
              <Link to={`/meetings/${a.meeting.id}`}>{a.meeting.title}</Link>{" "}
              <span className="muted">{dateTime(a.meeting.startsAt, a.meeting.timeZone)}</span>
            </dd>
          </>
        ) : null}
        {a.decision ? (
          <>
            <dt>{t("action.col.decision")}</dt>
            <dd>
              <Link to={`/decisions/${a.decision.id}`}>{number(a.decision)}</Link> — {a.decision.title}
            </dd>
          </>
        ) : null}
        <dt>{t("decision.field.confidentiality")}</dt>
        <dd>{confidentialityLabel(t, a.confidentiality)}</dd>
      </dl>
      {a.description ? <p className="decision-text">{a.description}</p> : null}

      {canUpdate ? (
        <section aria-labelledby="update-title">
          <h2 id="update-title">{t("action.update.title")}</h2>
          <StatusUpdateForm status={a.status} failure={failure} />
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("action.detail.history")}</h2>
        <UpdateHistory updates={a.updates} />
      </section>
      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data?.action.title);

export { ErrorBoundary } from "~/components/route-error-boundary";
