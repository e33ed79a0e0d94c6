import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConflictNotice, RecordVersionField } from "~/components/forms/conflict-notice";
import { emailChoiceField } from "~/domain/notifications";
import { OPTIONAL_EMAIL_KINDS } from "~/domain/notifications";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { emailChoices, saveEmailChoices } from "~/models/notification-inbox.server";
import { withVersion } from "~/schemas/record-version";
import { requireAccess } from "~/permissions.server";
import { emailChoicesSchema } from "~/schemas/notifications";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { FormActions } from "~/components/ui/form-actions";

export const meta: MetaFunction = (args) => pageTitle(args, "notify.prefs.title");

// /profile/notifications (outside /profile's layout, which the accounts pages own): which kinds of
// notification also reach the signed-in user by email. In the app, everything always shows.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  return emailChoices(user.id);
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  // The choices carry the account's record version: a second tab's older form is a conflict (409,
  // with what changed and the ticks kept), never a silent revert of the first tab's save.
  const parsed = parseWith(withVersion(emailChoicesSchema), await readForm(request));
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  const { version, ...choices } = parsed.data;
  const stale = await staleOr(() => saveEmailChoices(user.id, choices, version));
  if (stale) return conflicted(parsed.values, stale);
  return redirectWithFlash(request, "/profile/notifications", { kind: "success", key: "notify.prefs.saved" });
}

export default function EmailChoicesPage() {
  const { choices, version } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  // After a conflict the form shows what this tab had ticked, to save again deliberately.
  const ticked = (kind: (typeof OPTIONAL_EMAIL_KINDS)[number]) => (failure ? failure.values[kind] === "on" : choices[kind]);
  return (
    <section aria-labelledby="prefs-title" className="stack">
      <h1 id="prefs-title">{t("notify.prefs.title")}</h1>
      <p className="lede">{t("notify.prefs.intro")}</p>
      <Form method="post" className="stack">
        {failure?.conflict ? (
          <ConflictNotice
            conflict={failure.conflict}
            labels={Object.fromEntries(OPTIONAL_EMAIL_KINDS.map((k) => [emailChoiceField(k), t(`notify.kind.${k}`)]))}
          />
        ) : null}
        <RecordVersionField version={version} failure={failure} />
        <fieldset className="field-group">
          <legend>{t("notify.prefs.email")}</legend>
          {OPTIONAL_EMAIL_KINDS.map((kind) => (
            <label key={kind} className="checkbox-row">
              <input type="checkbox" name={kind} defaultChecked={ticked(kind)} /> {t(`notify.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t("notify.prefs.always")}</p>
        <FormActions keepEnabled />
      </Form>
      <p>
        <Link to="/profile">{t("notify.prefs.profile")}</Link> · <Link to="/notifications">{t("notify.list.title")}</Link>
      </p>
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
