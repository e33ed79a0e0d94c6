import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/auth/auth.server";
import { prisma } from "~/db.server";
import { isOneOf, LOCALES } from "~/domain/vocabulary";
import { localeCookie } from "~/i18n/locale.server";
import { recordAudit } from "~/models/audit.server";
import { getAccess } from "~/permissions.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const locale = formData.get("locale");
  const to = safeRedirect(formData.get("redirectTo"));
  if (!isOneOf(LOCALES, locale)) return redirect(to);
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
