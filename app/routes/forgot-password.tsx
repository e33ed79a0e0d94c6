import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { TextField } from "~/components/ui/field";
import { NarrowFormPage } from "~/components/ui/narrow-form-page";
import { FormActions } from "~/components/ui/form-actions";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { clientAddress } from "~/http/client-address.server";
import { useI18n } from "~/i18n/context";
import { requestPasswordReset } from "~/models/password-reset.server";
import { forgotPasswordSchema } from "~/schemas/account";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseWith(forgotPasswordSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const result = await requestPasswordReset(clientAddress(request, context), parsed.data.email);
  if (result.throttled) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
    return data({ ok: false as const, values: parsed.values, fieldErrors: {}, formErrors: ["reset.throttled"], minutes }, { status: 429 });
  }
  // The same answer whether or not the address has an account.
  return redirectWithFlash(request, "/login", { kind: "success", key: "reset.sent" });
}

export default function ForgotPasswordPage() {
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(forgotPasswordSchema, {
    defaultValues: { email: "" },
    failure,
  });
  const minutes = failure && "minutes" in failure ? failure.minutes : null;
  return (
    <NarrowFormPage id="forgot-title" title={t("reset.title")} intro={t("reset.intro")} alert={alert} refusal={minutes ? t("reset.throttled", { minutes }) : null}>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <TextField label={t("auth.email")} type="email" autoComplete="username" {...field("email")} />
        <FormActions submitLabel={t("reset.submit")} cancelTo="/login" />
      </Form>
      <p>
        <Link to="/login">{t("reset.backToSignIn")}</Link>
      </p>
    </NarrowFormPage>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "reset.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
