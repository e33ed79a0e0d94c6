import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PositionForm } from "~/components/forms/position-form";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { getPositionForEdit, positionOwner, updatePosition } from "~/models/position.server";
import { assertCan, notFound, requireAccess } from "~/permissions.server";
import { positionEditSchema } from "~/schemas/position";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

async function authorise(request: Request, id: string) {
  const access = await requireAccess(request);
  const owner = await positionOwner(id);
  if (!owner || owner.archivedAt) throw notFound();
  assertCan(access.ctx, "update", "position", { agencyId: owner.agencyId, positionId: owner.id });
  return { ...access, owner };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.positionId ?? "";
  await authorise(request, id);
  const position = await getPositionForEdit(id);
  if (!position) throw notFound();
  return { position };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.positionId ?? "";
  const { user, owner } = await authorise(request, id);
  const formData = await readForm(request);
  // The agency is not editable: the post's own agency is what gets validated and kept.
  formData.set("agencyId", owner.agencyId);
  const parsed = parseWith(positionEditSchema, formData);
  if (!parsed.ok) return refused(parsed);
  const { agencyId: _unchanged, ...fields } = parsed.data;
  const stale = await staleOr(() => updatePosition(user.id, id, fields));
  if (stale) return conflicted(parsed.values, stale);
  return redirectWithFlash(request, `/positions/${id}`, { kind: "success", key: "common.saved" });
}

export default function EditPositionPage() {
  const { position } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-position-title">
      <h1 id="edit-position-title">{t("position.edit.title", { title: position.title })}</h1>
      <PositionForm
        initial={{
          agencyId: position.agencyId,
          title: position.title,
          description: position.description ?? "",
          functionalEmail: position.functionalEmail ?? "",
        }}
        agencyName={position.agency.name}
        version={position.version}
        failure={failure}
        cancelTo={`/positions/${position.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("position.edit.title", { title: data.position.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
