import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PersonForm } from "~/components/forms/person-form";
import { can, type AccessContext } from "~/domain/access";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { getPerson, personOwnership, updatePerson } from "~/models/person.server";
import { forbidden, notFound, requireAccess } from "~/permissions.server";
import { personEditSchema } from "~/schemas/person";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { personName } from "~/domain/labels";

/** "own" for a person: someone holding a post in one of the editor's agencies. */
async function assertCanEditPerson(ctx: AccessContext, personId: string) {
  if (can(ctx, "update", "person", { agencyId: null, positionId: null })) return;
  const owners = await personOwnership(personId);
  if (!owners.some((owner) => can(ctx, "update", "person", owner))) throw forbidden();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.personId ?? "";
  const { ctx } = await requireAccess(request);
  await assertCanEditPerson(ctx, id);
  const person = await getPerson(id);
  if (!person || person.archivedAt) throw notFound();
  return { person };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.personId ?? "";
  const { user, ctx } = await requireAccess(request);
  await assertCanEditPerson(ctx, id);
  const person = await getPerson(id);
  if (!person || person.archivedAt) throw notFound();
  const parsed = parseWith(personEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const stale = await staleOr(() => updatePerson(user.id, id, parsed.data));
  if (stale) return conflicted(parsed.values, stale);
  return redirectWithFlash(request, `/people/${id}`, { kind: "success", key: "common.saved" });
}

export default function EditPersonPage() {
  const { person } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-person-title">
      <h1 id="edit-person-title">{t("people.edit.title", { name: personName(person) })}</h1>
      <PersonForm
        initial={{
          honorific: person.honorific ?? "",
          givenName: person.givenName,
          familyName: person.familyName,
          email: person.email ?? "",
          phone: person.phone ?? "",
          notes: person.notes ?? "",
        }}
        version={person.version}
        failure={failure}
        cancelTo={`/people/${person.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("people.edit.title", { name: personName(data.person) }));

export { ErrorBoundary } from "~/components/route-error-boundary";
