import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AgencySections } from "~/components/agency-sections";
import { can } from "~/domain/access";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { getAgency, getAgencyInvolvement, setAgencyArchived } from "~/models/agency.server";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { RecordHistory } from "~/components/record-history";
import { forbidden, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { agencyPageSchema } from "~/schemas/agency";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyKindLabel } from "~/domain/labels";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.agencyId ?? "";
  const { ctx } = await requirePermission(request, "read", "agency");
  const [agency, involvement, history] = await Promise.all([
    getAgency(id),
    getAgencyInvolvement(ctx, id),
    recordHistory(ctx, "agency", id, historyPageFrom(request)),
  ]);
  if (!agency) throw notFound();
  return {
    agency,
    involvement,
    history,
    canCreatePost: can(ctx, "create", "position", { agencyId: id }),
    canEdit: can(ctx, "update", "agency", { agencyId: id }),
    canArchive: can(ctx, "archive", "agency", { agencyId: id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.agencyId ?? "";
  const { user, ctx } = await requireAccess(request);
  const parsed = parseWith(agencyPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const { intent } = parsed.data;
  if (!can(ctx, "archive", "agency", { agencyId: id })) throw forbidden();
  if (!(await setAgencyArchived(user.id, id, intent === "archive"))) throw notFound();
  return redirectWithFlash(request, `/agencies/${id}`, {
    kind: "success",
    key: intent === "archive" ? "common.archivedDone" : "common.restoredDone",
  });
}

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export default function AgencyPage() {
  const { agency, involvement, history, canEdit, canArchive, canCreatePost } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <article aria-labelledby="agency-title">
      <div className="page-heading">
        <h1 id="agency-title">
          {agency.name} {agency.acronym ? <span className="muted">({agency.acronym})</span> : null}
        </h1>
        <div className="button-row">
          <Link to={`/search?agency=${agency.id}`} className="button">
            {t("search.inAgency")}
          </Link>
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
        <dd>{agencyKindLabel(t, agency.kind)}</dd>
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

      <AgencySections agency={agency} involvement={involvement} canCreatePost={canCreatePost && !agency.archivedAt} />

      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data?.agency.name);

export { ErrorBoundary } from "~/components/route-error-boundary";
