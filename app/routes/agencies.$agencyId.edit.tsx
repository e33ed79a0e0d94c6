import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgencyForm } from "~/components/forms/agency-form";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { agencyOptions, checkAgencyParent, getAgency, updateAgency } from "~/models/agency.server";
import { notFound, requirePermission } from "~/permissions.server";
import { agencyEditSchema } from "~/schemas/agency";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.agencyId ?? "";
  await requirePermission(request, "update", "agency", { agencyId: id });
  const [agency, parents] = await Promise.all([getAgency(id), agencyOptions(id)]);
  if (!agency || agency.archivedAt) throw notFound();
  return { agency, parents };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.agencyId ?? "";
  const { user } = await requirePermission(request, "update", "agency", { agencyId: id });
  const parsed = parseWith(agencyEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const parentError = await checkAgencyParent(id, parsed.data.parentId);
  if (parentError) return refuse(parsed.values, { parentId: [parentError] });
  const saved = await refusingBadReferences(parsed.values, () => staleOr(() => updateAgency(user.id, id, parsed.data)));
  if (!saved.ok) return saved.refusal;
  if (saved.value) return conflicted(parsed.values, saved.value);
  return redirectWithFlash(request, `/agencies/${id}`, { kind: "success", key: "common.saved" });
}

export default function EditAgencyPage() {
  const { agency, parents } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-agency-title">
      <h1 id="edit-agency-title">{t("agency.edit.title", { name: agency.name })}</h1>
      <AgencyForm
        initial={{
          name: agency.name,
          acronym: agency.acronym ?? "",
          kind: agency.kind,
          parentId: agency.parentId ?? "",
          mandate: agency.mandate ?? "",
          address: agency.address ?? "",
          email: agency.email ?? "",
          phone: agency.phone ?? "",
          website: agency.website ?? "",
        }}
        parents={parents}
        version={agency.version}
        failure={failure}
        cancelTo={`/agencies/${agency.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("agency.edit.title", { name: data.agency.name }));

export { ErrorBoundary } from "~/components/route-error-boundary";
