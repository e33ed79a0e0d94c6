import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EndAssignmentForm } from "~/components/forms/end-assignment-form";
import { ChangesList } from "~/components/handovers/changes-list";
import { CounterpartList } from "~/components/handovers/counterpart-list";
import { HandoverStatusBadge } from "~/components/handovers/status-badge";
import { PositionSections } from "~/components/position-sections";
import { can } from "~/domain/access";
import { canStartHandover } from "~/domain/handover-rules";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { endAssignment } from "~/models/assignment.server";
import { readChangesSince } from "~/models/changes-since-read.server";
import { readCounterpartPage } from "~/models/dossier-read.server";
import { startHandoverForPost } from "~/models/handover.server";
import { readLatestHandoverOfPost } from "~/models/handover-read.server";
import { positionOwner, setPositionArchived } from "~/models/position.server";
import { POST_SECTION_PAGE, readPosition } from "~/models/position-read.server";
import { pageFromSearch, pageInfo } from "~/domain/paging";
import { SectionPages } from "~/components/ui/pagination";
import { assertCan, forbidden, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { positionPageSchema } from "~/schemas/assignment";
import { toIsoDate } from "~/domain/calendar-date";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { accountName, personName } from "~/domain/labels";
import { ArchiveButton, ArchivedBadge, EditLink, Fact } from "~/components/ui/record-page";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.positionId ?? "";
  const { ctx } = await requirePermission(request, "read", "position");
  const now = new Date();
  // Each list of the page has its own page number in the query string (decision 056).
  const search = new URL(request.url).searchParams;
  const pageOf = (name: string) => pageFromSearch(search, POST_SECTION_PAGE, name);
  const pages = { responsibilities: pageOf("responsibilities"), committees: pageOf("committees"), counterparts: pageOf("counterparts"), changes: pageOf("changes") };
  const position = readPosition(ctx, id, now, pages);
  if (!position) throw notFound();
  const owner = { agencyId: position.agencyId, positionId: position.id };
  const live = !position.archivedAt;
  const counterparts = readCounterpartPage(ctx, id, now, pages.counterparts);
  const changes = readChangesSince(ctx, id, now, pages.changes);
  const handover = readLatestHandoverOfPost(ctx, id);
  const history = await recordHistory(ctx, "position", position.id, historyPageFrom(request));
  return {
    history,
    position,
    counterparts: counterparts.rows,
    changes,
    pages: {
      responsibilities: pageInfo(pages.responsibilities, position.responsibilityTotal),
      committees: pageInfo(pages.committees, position.committeeTotal),
      counterparts: pageInfo(pages.counterparts, counterparts.total),
      changes: pageInfo(pages.changes, changes?.total ?? 0),
    },
    handover,
    now: now.toISOString(),
    can: {
      startHandover: live && canStartHandover(ctx, { agencyId: position.agencyId, positionId: position.id }),
      edit: live && can(ctx, "update", "position", owner),
      archive: can(ctx, "archive", "position", owner),
      assign: live && can(ctx, "create", "assignment", owner),
      end: live && can(ctx, "update", "assignment", owner),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.positionId ?? "";
  const { user, ctx } = await requireAccess(request);
  const post = await positionOwner(id);
  if (!post) throw notFound();
  const owner = { agencyId: post.agencyId, positionId: post.id };
  // One parse for every form of the page; the permission is checked on the parsed intent.
  const parsed = parseWith(positionPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const { intent } = parsed.data;
  if (intent === "start-handover") {
    if (!canStartHandover(ctx, owner) || post.archivedAt) throw forbidden();
    const handover = await startHandoverForPost(user.id, id);
    return redirectWithFlash(request, `/handovers/${handover.id}`, { kind: "success", key: handover.created ? "handover.started" : "handover.exists" });
  }
  assertCan(ctx, intent === "end" ? "update" : "archive", intent === "end" ? "assignment" : "position", owner);
  if (parsed.data.intent === "end") {
    const result = await endAssignment(user.id, id, parsed.data.assignmentId, parsed.data.endDate);
    if (!result.ok) return refuse(parsed.values, { endDate: [result.error] });
    return redirectWithFlash(request, `/positions/${id}`, { kind: "success", key: "assignment.ended" });
  }
  await setPositionArchived(user.id, id, parsed.data.intent === "archive");
  return redirectWithFlash(request, `/positions/${id}`, {
    kind: "success",
    key: parsed.data.intent === "archive" ? "common.archivedDone" : "common.restoredDone",
  });
}

export default function PositionPage() {
  const { history, position, counterparts, changes, pages, handover, now, can: allowed } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date } = useI18n();
  const open = position.assignments.filter((a) => a.endDate === null);
  const isCurrent = (a: { startDate: string | Date; endDate: string | Date | null }) =>
    new Date(a.startDate) <= new Date(now) && (a.endDate === null || new Date(a.endDate) > new Date(now));
  const handoverFrom = handover?.outgoingPerson ? personName(handover.outgoingPerson) : "—";
  const acknowledger = handover?.acknowledgedBy;
  const handoverAcknowledger = acknowledger ? accountName(acknowledger) : "—";
  return (
    <article aria-labelledby="position-title">
      <div className="page-heading">
        <div>
          <h1 id="position-title">{position.title}</h1>
          <p className="lede">
            <Link to={`/agencies/${position.agency.id}`}>{position.agency.name}</Link>
          </p>
        </div>
        <div className="button-row">
          {allowed.assign ? (
            <>
              <Link to="assign" className="button button--primary">
                {t("position.assign")}
              </Link>
              <Link to="assign?acting=1" className="button">
                {t("position.nameActing")}
              </Link>
            </>
          ) : null}
          <EditLink show={allowed.edit} />
          <ArchiveButton show={allowed.archive} archived={Boolean(position.archivedAt)} />
        </div>
      </div>
      <ArchivedBadge archived={Boolean(position.archivedAt)} />
      <dl className="facts">
        <Fact label={t("position.field.description")} className="prose">{position.description}</Fact>
        <dt>{t("position.field.functionalEmail")}</dt>
        <dd>
          {position.functionalEmail ? (
            <a href={`mailto:${position.functionalEmail}`}>{position.functionalEmail}</a>
          ) : (
            <span className="muted">{t("common.none")}</span>
          )}
        </dd>
      </dl>

      <section aria-labelledby="holders-title">
        <h2 id="holders-title">{t("position.holders")}</h2>
        {position.assignments.length ? (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("position.col.holder")}</th>
                  <th scope="col">{t("position.col.from")}</th>
                  <th scope="col">{t("position.col.plannedEnd")}</th>
                  <th scope="col">{t("position.col.to")}</th>
                  <th scope="col">{t("position.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {position.assignments.map((a) => (
                  <tr key={a.id} className={isCurrent(a) ? "is-current" : undefined}>
                    <td>
                      <Link to={`/people/${a.person.id}`}>
                        {personName(a.person)}
                      </Link>
                      {a.acting ? <span className="badge">{t("dashboard.acting")}</span> : null}
                      {a.notes ? <div className="muted small">{a.notes}</div> : null}
                    </td>
                    <td>{date(a.startDate, "UTC")}</td>
                    <td>{a.plannedEndDate ? date(a.plannedEndDate, "UTC") : "—"}</td>
                    <td>{a.endDate ? date(a.endDate, "UTC") : "—"}</td>
                    <td>
                      {isCurrent(a)
                        ? t("position.status.current")
                        : new Date(a.startDate) > new Date(now)
                          ? t("position.status.upcoming")
                          : t("position.status.former")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t("position.neverHeld")}</p>
        )}
        {allowed.end && open.length ? (
          <details className="inline-panel" open={Boolean(failure)}>
            <summary>{t("assignment.end.title")}</summary>
            <EndAssignmentForm
              today={toIsoDate(now)}
              failure={failure}
              open={open.map((a) => ({
                id: a.id,
                label: `${personName(a.person)}${a.acting ? ` (${t("dashboard.acting")})` : ""} — ${t("tenure.since", { start: date(a.startDate, "UTC") })}`,
              }))}
            />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="post-handover-title">
        <h2 id="post-handover-title">{t("handover.onPost")}</h2>
        {handover ? (
          <p>
            {handover.readable ? (
              <Link to={`/handovers/${handover.id}`}>{t("handover.onPostLink", { from: handoverFrom })}</Link>
            ) : (
              t("handover.onPostLink", { from: handoverFrom })
            )}{" "}
            <HandoverStatusBadge status={handover.status} />
            {handover.acknowledgedAt ? (
              <span className="muted small"> · {t("handover.onPostAcknowledged", { date: date(handover.acknowledgedAt), name: handoverAcknowledger })}</span>
            ) : handover.submittedAt ? (
              <span className="muted small"> · {t("handover.onPostWaiting", { date: date(handover.submittedAt) })}</span>
            ) : null}
            {handover.readable ? null : (
              <span className="muted small" title={t("handover.notesNotSharedExplain")}>
                {" "}
                · {t("handover.notesNotShared")}
              </span>
            )}
          </p>
        ) : (
          <p className="muted">{t("handover.noneOnPost")}</p>
        )}
        {allowed.startHandover ? (
          <Form method="post">
            <button type="submit" name="intent" value="start-handover" className="button">
              {t("handover.start")}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="changes-title" id="changes">
        <h2 id="changes-title">{t("changes.title")}</h2>
        {changes ? <ChangesList since={new Date(changes.since).toISOString()} changes={changes.changes} /> : <p className="muted">{t("changes.noReference")}</p>}
        <SectionPages info={pages.changes} name="changes" label={t("changes.title")} />
      </section>

      <PositionSections position={position} pages={pages} />

      <section aria-labelledby="counterparts-title" id="counterparts">
        <h2 id="counterparts-title">{t("dossier.counterparts")}</h2>
        <CounterpartList counterparts={counterparts} />
        <SectionPages info={pages.counterparts} name="counterparts" label={t("dossier.counterparts")} />
      </section>
      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [data?.position.title, data?.position.agency.name]);

export { ErrorBoundary } from "~/components/route-error-boundary";
