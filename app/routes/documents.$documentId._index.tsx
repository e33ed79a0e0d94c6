import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MeetingTime } from "~/components/meetings/meeting-time";
import { ConfidentialityBadge } from "~/components/meetings/status-badge";
import { can, canSee } from "~/domain/access";
import { useI18n } from "~/i18n/context";
import { DocumentFileList } from "~/components/documents/document-files";
import { listDocumentFiles } from "~/models/document-files.server";
import { getDocument } from "~/models/document.server";
import { assertVisible, requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";
import { RecordHistory } from "~/components/record-history";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { pageTitle } from "~/i18n/page-title";
import { confidentialityLabel, documentKindLabel } from "~/domain/labels";
import { EditLink } from "~/components/ui/record-page";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && (data.document.symbol ?? data.document.title));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "document");
  const document = await getDocument(params.documentId ?? "");
  assertVisible(ctx, "document", document);
  // Where the document is cited, on the agendas the reader may see.
  const citations = document.links.flatMap((l) => {
    const item = l.agendaItem ?? l.statement?.agendaItem;
    if (!item || !canSee(ctx, "meeting", item.meeting)) return [];
    return [{ id: l.id, meeting: { id: item.meeting.id, title: item.meeting.title }, item: item.title, speaker: l.statement?.speakerLabel ?? null }];
  });
  const { links: _links, ...rest } = document;
  const [history, files] = await Promise.all([recordHistory(ctx, "document", document.id, historyPageFrom(request)), listDocumentFiles(document.id)]);
  return { history, document: rest, citations, files: files.filter((f) => !f.archivedAt), canEdit: can(ctx, "update", "document") };
}

export default function DocumentPage() {
  const { history, document: d, citations, files, canEdit } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <article aria-labelledby="document-title" className="stack">
      <div className="page-heading">
        <h1 id="document-title">
          {d.symbol ? <span className="symbol">{d.symbol}</span> : null} {d.title}
          <ConfidentialityBadge level={d.confidentiality} />
        </h1>
        <EditLink show={canEdit} />
      </div>
      <dl className="facts">
        <dt>{t("document.field.kind")}</dt>
        <dd>{documentKindLabel(t, d.kind)}</dd>
        <dt>{t("document.field.issuedOn")}</dt>
        <dd>{d.issuedOn ? date(d.issuedOn, "UTC") : "—"}</dd>
        <dt>{t("document.field.languages")}</dt>
        <dd>{d.languages.toUpperCase()}</dd>
        <dt>{t("meeting.field.confidentiality")}</dt>
        <dd>{confidentialityLabel(t, d.confidentiality)}</dd>
        {d.url ? (
          <>
            <dt>{t("document.field.url")}</dt>
            <dd>
              <a href={d.url} rel="noreferrer">
                {d.url}
              </a>
            </dd>
          </>
        ) : null}
        {d.committee ? (
          <>
            <dt>{t("meeting.field.committee")}</dt>
            <dd>
              <Link to={`/committees/${d.committee.id}`}>{d.committee.name}</Link>
            </dd>
          </>
        ) : null}
        {d.meeting ? (
          <>
            <dt>{t("document.field.meeting")}</dt>
            <dd>
              <Link to={`/meetings/${d.meeting.id}`}>{d.meeting.title}</Link> — <MeetingTime startsAt={d.meeting.startsAt} timeZone={d.meeting.timeZone} />
            </dd>
          </>
        ) : null}
        {d.agency ? (
          <>
            <dt>{t("document.field.agency")}</dt>
            <dd>
              <Link to={`/agencies/${d.agency.id}`}>{d.agency.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="files-title" className="stack">
        <h2 id="files-title">{t("document.files")}</h2>
        <DocumentFileList documentId={d.id} files={files} />
        <p>
          <Link to="files">{canEdit ? t("document.filesManage") : t("document.file.title", { name: d.symbol ?? d.title })}</Link>
        </p>
      </section>
      <section aria-labelledby="citations-title">
        <h2 id="citations-title">{t("document.citations")}</h2>
        {citations.length ? (
          <ul className="plain-list">
            {citations.map((c) => (
              <li key={c.id}>
                <Link to={`/meetings/${c.meeting.id}`}>{c.meeting.title}</Link> — {c.item}
                {c.speaker ? <span className="muted"> ({c.speaker})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("document.noCitations")}</p>
        )}
      </section>
      <RecordHistory history={history} />
    </article>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
