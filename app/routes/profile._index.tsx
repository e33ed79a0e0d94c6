import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { hashPassword } from "~/auth/password.server";
import { RecordVersionField } from "~/components/forms/conflict-notice";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { FormActions } from "~/components/ui/form-actions";
import { NewPasswordFields } from "~/components/accounts/new-password-fields";
import { timeZoneOptions } from "~/domain/time-zones";
import { LOCALES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, refuse, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { localeCookie } from "~/i18n/locale.server";
import { changePassword, preferencesOf, updatePreferences } from "~/models/profile.server";
import { requireAccess } from "~/permissions.server";
import { changePasswordSchema, preferencesSchema, profileSchema, type PreferencesInput } from "~/schemas/account";
import { getSession, redirectWithFlash, sessionStorage } from "~/session.server";
import styles from "~/styles/accounts.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  // Read from the row, not the session's cached copy: the form must carry the version it shows.
  const account = await preferencesOf(user.id);
  return {
    email: user.email,
    displayName: user.displayName,
    preferences: { intent: "preferences", locale: account.locale === "fr" ? "fr" : "en", timeZone: account.timeZone ?? "" } satisfies PreferencesInput,
    version: account.version,
    zones: timeZoneOptions(account.timeZone),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const parsed = parseWith(profileSchema(user.email), await readForm(request));
  if (!parsed.ok) return refused({ ...parsed, values: { ...parsed.values, current: "", password: "", confirm: "" } });
  if (parsed.data.intent === "preferences") {
    const { locale, timeZone, version } = parsed.data;
    const stale = await staleOr(() => updatePreferences(user.id, { locale, timeZone }, version));
    if (stale) return conflicted(parsed.values, stale);
    const response = await redirectWithFlash(request, "/profile", { kind: "success", key: "profile.saved" });
    // The language follows at once: the cookie wins over the profile when both exist.
    response.headers.append("Set-Cookie", await localeCookie.serialize(parsed.data.locale));
    return response;
  }
  const blank = { intent: "password", current: "", password: "", confirm: "" };
  const session = await getSession(request);
  const sessionId: unknown = session.get("sessionId");
  const newPassword = parsed.data.password;
  const result = await changePassword(user.id, {
    current: parsed.data.current,
    newHash: () => hashPassword(newPassword),
    keepSessionId: typeof sessionId === "string" ? sessionId : null,
  });
  if (!result.ok && result.reason === "throttled") {
    const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
    return data({ ok: false as const, values: blank, fieldErrors: { current: ["profile.error.throttled"] }, formErrors: [], minutes }, { status: 429 });
  }
  if (!result.ok) return refuse(blank, { current: ["profile.error.wrongPassword"] });
  return redirectWithFlash(request, "/profile", { kind: "success", key: "profile.passwordChanged" });
}

export default function ProfilePage() {
  const { email, displayName, preferences, version, zones } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const intent = failure?.values.intent;
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{t("profile.title")}</h1>
      <p className="lede">{t("profile.lede", { name: displayName, email })}</p>
      <PreferencesForm initial={preferences} version={version} zones={zones} failure={intent === "preferences" ? failure : undefined} />
      <div className="account-panel">
        <h2>{t("profile.notifications.title")}</h2>
        <p>
          <Link to="/profile/notifications">{t("profile.notifications.link")}</Link>
        </p>
      </div>
      <PasswordForm email={email} failure={intent === "password" ? failure : undefined} />
    </section>
  );
}

function PreferencesForm({ initial, version, zones, failure }: { initial: PreferencesInput; version: number; zones: string[]; failure?: FormFailure }) {
  const { t, dateTime, zone, timeZone } = useI18n();
  const { onSubmit, field } = useValidatedForm(preferencesSchema, {
    defaultValues: initial,
    failure,
    fromFailure: (typed) => ({ locale: (typed.locale ?? initial.locale) as PreferencesInput["locale"], timeZone: typed.timeZone ?? "" }),
  });
  const now = new Date();
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="account-panel stack">
      <h2>{t("profile.preferences.title")}</h2>
      <FormAlert
        show={Boolean(failure)}
        conflict={failure?.conflict}
        labels={{ locale: t("profile.field.locale"), timeZone: t("profile.field.timeZone") }}
        choices={{ locale: LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) })) }}
      />
      <input type="hidden" name="intent" value="preferences" />
      <RecordVersionField version={version} failure={failure} />
      <SelectField label={t("profile.field.locale")} options={LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }))} {...field("locale")} />
      {/* A text input with a list of suggestions: searchable by typing, with or without JavaScript. */}
      <TextField
        label={t("profile.field.timeZone")}
        hint={t("profile.field.timeZoneHint", { now: `${dateTime(now)} ${zone(now, timeZone)}` })}
        list="time-zone-list"
        autoComplete="off"
        spellCheck={false}
        {...field("timeZone")}
      />
      <datalist id="time-zone-list">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <FormActions submitLabel={t("profile.preferences.submit")} keepEnabled />
    </Form>
  );
}

function PasswordForm({ email, failure }: { email: string; failure?: FormFailure }) {
  const { t } = useI18n();
  const { onSubmit, field } = useValidatedForm(changePasswordSchema(email), {
    defaultValues: { intent: "password", current: "", password: "", confirm: "" },
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="account-panel stack">
      <h2>{t("profile.password.title")}</h2>
      <FormAlert show={Boolean(failure)} />
      <input type="hidden" name="intent" value="password" />
      <NewPasswordFields email={email} field={field}>
        <TextField label={t("profile.field.current")} type="password" autoComplete="current-password" {...field("current")} />
      </NewPasswordFields>
      <p className="muted">{t("profile.password.hint")}</p>
      <FormActions submitLabel={t("profile.password.submit")} keepEnabled />
    </Form>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "profile.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
