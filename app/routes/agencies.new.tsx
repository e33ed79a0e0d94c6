import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgencyForm } from "~/components/forms/agency-form";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { agencyOptions, checkAgencyParent, createAgency } from "~/models/agency.server";
import { requirePermission } from "~/permissions.server";
import { agencySchema } from "~/schemas/agency";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create", "agency");
  return { parents: await agencyOptions() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "create", "agency");
  const parsed = parseWith(agencySchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const parentError = await checkAgencyParent(null, parsed.data.parentId);
  if (parentError) return refuse(parsed.values, { parentId: [parentError] });
  const saved = await refusingBadReferences(parsed.values, () => createAgency(user.id, parsed.data));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, `/agencies/${saved.value.id}`, { kind: "success", key: "common.created" });
}

export default function NewAgencyPage() {
  const { parents } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-agency-title">
      <h1 id="new-agency-title">{t("agency.new.title")}</h1>
      <AgencyForm initial={{ name: "", kind: "ministry", parentId: "" }} parents={parents} failure={failure} cancelTo="/agencies" />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "agency.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
