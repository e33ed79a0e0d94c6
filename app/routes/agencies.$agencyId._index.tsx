import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AgencySections } from "~/components/agency-sections";
import { can } from "~/domain/access";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { setAgencyArchived } from "~/models/agency.server";
import { AGENCY_SECTION_PAGE, readAgency } from "~/models/agency-read.server";
import { pageFromSearch, pageInfo } from "~/domain/paging";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { RecordHistory } from "~/components/record-history";
import { forbidden, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { agencyPageSchema } from "~/schemas/agency";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyKindLabel } from "~/domain/labels";
import { ArchiveButton, ArchivedBadge, EditLink, Fact } from "~/components/ui/record-page";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.agencyId ?? "";
  const { ctx } = await requirePermission(request, "read", "agency");
  // Each list of the page has its own page number in the query string (decision 056).
  const search = new URL(request.url).searchParams;
  const pageOf = (name: string) => pageFromSearch(search, AGENCY_SECTION_PAGE, name);
  const pages = { units: pageOf("units"), posts: pageOf("posts"), committees: pageOf("committees"), roles: pageOf("roles") };
  const read = readAgency(ctx, id, new Date(), pages);
  if (!read) throw notFound();
  const { agency, involvement } = read;
  const history = await recordHistory(ctx, "agency", id, historyPageFrom(request));
  return {
    agency,
    involvement,
    history,
    pages: {
      units: pageInfo(pages.units, agency.unitCount),
      posts: pageInfo(pages.posts, agency._count.positions),
      committees: pageInfo(pages.committees, involvement.committeeCount),
      roles: pageInfo(pages.roles, involvement.roleCount),
    },
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
  const { agency, involvement, history, pages, canEdit, canArchive, canCreatePost } = useLoaderData<typeof loader>();
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
          <EditLink show={canEdit && !agency.archivedAt} />
          <ArchiveButton show={canArchive} archived={Boolean(agency.archivedAt)} />
        </div>
      </div>
      <ArchivedBadge archived={Boolean(agency.archivedAt)} />
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
        <Fact label={t("agency.field.mandate")} className="prose">{agency.mandate}</Fact>
        {agency.email ? (
          <>
            <dt>{t("agency.field.email")}</dt>
            <dd>
              <a href={`mailto:${agency.email}`}>{agency.email}</a>
            </dd>
          </>
        ) : null}
        <Fact label={t("agency.field.phone")}>{agency.phone}</Fact>
        <Fact label={t("agency.field.address")} className="prose">{agency.address}</Fact>
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

      <AgencySections agency={agency} involvement={involvement} canCreatePost={canCreatePost && !agency.archivedAt} pages={pages} />

      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data?.agency.name);

export { ErrorBoundary } from "~/components/route-error-boundary";
