import type { ReactNode } from "react";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { agendaNumbers } from "~/domain/agenda";
import { TIME_MARK_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

type DocLink = { id: string; document: { id: string; symbol: string | null; title: string } };

export type JournalMeeting = {
  title: string;
  startsAt: Date | string;
  timeZone: string;
  chairLabel: string | null;
  chairPerson: { givenName: string; familyName: string } | null;
  journalNotes: string | null;
  nextMeetingNote: string | null;
  timeMarks: { id: string; kind: string; at: Date | string }[];
  committee: { name: string; decisionPrefix: string | null };
};

export type JournalItem = {
  id: string;
  label: string | null;
  title: string;
  notes: string | null;
  documentLinks: DocLink[];
  statements: { id: string; speakerLabel: string; documentLinks: DocLink[] }[];
  decisions: { id: string; year: number; serial: number; title: string }[];
};

function plainSymbols(links: DocLink[]): ReactNode {
  return links.map((l) => l.document.symbol ?? l.document.title).join(", ");
}

/**
 * The journal laid out like an OSCE FSC journal: date and times, chair, items with speakers, next
 * meeting. The printable page and the circulated email both show this; the page links documents.
 */
export function JournalDocument({
  meeting: m,
  agenda,
  journalSymbol,
  symbols = plainSymbols,
}: {
  meeting: JournalMeeting;
  agenda: JournalItem[];
  journalSymbol: string | null;
  symbols?: (links: DocLink[]) => ReactNode;
}) {
  const { t, time, locale } = useI18n();
  const decisionNumber = useDecisionNumber();
  const numbers = agendaNumbers(agenda);
  const longDate = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "full", timeZone: m.timeZone }).format(new Date(m.startsAt));
  return (
    <>
      <div className="journal__top">
        <span>{m.committee.name}</span>
        <span>{journalSymbol ?? ""}</span>
      </div>
      {m.chairLabel ? <p>{t("journal.chairmanship", { chair: m.chairLabel })}</p> : null}
      <h1 id="journal-title">{m.title}</h1>
      <div className="numbered">
        <p>
          <strong>1.</strong> {t("journal.date", { date: longDate })}
        </p>
        {m.timeMarks.length ? (
          <div className="times">
            {m.timeMarks.map((mark) => (
              <div key={mark.id} style={{ display: "contents" }}>
                <span>{isOneOf(TIME_MARK_KINDS, mark.kind) ? t(`timeMark.${mark.kind}`) : mark.kind}:</span>
                <span>{time(mark.at, m.timeZone)}</span>
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <p className="numbered">
        <strong>2.</strong> {t("journal.chair", { chair: m.chairLabel ?? (m.chairPerson ? `${m.chairPerson.givenName} ${m.chairPerson.familyName}` : "—") })}
      </p>
      <div className="numbered">
        <p>
          <strong>3.</strong> {t("journal.subjects")}
        </p>
        {agenda.map((item, i) => (
          <section key={item.id} className="item" aria-label={item.title}>
            <p>
              {t("journal.agendaItem", { label: numbers[i] ?? String(i + 1) })} <span className="item-title">{item.title}</span>
            </p>
            {item.notes ? <p className="prose">{item.notes}</p> : null}
            {item.statements.length ? (
              <p className="speakers">
                {item.statements.map((s, j) => (
                  <span key={s.id}>
                    {j ? ", " : ""}
                    {s.speakerLabel}
                    {s.documentLinks.length ? (
                      <>
                        {" "}
                        ({symbols(s.documentLinks)})
                      </>
                    ) : null}
                  </span>
                ))}
              </p>
            ) : null}
            {item.decisions.map((d) => (
              <p key={d.id}>
                {t("journal.decision", { number: decisionNumber({ ...d, committee: { decisionPrefix: m.committee.decisionPrefix } }), title: d.title })}
                {item.documentLinks.length ? (
                  <>
                    {" "}
                    ({symbols(item.documentLinks)})
                  </>
                ) : null}
              </p>
            ))}
          </section>
        ))}
      </div>
      {m.journalNotes ? <p className="prose">{m.journalNotes}</p> : null}
      <div className="numbered">
        <p>
          <strong>4.</strong> {t("journal.nextMeeting")}
        </p>
        <p className="item">{m.nextMeetingNote ?? "—"}</p>
      </div>
    </>
  );
}
