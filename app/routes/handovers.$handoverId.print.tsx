import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DossierView } from "~/components/handovers/dossier-view";
import { HandoverHeader } from "~/components/handovers/handover-header";
import { NotesView } from "~/components/handovers/notes-view";
import { useI18n } from "~/i18n/context";
import { handoverView } from "~/models/handover-access.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/handovers.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "handover");
  return handoverView(ctx, params.handoverId, new URL(request.url).searchParams);
}

/** The handover as a document to print or save as PDF: notes first, then the dossier on a new page. */
export default function PrintableHandover() {
  const { handover, displayStatus, version, dossier, notes } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <article aria-labelledby="handover-title" className="handover-print">
      <p className="no-print">
        <Link to={`/handovers/${handover.id}${version ? `?v=${version.number}` : ""}`}>← {t("handover.back")}</Link> ·{" "}
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          {t("handover.printNow")}
        </button>
      </p>
      <HandoverHeader handover={handover} status={displayStatus} />
      <p className="small">{version ? t("handover.printedVersion", { number: version.number, date: dateTime(version.submittedAt) }) : t("handover.showingDraft")}</p>
      <NotesView notes={notes} />
      {dossier ? <DossierView dossier={dossier} frozen={Boolean(version)} /> : null}
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("handover.title", { post: data.handover.position.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
