import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DocumentSymbols } from "~/components/meetings/agenda-overview";
import { JournalDocument } from "~/components/meetings/journal-document";
import { useI18n } from "~/i18n/context";
import { visibleMeeting } from "~/models/meeting-access.server";
import { journalContent } from "~/models/meeting-page.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("meeting.tab.print"), data?.meeting.title]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  return { meeting, ...(await journalContent(ctx, meeting)) };
}

/** The printable journal (the same document the secretary circulates by email). */
export default function PrintableJournal() {
  const { meeting: m, agenda, journalSymbol, attendance, actions, next } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <article className="journal" aria-labelledby="journal-title">
      <p className="no-print">
        <Link to={`/meetings/${m.id}`}>← {t("journal.backToMeeting")}</Link> · <button type="button" className="button button--quiet" onClick={() => window.print()}>{t("journal.print")}</button>
      </p>
      <JournalDocument
        meeting={m}
        agenda={agenda}
        journalSymbol={journalSymbol}
        attendance={attendance}
        actions={actions}
        next={next}
        symbols={(links) => <DocumentSymbols links={links} />}
        meetingLink={(id, text) => <Link to={`/meetings/${id}`}>{text}</Link>}
      />
    </article>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
