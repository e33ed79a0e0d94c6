import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { PersonForm } from "~/components/forms/person-form";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { createPerson } from "~/models/person.server";
import { requirePermission } from "~/permissions.server";
import { personSchema } from "~/schemas/person";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create", "person");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "create", "person");
  const parsed = parseWith(personSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const created = await createPerson(user.id, parsed.data);
  return redirectWithFlash(request, `/people/${created.id}`, { kind: "success", key: "common.created" });
}

export default function NewPersonPage() {
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-person-title">
      <h1 id="new-person-title">{t("people.new.title")}</h1>
      <PersonForm initial={{ givenName: "", familyName: "" }} failure={failure} cancelTo="/people" />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "people.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
