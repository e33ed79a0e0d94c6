import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ObligationForm } from "~/components/reporting/obligation-form";
import { storedObligationValues } from "~/components/reporting/obligation-values";
import { can, type AccessContext } from "~/domain/access";
import { parseNestedWith } from "~/submissions/nested-rows.server";
import { refuse, refused, readForm } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import {
  checkObligation,
  classifiedObligation,
  getObligation,
  obligationFormOptions,
  obligationOwnership,
  updateObligation,
} from "~/models/reporting.server";
import { assertCan, assertVisible, forbidden, notFound, requireAccess } from "~/permissions.server";
import { obligationEditSchema } from "~/schemas/reporting";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

async function editableObligation(ctx: AccessContext, id: string) {
  const obligation = await getObligation(id);
  if (!obligation || obligation.archivedAt) throw notFound();
  assertVisible(ctx, "reportingObligation", classifiedObligation(obligation));
  assertCan(ctx, "update", "reporting", obligationOwnership(obligation));
  return obligation;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  const obligation = await editableObligation(ctx, params.obligationId ?? "");
  return { id: obligation.id, title: obligation.title, version: obligation.version, initial: storedObligationValues(obligation), options: await obligationFormOptions() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const current = await editableObligation(ctx, params.obligationId ?? "");
  const parsed = parseNestedWith(obligationEditSchema, await readForm(request), ["contributors"]);
  if (!parsed.ok) return refused(parsed);
  const { errors, derived } = await checkObligation(parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  // Handing the obligation to another lead post needs the right over that post too.
  if (!can(ctx, "update", "reporting", { positionId: parsed.data.leadPositionId, agencyId: derived.leadAgencyId })) throw forbidden();
  // Someone saved since this form was loaded: nothing is written; the form keeps what was typed,
  // shows what changed meanwhile, and carries the new version so that saving again is a choice.
  const saved = await refusingBadReferences(parsed.values, () => staleOr(() => updateObligation({ userId: user.id, personId: user.personId }, current.id, parsed.data, derived)));
  if (!saved.ok) return saved.refusal;
  if (saved.value) return conflicted(parsed.values, saved.value);
  return redirectWithFlash(request, `/reporting/${current.id}`, { kind: "success", key: "common.saved" });
}

export default function EditObligationPage() {
  const { id, title, version, initial, options } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-obligation-title">
      <h1 id="edit-obligation-title">{t("reporting.edit.title", { title })}</h1>
      <ObligationForm initial={initial} version={version} options={options} failure={failure} cancelTo={`/reporting/${id}`} submitLabel={t("common.save")} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("reporting.edit.title", { title: data.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
