import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can } from "~/domain/access";
import { AGENCY_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { getAgency, setAgencyArchived } from "~/models/agency.server";
import { listAuditEvents } from "~/models/audit.server";
import { prisma } from "~/db.server";
import { forbidden, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { redirectWithFlash } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.agencyId ?? "";
  const { ctx } = await requirePermission(request, "read", "agency");
  const agency = await getAgency(id);
  if (!agency) throw notFound();
  const history = can(ctx, "read", "audit") ? await listAuditEvents(prisma, { entity: "agency", entityId: id, take: 10 }) : null;
  return {
    agency,
    history,
    canEdit: can(ctx, "update", "agency", { agencyId: id }),
    canArchive: can(ctx, "archive", "agency", { agencyId: id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.agencyId ?? "";
  const { user, ctx } = await requireAccess(request);
  const intent = (await request.formData()).get("intent");
  if (intent !== "archive" && intent !== "restore") throw new Response("Unknown intent", { status: 400 });
  if (!can(ctx, "archive", "agency", { agencyId: id })) throw forbidden();
  const agency = await prisma.agency.findUnique({ where: { id }, select: { id: true } });
  if (!agency) throw notFound();
  await setAgencyArchived(user.id, id, intent === "archive");
  return redirectWithFlash(request, `/agencies/${id}`, {
    kind: "success",
    key: intent === "archive" ? "common.archivedDone" : "common.restoredDone",
  });
}

export default function AgencyPage() {
  const { agency, history, canEdit, canArchive } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <article aria-labelledby="agency-title">
      <div className="page-heading">
        <h1 id="agency-title">
          {agency.name} {agency.acronym ? <span className="muted">({agency.acronym})</span> : null}
        </h1>
        <div className="button-row">
          {canEdit && !agency.archivedAt ? (
            <Link to="edit" className="button">
              {t("common.edit")}
            </Link>
          ) : null}
          {canArchive ? (
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value={agency.archivedAt ? "restore" : "archive"}
                className="button button--quiet"
              >
                {agency.archivedAt ? t("common.restore") : t("common.archive")}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
      {agency.archivedAt ? <p className="badge">{t("common.archived")}</p> : null}
      <dl className="facts">
        <dt>{t("agency.field.kind")}</dt>
        <dd>{isOneOf(AGENCY_KINDS, agency.kind) ? t(`agencyKind.${agency.kind}`) : agency.kind}</dd>
        {agency.parent ? (
          <>
            <dt>{t("agency.col.parent")}</dt>
            <dd>
              <Link to={`/agencies/${agency.parent.id}`}>{agency.parent.name}</Link>
            </dd>
          </>
        ) : null}
        {agency.mandate ? (
          <>
            <dt>{t("agency.field.mandate")}</dt>
            <dd className="prose">{agency.mandate}</dd>
          </>
        ) : null}
        {agency.email ? (
          <>
            <dt>{t("agency.field.email")}</dt>
            <dd>
              <a href={`mailto:${agency.email}`}>{agency.email}</a>
            </dd>
          </>
        ) : null}
        {agency.phone ? (
          <>
            <dt>{t("agency.field.phone")}</dt>
            <dd>{agency.phone}</dd>
          </>
        ) : null}
        {agency.address ? (
          <>
            <dt>{t("agency.field.address")}</dt>
            <dd className="prose">{agency.address}</dd>
          </>
        ) : null}
        {agency.website ? (
          <>
            <dt>{t("agency.field.website")}</dt>
            <dd>
              <a href={agency.website} rel="noreferrer">
                {agency.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      {agency.units.length ? (
        <section aria-labelledby="units-title">
          <h2 id="units-title">{t("agency.detail.units")}</h2>
          <ul>
            {agency.units.map((u) => (
              <li key={u.id}>
                <Link to={`/agencies/${u.id}`}>{u.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="posts-title">
        <h2 id="posts-title">{t("agency.detail.posts")}</h2>
        {agency.positions.length ? (
          <ul className="plain-list">
            {agency.positions.map((p) => (
              <li key={p.id}>
                <strong>{p.title}</strong> —{" "}
                {p.assignments.length
                  ? p.assignments
                      .map((a) => `${a.person.givenName} ${a.person.familyName}${a.acting ? ` (${t("dashboard.acting")})` : ""}`)
                      .join(", ")
                  : t("agency.detail.vacant")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("common.none")}</p>
        )}
      </section>

      {history ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("agency.detail.history")}</h2>
          {history.length ? (
            <ol className="history">
              {history.map((e) => (
                <li key={e.id}>
                  <time dateTime={new Date(e.at).toISOString()}>{dateTime(e.at)}</time> —{" "}
                  {e.action === "create" || e.action === "update" || e.action === "archive" || e.action === "restore"
                    ? t(`audit.action.${e.action}`)
                    : e.action}{" "}
                  {t("audit.by", {
                    name: e.actor?.person ? `${e.actor.person.givenName} ${e.actor.person.familyName}` : (e.actor?.email ?? t("audit.system")),
                  })}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t("agency.detail.noHistory")}</p>
          )}
        </section>
      ) : null}
    </article>
  );
}
