import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ObligationForm } from "~/components/reporting/obligation-form";
import { newObligationValues } from "~/components/reporting/obligation-values";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { can } from "~/domain/access";
import { parseNestedWith } from "~/submissions/nested-rows.server";
import { refuse, refused, readForm } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { checkObligation, createObligation, obligationFormOptions } from "~/models/reporting.server";
import { forbidden, requirePermission } from "~/permissions.server";
import { obligationSchema } from "~/schemas/reporting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create", "reporting");
  return { initial: newObligationValues(), options: await obligationFormOptions() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "create", "reporting");
  const parsed = parseNestedWith(obligationSchema, await readForm(request), ["contributors"]);
  if (!parsed.ok) return refused(parsed);
  const { errors, derived } = await checkObligation(parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  if (!can(ctx, "create", "reporting", { positionId: parsed.data.leadPositionId, agencyId: derived.leadAgencyId })) throw forbidden();
  const saved = await refusingBadReferences(parsed.values, () => createObligation({ userId: user.id, personId: user.personId }, parsed.data, derived));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, `/reporting/${saved.value.id}`, { kind: "success", key: "reporting.created" });
}

export default function NewObligationPage() {
  const { initial, options } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-obligation-title">
      <h1 id="new-obligation-title">{t("reporting.new.title")}</h1>
      <ReportingNav canCreate />
      <ObligationForm initial={initial} options={options} failure={failure} cancelTo="/reporting" submitLabel={t("reporting.new.submit")} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "reporting.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
