import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PositionForm } from "~/components/forms/position-form";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { getActiveAgency } from "~/models/agency.server";
import { createPosition } from "~/models/position.server";
import { notFound, requirePermission } from "~/permissions.server";
import { positionSchema } from "~/schemas/position";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request }: LoaderFunctionArgs) {
  const agencyId = new URL(request.url).searchParams.get("agency") ?? "";
  await requirePermission(request, "create", "position", { agencyId });
  const agency = await getActiveAgency(agencyId);
  if (!agency) throw notFound();
  return { agency };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseWith(positionSchema, await readForm(request));
  // A refused form is still refused with 403 when its agency is not the user's to staff.
  const agencyId = parsed.ok ? parsed.data.agencyId : (parsed.values.agencyId ?? "");
  const { user } = await requirePermission(request, "create", "position", { agencyId });
  if (!parsed.ok) return refused(parsed);
  if (!(await getActiveAgency(agencyId))) return refuse(parsed.values, { agencyId: ["position.error.agencyMissing"] });
  const saved = await refusingBadReferences(parsed.values, () => createPosition(user.id, parsed.data));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, `/positions/${saved.value.id}`, { kind: "success", key: "common.created" });
}

export default function NewPositionPage() {
  const { agency } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-position-title">
      <h1 id="new-position-title">{t("position.new.title")}</h1>
      <PositionForm initial={{ agencyId: agency.id, title: "" }} agencyName={agency.name} failure={failure} cancelTo={`/agencies/${agency.id}`} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "position.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
