import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ResponsibilityForm } from "~/components/forms/responsibility-form";
import { refusingBadReferences } from "~/submissions/references.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { catalogueOptions, checkResponsibilityRefs, createResponsibility } from "~/models/responsibility.server";
import { requirePermission } from "~/permissions.server";
import { responsibilitySchema } from "~/schemas/responsibility";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

// The catalogue belongs to no agency: creating an entry needs the "any" permission (secretaries).
const NO_OWNER = { agencyId: null };

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create", "responsibility", NO_OWNER);
  return { options: await catalogueOptions() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "create", "responsibility", NO_OWNER);
  const parsed = parseWith(responsibilitySchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const refErrors = await checkResponsibilityRefs(parsed.data);
  if (Object.keys(refErrors).length) return refuse(parsed.values, refErrors);
  const outcome = await refusingBadReferences(parsed.values, () => createResponsibility(user.id, parsed.data));
  if (!outcome.ok) return outcome.refusal;
  const created = outcome.value;
  return redirectWithFlash(request, `/responsibilities/${created.id}`, { kind: "success", key: "common.created" });
}

export default function NewResponsibilityPage() {
  const { options } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-responsibility-title">
      <h1 id="new-responsibility-title">{t("responsibility.new.title")}</h1>
      <ResponsibilityForm initial={{ title: "" }} options={options} failure={failure} cancelTo="/responsibilities" />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "responsibility.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
