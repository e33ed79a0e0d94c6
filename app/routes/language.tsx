import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { prisma } from "~/db.server";
import { parseWith, readForm } from "~/forms/parse.server";
import { safeRedirect } from "~/http/safe-redirect";
import { localeCookie } from "~/i18n/locale.server";
import { recordAudit } from "~/models/audit.server";
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
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: access.user.id }, data: { locale }, select: { id: true } });
      await recordAudit(tx, {
        actorId: access.user.id,
        entity: "user",
        entityId: access.user.id,
        action: "update",
        before: { locale: access.user.locale },
        after: { locale },
      });
    });
  }
  return redirect(to, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
