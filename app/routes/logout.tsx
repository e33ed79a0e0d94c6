import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/auth/auth.server";
import { readForm } from "~/submissions/parse.server";

export async function loader() {
  // Signing out changes data, so it is a POST; a GET just goes home.
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  // The form has no fields, but reading it applies the cross-site check and refuses a forged body.
  await readForm(request);
  const cookie = await signOut(request);
  return redirect("/login", { headers: { "Set-Cookie": cookie } });
}
