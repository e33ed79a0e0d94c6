import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { getSessionUserId, signIn } from "~/auth/auth.server";
import { clientAddress } from "~/http/client-address.server";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { TextField } from "~/components/ui/field";
import { NarrowFormPage } from "~/components/ui/narrow-form-page";
import { safeRedirect } from "~/http/safe-redirect";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { getSession, sessionStorage } from "~/session.server";
import { signInSchema } from "~/schemas/auth";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUserId(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const parsed = parseWith(signInSchema, formData);
  if (!parsed.ok) return refused({ ...parsed, values: { ...parsed.values, password: "" } });
  const result = await signIn(request, parsed.data, { address: clientAddress(request, context) });
  // The password is never sent back; the email is kept so nothing else needs retyping.
  const values = { email: parsed.values.email ?? "", password: "", redirectTo: parsed.values.redirectTo ?? "" };
  if (!result.ok) {
    if (result.reason === "throttled") {
      const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
      return data({ ok: false as const, values, fieldErrors: {}, formErrors: ["auth.throttled"], minutes }, { status: 429 });
    }
    return refuse(values, {}, ["auth.invalid"]);
  }
  const session = await getSession(request);
  session.set("sessionId", result.sessionId);
  throw redirect(safeRedirect(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await sessionStorage.commitSession(session) },
  });
}

export default function LoginPage() {
  const { t, tr } = useI18n();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { onSubmit, field, input } = useValidatedForm(signInSchema, {
    defaultValues: { email: actionData?.values.email ?? "", password: "", redirectTo: safeRedirect(searchParams.get("redirectTo"), "") },
    failure: actionData ? { fieldErrors: actionData.fieldErrors } : undefined,
  });
  const formError = actionData?.formErrors[0];
  const minutes = actionData && "minutes" in actionData ? actionData.minutes : undefined;
  return (
    <NarrowFormPage
      id="login-title"
      title={t("auth.title")}
      intro={t("auth.intro")}
      alert={{ show: Boolean(actionData && Object.keys(actionData.fieldErrors).length) }}
      refusal={formError ? (formError === "auth.throttled" && minutes ? t("auth.throttled", { minutes }) : tr(formError)) : null}
    >
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" {...input("redirectTo")} />
        <TextField
          label={t("auth.email")}
          type="email"
          autoComplete="username"
          {...field("email")}
        />
        <TextField
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
          {...field("password")}
        />
        <button type="submit" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("auth.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("reset.link")}</Link>
      </p>
    </NarrowFormPage>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "auth.submit");

export { ErrorBoundary } from "~/components/route-error-boundary";
