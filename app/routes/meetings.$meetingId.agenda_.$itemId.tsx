import { agendaItemTitle } from "~/domain/agenda";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AgendaItemForm, AttachDocumentForm, failureFor, StatementForm } from "~/components/meetings/agenda-forms";
import { DocumentSymbols } from "~/components/meetings/agenda-overview";
import { MeetingHeader } from "~/components/meetings/meeting-header";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { agencyOptions } from "~/models/agency.server";
import { messageFor } from "~/i18n/locale.server";
import {
  addStatement,
  agendaItemDetail,
  attachDocument,
  detachDocument,
  findVisibleDocumentBySymbol,
  removeStatement,
  updateAgendaItem,
} from "~/models/agenda.server";
import { visibleMeeting } from "~/models/meeting-access.server";
import { notFound, requirePermission } from "~/permissions.server";
import { agendaItemPageSchema } from "~/schemas/agenda";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const [item, agencies] = await Promise.all([agendaItemDetail(ctx, meeting.id, params.itemId ?? ""), agencyOptions()]);
  if (!item) throw notFound();
  return { meeting, item, agencies };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  // "Not registered" names the symbols, in the reader's language.
  const notRegistered = (symbols: string[]) => messageFor(request, user.locale, "document.error.symbolsNotRegistered", { symbols: symbols.join(", ") });
  const item = await agendaItemDetail(ctx, meeting.id, params.itemId ?? "");
  if (!item) throw notFound();
  const back = `/meetings/${meeting.id}/agenda/${item.id}`;
  const saved = () => redirectWithFlash(request, back, { kind: "success", key: "common.saved" });
  const parsed = parseWith(agendaItemPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const change = parsed.data;
  switch (change.intent) {
    case "save": {
      const { intent: _intent, ...fields } = change;
      const outcome = await refusingBadReferences(parsed.values, () => staleOr(() => updateAgendaItem(user.id, item.id, fields)));
      if (!outcome.ok) return outcome.refusal;
      if (outcome.value) return conflicted(parsed.values, outcome.value);
      return saved();
    }
    case "attach": {
      const document = await findVisibleDocumentBySymbol(ctx, change.symbol);
      if (!document) return refuse(parsed.values, { symbol: [await notRegistered([change.symbol])] });
      const outcome = await refusingBadReferences(parsed.values, () => attachDocument(user.id, item.id, document.id));
      if (!outcome.ok) return outcome.refusal;
      return saved();
    }
    case "statement": {
      const documents = await Promise.all(change.symbols.map((s) => findVisibleDocumentBySymbol(ctx, s)));
      const missing = change.symbols.filter((_, i) => !documents[i]);
      if (missing.length) return refuse(parsed.values, { symbols: [await notRegistered(missing)] });
      const outcome = await refusingBadReferences(parsed.values, () => addStatement(user.id, item.id, { ...change, documentIds: documents.flatMap((d) => (d ? [d.id] : [])) }));
      if (!outcome.ok) return outcome.refusal;
      return saved();
    }
    default: {
      const done =
        change.intent === "detach" ? await detachDocument(user.id, item.id, change.linkId) : await removeStatement(user.id, item.id, change.statementId);
      if (!done) throw notFound();
      return saved();
    }
  }
}

export default function AgendaItemPage() {
  const { meeting, item, agencies } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <article aria-labelledby="meeting-title" className="stack">
      <MeetingHeader meeting={meeting} canEdit />
      <p>
        <Link to={`/meetings/${meeting.id}/agenda`}>← {t("agenda.title")}</Link>
      </p>
      <h2>{t("agenda.item.title", { title: agendaItemTitle(item, t) })}</h2>
      <AgendaItemForm
        initial={{
          intent: "save",
          label: item.label ?? "",
          title: item.title,
          kind: item.kind,
          presenterAgencyId: item.presenterAgencyId ?? "",
          notes: item.notes ?? "",
          confidentiality: item.confidentiality,
        }}
        agencies={agencies}
        version={item.version}
        failure={failureFor(failure, "save")}
      />

      <section aria-labelledby="item-docs-title">
        <h2 id="item-docs-title">{t("agenda.documents")}</h2>
        {item.documentLinks.length ? (
          <ul className="plain-list">
            {item.documentLinks.map((l) => (
              <li key={l.id}>
                <Form method="post" className="button-row">
                  <span>
                    <span className="symbol">{l.document.symbol}</span> {l.document.title}
                  </span>
                  <input type="hidden" name="linkId" value={l.id} />
                  <button type="submit" name="intent" value="detach" className="button button--quiet" aria-label={t("agenda.attach.detachLabel", { symbol: l.document.symbol ?? l.document.title })}>
                    {t("agenda.attach.detach")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("agenda.attach.none")}</p>
        )}
        <AttachDocumentForm key={item.documentLinks.length} failure={failureFor(failure, "attach")} />
        <p className="muted">
          <Link to={`/documents/new?meetingId=${meeting.id}`}>{t("agenda.attach.register")}</Link>
        </p>
      </section>

      <section aria-labelledby="statements-title">
        <h2 id="statements-title">{t("agenda.speakers")}</h2>
        {item.statements.length ? (
          <ol>
            {item.statements.map((s) => (
              <li key={s.id}>
                <Form method="post" className="button-row">
                  <span>
                    <strong>{s.speakerLabel}</strong>
                    {s.speakerAgency ? ` (${agencyLabel(s.speakerAgency)})` : ""}
                    {s.documentLinks.length ? (
                      <>
                        {" "}
                        — <DocumentSymbols links={s.documentLinks} />
                      </>
                    ) : null}
                    {s.summary ? <span className="prose">: {s.summary}</span> : null}
                  </span>
                  <input type="hidden" name="statementId" value={s.id} />
                  <button type="submit" name="intent" value="removeStatement" className="button button--quiet" aria-label={t("statement.removeLabel", { speaker: s.speakerLabel })}>
                    {t("agenda.remove")}
                  </button>
                </Form>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("statement.none")}</p>
        )}
        <h3>{t("statement.add")}</h3>
        <StatementForm key={item.statements.length} agencies={agencies} failure={failureFor(failure, "statement")} />
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [data && agendaItemTitle(data.item, t), t("meeting.tab.agenda"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
