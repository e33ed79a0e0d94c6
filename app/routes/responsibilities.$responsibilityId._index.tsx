import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RaciCellEditor } from "~/components/forms/raci-cell-editor";
import { GapBadges } from "~/components/gap-list";
import { phaseName } from "~/components/phase-name";
import { RaciBadge } from "~/components/raci-badge";
import { can } from "~/domain/access";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { handleRaciChange } from "~/submissions/raci-change.server";
import { useI18n } from "~/i18n/context";
import { agencyOptions } from "~/models/agency.server";
import { loadCell } from "~/models/raci.server";
import { gapsOfResponsibility } from "~/models/responsibility-matrix.server";
import { getResponsibility, setResponsibilityArchived } from "~/models/responsibility.server";
import { assertCan, notFound, requireAccess, requirePermission } from "~/permissions.server";
import { responsibilityPageSchema } from "~/schemas/responsibility";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyChoiceLabel } from "~/domain/labels";
import { ArchiveButton, ArchivedBadge, EditLink, Fact } from "~/components/ui/record-page";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.responsibilityId ?? "";
  const { ctx } = await requirePermission(request, "read", "responsibility");
  const agencyId = new URL(request.url).searchParams.get("agency");
  const [responsibility, gaps, agencies, cell] = await Promise.all([
    getResponsibility(id),
    gapsOfResponsibility(id),
    agencyOptions(),
    agencyId ? loadCell(id, agencyId) : null,
  ]);
  if (!responsibility) throw notFound();
  const live = !responsibility.archivedAt;
  const editableAgencies = agencies.filter((a) => can(ctx, "update", "responsibility", { agencyId: a.id }));
  return {
    responsibility,
    gaps,
    editableAgencies: live ? editableAgencies : [],
    cell: live && cell && can(ctx, "update", "responsibility", { agencyId: cell.agency.id }) ? cell : null,
    canEdit: live && can(ctx, "update", "responsibility", { agencyId: null }),
    canArchive: can(ctx, "archive", "responsibility", { agencyId: null }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.responsibilityId ?? "";
  const access = await requireAccess(request);
  const parsed = parseWith(responsibilityPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const change = parsed.data;
  if (change.intent === "archive" || change.intent === "restore") {
    assertCan(access.ctx, "archive", "responsibility", { agencyId: null });
    const found = await getResponsibility(id);
    if (!found) throw notFound();
    await setResponsibilityArchived(access.user.id, id, change.intent === "archive");
    return redirectWithFlash(request, `/responsibilities/${id}`, { kind: "success", key: change.intent === "archive" ? "common.archivedDone" : "common.restoredDone" });
  }
  // The page's own responsibility, whatever a hand-made form says.
  const data = change.intent === "addRole" ? { ...change, responsibilityId: id } : change;
  return handleRaciChange(request, { data, values: parsed.values }, access, `/responsibilities/${id}`);
}

export default function ResponsibilityPage() {
  const { responsibility: r, gaps, editableAgencies, cell, canEdit, canArchive } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, locale } = useI18n();
  return (
    <article aria-labelledby="responsibility-title">
      <div className="page-heading">
        <h1 id="responsibility-title">{r.title}</h1>
        <div className="button-row">
          <EditLink show={canEdit} />
          <ArchiveButton show={canArchive} archived={Boolean(r.archivedAt)} />
        </div>
      </div>
      <ArchivedBadge archived={Boolean(r.archivedAt)} />
      <dl className="facts">
        <dt>{t("responsibility.field.instrument")}</dt>
        <dd>{r.instrument ? `${r.instrument.code} — ${r.instrument.name}` : t("common.none")}</dd>
        <dt>{t("responsibility.field.provision")}</dt>
        <dd>{r.provision ? `${r.provision.reference} — ${r.provision.title}` : t("common.none")}</dd>
        <dt>{t("responsibility.field.phase")}</dt>
        <dd>{r.phase ? `${r.phase.number}. ${phaseName(r.phase, locale)}` : t("common.none")}</dd>
        <Fact label={t("responsibility.field.description")} className="prose">{r.description}</Fact>
        <dt>{t("gap.label")}</dt>
        <dd>
          <GapBadges gaps={gaps} />
        </dd>
      </dl>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t("responsibility.roles")}</h2>
        {r.assignments.length ? (
          <ul className="plain-list">
            {r.assignments.map((line) => (
              <li key={line.id}>
                <RaciBadge role={line.role} /> <Link to={`/agencies/${line.agency.id}`}>{line.agency.name}</Link>
                {line.position ? (
                  <>
                    {" "}
                    · <Link to={`/positions/${line.position.id}`}>{line.position.title}</Link>
                  </>
                ) : null}
                {line.note ? <span className="muted"> · {line.note}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("responsibility.noRoles")}</p>
        )}
        {editableAgencies.length ? (
          <Form method="get" className="filters">
            <label>
              {t("responsibility.changeRolesOf")}
              <select name="agency" defaultValue={cell?.agency.id ?? ""}>
                {editableAgencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {agencyChoiceLabel(a)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button">
              {t("responsibility.openRoles")}
            </button>
          </Form>
        ) : null}
        {cell ? <RaciCellEditor key={cell.agency.id} cell={cell} failure={failure} closeTo={`/responsibilities/${r.id}`} /> : null}
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data?.responsibility.title);

export { ErrorBoundary } from "~/components/route-error-boundary";
