import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import type { MessageKey } from "~/i18n/en";
import { notFound, requireAccess } from "~/permissions.server";
import { pageTitle } from "~/i18n/page-title";

// Areas of the navigation whose pages are not built yet. A route file for an area (e.g.
// people._index.tsx) takes precedence over this one; remove the area here when it lands.
const PLANNED: Record<string, MessageKey> = {
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAccess(request);
  const label = PLANNED[params.area ?? ""];
  if (!label) throw notFound();
  return { label };
}

export default function NotAvailableYet() {
  const { label } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="na-title" className="narrow">
      <h1 id="na-title">{t("notAvailable.title", { area: t(label) })}</h1>
      <p>{t("notAvailable.body")}</p>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("notAvailable.title", { area: t(data.label) }));

export { ErrorBoundary } from "~/components/route-error-boundary";
