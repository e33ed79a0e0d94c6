import { Link } from "@remix-run/react";
import { agendaItemTitle, agendaNumbers } from "~/domain/agenda";
import { useI18n } from "~/i18n/context";
import { useDecisionNumber } from "../decisions/decision-number";
import { actionStatusLabel, agencyLabel, decisionStatusLabel } from "~/domain/labels";

type DocLink = { id: string; document: { id: string; symbol: string | null; title: string } };

export type AgendaOverviewItem = {
  id: string;
  order: number;
  label: string | null;
  title: string;
  kind: string;
  notes: string | null;
  presenterAgency: { id: string; name: string; acronym: string | null } | null;
  documentLinks: DocLink[];
  decisions: { id: string; year: number; serial: number; title: string; status: string }[];
  statements: { id: string; speakerLabel: string; summary: string | null; documentLinks: DocLink[] }[];
};

export type Arising = {
  actions: { id: string; title: string; status: string; dueDate: Date | string | null; ownerPosition: { title: string }; ownerAgency: { name: string; acronym: string | null } }[];
  total: number;
};

export function DocumentSymbols({ links }: { links: DocLink[] }) {
  return (
    <>
      {links.map((l, i) => (
        <span key={l.id}>
          {i ? ", " : ""}
          <Link to={`/documents/${l.document.id}`} className="symbol" title={l.document.title}>
            {l.document.symbol ?? l.document.title}
          </Link>
        </span>
      ))}
    </>
  );
}

/** The agenda as read on the meeting page: per item its documents, statements and decisions. */
export function AgendaOverview({
  meetingId,
  items,
  arising,
  canDecide,
  canUpdateActions,
  decisionPrefix,
}: {
  meetingId: string;
  decisionPrefix: string | null;
  items: AgendaOverviewItem[];
  arising: Arising;
  canDecide: boolean;
  canUpdateActions: boolean;
}) {
  const { t, date } = useI18n();
  const decisionNumber = useDecisionNumber();
  if (!items.length) return <p className="muted">{t("agenda.empty")}</p>;
  const numbers = agendaNumbers(items);
  return (
    <ol className="agenda">
      {items.map((item, index) => (
        <li key={item.id} aria-labelledby={`item-${item.id}`}>
          <div className="agenda__head">
            <h3 id={`item-${item.id}`} className="agenda__title">
              <span className="agenda__label">{numbers[index]}</span> {agendaItemTitle(item, t)}
              {/* The other kinds say what they are in their titles. */}
              {item.kind === "matters_arising" ? <span className="badge">{t("agendaKind.matters_arising")}</span> : null}
            </h3>
            {canDecide ? (
              <Link to={`/decisions/new?meetingId=${meetingId}&agendaItemId=${item.id}`}>{t("agenda.recordDecision")}</Link>
            ) : null}
          </div>
          {item.presenterAgency ? <p className="agenda__meta">{t("agenda.presentedBy", { agency: agencyLabel(item.presenterAgency) })}</p> : null}
          {item.notes ? <p className="prose">{item.notes}</p> : null}
          {item.documentLinks.length ? (
            <p className="agenda__meta">
              {t("agenda.documents")}: <DocumentSymbols links={item.documentLinks} />
            </p>
          ) : null}
          {item.statements.length ? (
            <p className="agenda__statements">
              <strong>{t("agenda.speakers")}:</strong>{" "}
              {item.statements.map((s, i) => (
                <span key={s.id} id={`statement-${s.id}`}>
                  {i ? ", " : ""}
                  {s.speakerLabel}
                  {s.documentLinks.length ? (
                    <>
                      {" "}
                      (<DocumentSymbols links={s.documentLinks} />)
                    </>
                  ) : null}
                </span>
              ))}
            </p>
          ) : null}
          {item.decisions.length ? (
            <ul className="agenda__decisions" aria-label={t("agenda.decisions")}>
              {item.decisions.map((d) => (
                <li key={d.id}>
                  <Link to={`/decisions/${d.id}`}>
                    {decisionNumber({ ...d, committee: { decisionPrefix } })} — {d.title}
                  </Link>{" "}
                  <span className="muted">{decisionStatusLabel(t, d.status)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {item.kind === "matters_arising" ? (
            <div className="agenda__arising">
              <p>
                <strong>{t("agenda.arising.title", { count: arising.total })}</strong>{" "}
                {canUpdateActions ? <Link to={`/meetings/${meetingId}/actions`}>{t("agenda.arising.update")}</Link> : null}
              </p>
              {arising.actions.length ? (
                <ul className="agenda__actions">
                  {arising.actions.map((a) => (
                    <li key={a.id}>
                      <Link to={`/actions/${a.id}`}>{a.title}</Link>{" "}
                      <span className="muted">
                        — {a.ownerPosition.title} ({agencyLabel(a.ownerAgency)}) ·{" "}
                        {actionStatusLabel(t, a.status)}
                        {a.dueDate ? ` · ${t("committee.detail.due", { date: date(a.dueDate, "UTC") })}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t("agenda.arising.none")}</p>
              )}
              {arising.total > arising.actions.length ? <p className="muted">{t("agenda.arising.more", { count: arising.total - arising.actions.length })}</p> : null}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
