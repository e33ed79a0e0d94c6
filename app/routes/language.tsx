import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { parseWith, readForm } from "~/submissions/parse.server";
import { safeRedirect } from "~/http/safe-redirect";
import { localeCookie } from "~/i18n/locale.server";
import { setLanguage } from "~/models/profile.server";
import { getAccess } from "~/permissions.server";
import { languageSchema } from "~/schemas/auth";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseWith(languageSchema, await readForm(request));
  const to = safeRedirect(parsed.ok ? parsed.data.redirectTo : parsed.values.redirectTo);
  if (!parsed.ok) return redirect(to);
  const { locale } = parsed.data;
  const access = await getAccess(request);
  if (access && access.user.locale !== locale) {
    await setLanguage(access.user, locale);
  }
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
