import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { OPTIONAL_EMAIL_KINDS } from "~/domain/notifications";
import { parseWith, readForm } from "~/forms/parse.server";
import { useI18n } from "~/i18n/context";
import { emailChoices, saveEmailChoices } from "~/models/notification-inbox.server";
import { requireAccess } from "~/permissions.server";
import { emailChoicesSchema } from "~/schemas/notifications";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export const meta: MetaFunction = (args) => pageTitle(args, "notify.prefs.title");

// /profile/notifications (outside /profile's layout, which the accounts pages own): which kinds of
// notification also reach the signed-in user by email. In the app, everything always shows.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  return { choices: await emailChoices(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const parsed = parseWith(emailChoicesSchema, await readForm(request));
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  await saveEmailChoices(user.id, parsed.data);
  return redirectWithFlash(request, "/profile/notifications", { kind: "success", key: "notify.prefs.saved" });
}

export default function EmailChoicesPage() {
  const { choices } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="prefs-title" className="stack">
      <h1 id="prefs-title">{t("notify.prefs.title")}</h1>
      <p className="lede">{t("notify.prefs.intro")}</p>
      <Form method="post" className="stack">
        <fieldset className="field-group">
          <legend>{t("notify.prefs.email")}</legend>
          {OPTIONAL_EMAIL_KINDS.map((kind) => (
            <label key={kind} className="checkbox-row">
              <input type="checkbox" name={kind} defaultChecked={choices[kind]} /> {t(`notify.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t("notify.prefs.always")}</p>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("common.save")}
          </button>
        </div>
      </Form>
      <p>
        <Link to="/profile">{t("notify.prefs.profile")}</Link> · <Link to="/notifications">{t("notify.list.title")}</Link>
      </p>
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
