// The page an invitation or reset link opens. Its GET only reads; setting the password uses the
// token once (app/models/account-token.server.ts). No Referer leaves this page: the token is in its URL.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { hashPassword } from "~/auth/password.server";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { NarrowFormPage } from "~/components/ui/narrow-form-page";
import { FormActions } from "~/components/ui/form-actions";
import { NewPasswordFields } from "~/components/accounts/new-password-fields";
import { parseWith, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { findAccountToken, consumePasswordToken } from "~/models/account-token.server";
import { setPasswordSchema } from "~/schemas/account";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

const NO_REFERRER = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" };

export const headers: HeadersFunction = () => NO_REFERRER;

/** A link that does not work says why (used, replaced, expired), or only "not valid" for an unknown one. */
function unusable(state: "used" | "revoked" | "expired" | "unknown") {
  return data({ state }, { status: state === "unknown" ? 404 : 410, headers: NO_REFERRER });
}

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findAccountToken(params.token ?? "");
  if (!found) return unusable("unknown");
  if (found.state !== "valid") return unusable(found.state);
  return data({ state: "valid" as const, purpose: found.purpose, email: found.user.email }, { headers: NO_REFERRER });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const found = await findAccountToken(token);
  if (!found) return unusable("unknown");
  if (found.state !== "valid") return unusable(found.state);
  const parsed = parseWith(setPasswordSchema(found.user.email), await readForm(request));
  if (!parsed.ok) return refused({ ...parsed, values: {} });
  const passwordHash = await hashPassword(parsed.data.password);
  const result = await consumePasswordToken(token, passwordHash);
  if (!result.ok) return unusable(result.state === "valid" ? "used" : result.state);
  return redirectWithFlash(request, "/login", { kind: "success", key: result.purpose === "invitation" ? "password.setDone" : "password.resetDone" });
}

export default function SetPasswordPage() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const state = failure && "state" in failure ? failure.state : page.state;
  if (state !== "valid" || !("email" in page)) {
    return (
      <section className="narrow" aria-labelledby="password-title">
        <h1 id="password-title">{t("password.unusable.title")}</h1>
        <p>{t(`password.unusable.${state === "valid" ? "unknown" : state}`)}</p>
        <p>
          <Link to="/forgot-password">{t("password.unusable.askAgain")}</Link>
        </p>
      </section>
    );
  }
  return <SetPasswordForm purpose={page.purpose} email={page.email} failure={failure && "fieldErrors" in failure ? failure : undefined} />;
}

function SetPasswordForm({
  purpose,
  email,
  failure,
}: {
  purpose: "invitation" | "reset";
  email: string;
  failure?: { fieldErrors: Record<string, string[] | undefined> };
}) {
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(setPasswordSchema(email), {
    defaultValues: { password: "", confirm: "" },
    failure,
  });
  return (
    <NarrowFormPage
      id="password-title"
      title={t(purpose === "invitation" ? "password.invitation.title" : "password.reset.title")}
      intro={t(purpose === "invitation" ? "password.invitation.intro" : "password.reset.intro", { email })}
      alert={alert}
    >
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <NewPasswordFields email={email} field={field} />
        <FormActions submitLabel={t("password.submit")} keepEnabled />
      </Form>
    </NarrowFormPage>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => t(data?.state !== "valid" ? "password.unusable.title" : data.purpose === "invitation" ? "password.invitation.title" : "password.reset.title"));

export { ErrorBoundary } from "~/components/route-error-boundary";
