import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ResponsibilityForm } from "~/components/forms/responsibility-form";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { catalogueOptions, checkResponsibilityRefs, getResponsibility, updateResponsibility } from "~/models/responsibility.server";
import { notFound, requirePermission } from "~/permissions.server";
import { responsibilityEditSchema } from "~/schemas/responsibility";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

// Editing the catalogue entry itself needs the "any" permission; focal points change RACI cells only.
const NO_OWNER = { agencyId: null };

async function load(id: string) {
  const responsibility = await getResponsibility(id);
  if (!responsibility || responsibility.archivedAt) throw notFound();
  return responsibility;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update", "responsibility", NO_OWNER);
  const [responsibility, options] = await Promise.all([load(params.responsibilityId ?? ""), catalogueOptions()]);
  return { responsibility, options };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "update", "responsibility", NO_OWNER);
  const { id } = await load(params.responsibilityId ?? "");
  const parsed = parseWith(responsibilityEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const refErrors = await checkResponsibilityRefs(parsed.data, id);
  if (Object.keys(refErrors).length) return refuse(parsed.values, refErrors);
  const outcome = await refusingBadReferences(parsed.values, () => staleOr(() => updateResponsibility(user.id, id, parsed.data)));
  if (!outcome.ok) return outcome.refusal;
  if (outcome.value) return conflicted(parsed.values, outcome.value);
  return redirectWithFlash(request, `/responsibilities/${id}`, { kind: "success", key: "common.saved" });
}

export default function EditResponsibilityPage() {
  const { responsibility: r, options } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-responsibility-title">
      <h1 id="edit-responsibility-title">{t("responsibility.edit.title")}</h1>
      <ResponsibilityForm
        initial={{ title: r.title, description: r.description ?? "", instrumentId: r.instrumentId ?? "", provisionId: r.provisionId ?? "", phaseId: r.phaseId ?? "" }}
        options={options}
        version={r.version}
        failure={failure}
        cancelTo={`/responsibilities/${r.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("responsibility.edit.title"), data?.responsibility.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
