import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EndAssignmentForm } from "~/components/forms/end-assignment-form";
import { PositionSections } from "~/components/position-sections";
import { can } from "~/domain/access";
import { parseWith, readForm, refuse, refused } from "~/forms/parse.server";
import { useI18n } from "~/i18n/context";
import { endAssignment } from "~/models/assignment.server";
import { getPosition, positionOwner, setPositionArchived } from "~/models/position.server";
import { assertCan, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { positionPageSchema } from "~/schemas/assignment";
import { toIsoDate } from "~/schemas/dates";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.positionId ?? "";
  const { ctx } = await requirePermission(request, "read", "position");
  const now = new Date();
  const position = await getPosition(ctx, id, now);
  if (!position) throw notFound();
  const owner = { agencyId: position.agencyId, positionId: position.id };
  const live = !position.archivedAt;
  return {
    position,
    now: now.toISOString(),
    can: {
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
  // Parsed once: the permission is decided on the same intent that is then carried out.
  const parsed = parseWith(positionPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const { intent } = parsed.data;
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
  const { position, now, can: allowed } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date } = useI18n();
  const open = position.assignments.filter((a) => a.endDate === null);
  const isCurrent = (a: { startDate: string | Date; endDate: string | Date | null }) =>
    new Date(a.startDate) <= new Date(now) && (a.endDate === null || new Date(a.endDate) > new Date(now));
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
          {allowed.edit ? (
            <Link to="edit" className="button">
              {t("common.edit")}
            </Link>
          ) : null}
          {allowed.archive ? (
            <Form method="post">
              <button type="submit" name="intent" value={position.archivedAt ? "restore" : "archive"} className="button button--quiet">
                {position.archivedAt ? t("common.restore") : t("common.archive")}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
      {position.archivedAt ? <p className="badge">{t("common.archived")}</p> : null}
      <dl className="facts">
        {position.description ? (
          <>
            <dt>{t("position.field.description")}</dt>
            <dd className="prose">{position.description}</dd>
          </>
        ) : null}
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
                        {a.person.givenName} {a.person.familyName}
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
                label: `${a.person.givenName} ${a.person.familyName}${a.acting ? ` (${t("dashboard.acting")})` : ""} — ${t("tenure.since", { start: date(a.startDate, "UTC") })}`,
              }))}
            />
          </details>
        ) : null}
      </section>

      <PositionSections position={position} />
    </article>
  );
}

export const meta: MetaFunction = () => [{ title: "Relais" }];
