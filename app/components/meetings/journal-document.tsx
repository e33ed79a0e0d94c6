import type { ReactNode } from "react";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { agendaItemTitle, agendaNumbers } from "~/domain/agenda";
import { PARTICIPANT_ROLES, isOneOf } from "~/domain/vocabulary";
import type { ParticipantKind } from "~/domain/participants";
import { useI18n } from "~/i18n/context";
import { agencyLabel, personName, timeMarkLabel } from "~/domain/labels";

type DocLink = { id: string; document: { id: string; symbol: string | null; title: string } };

export type JournalMeeting = {
  title: string;
  venue: string | null;
  room: string | null;
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
  kind: string;
  notes: string | null;
  documentLinks: DocLink[];
  statements: { id: string; speakerLabel: string; documentLinks: DocLink[] }[];
  decisions: {
    id: string;
    year: number;
    serial: number;
    title: string;
    adoption: string;
    votesFor: number | null;
    votesAgainst: number | null;
    votesAbstaining: number | null;
    documentLinks: DocLink[];
  }[];
};

export type JournalAttendee = { id: string; role: string; kind: ParticipantKind; name: string; affiliation: string | null; representedBy: string | null };
export type JournalAction = {
  id: string;
  title: string;
  dueDate: Date | string | null;
  ownerPosition: { title: string } | null;
  ownerAgency: { name: string; acronym: string | null } | null;
};
export type JournalNextMeeting = { id: string; title: string; startsAt: Date | string; timeZone: string; venue: string | null; room: string | null } | null;

/** "(Delegation)", "(Organisation, observer body)", "(Small Arms Survey)": what the name is, for outside participants. */
function attendeeNote(p: JournalAttendee, t: (key: `participantKind.${"delegation" | "organisation"}`) => string): string {
  const kind = p.kind === "delegation" || p.kind === "organisation" ? t(`participantKind.${p.kind}`) : null;
  const note = [kind, p.affiliation].filter(Boolean).join(", ");
  return note ? ` (${note})` : "";
}

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
  attendance,
  actions,
  next,
  symbols = plainSymbols,
  meetingLink = (_id, text) => text,
}: {
  meeting: JournalMeeting;
  agenda: JournalItem[];
  journalSymbol: string | null;
  attendance: JournalAttendee[];
  actions: JournalAction[];
  next: JournalNextMeeting;
  symbols?: (links: DocLink[]) => ReactNode;
  /** The printable page links the next meeting; the email names it. */
  meetingLink?: (id: string, text: string) => ReactNode;
}) {
  const { t, time, date, dateTime, locale } = useI18n();
  const decisionNumber = useDecisionNumber();
  const numbers = agendaNumbers(agenda);
  const longDate = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "full", timeZone: m.timeZone }).format(new Date(m.startsAt));
  const place = [m.venue, m.room && !(m.venue ?? "").toLowerCase().includes(m.room.toLowerCase()) ? m.room : null].filter(Boolean).join(", ");
  const adoption = (d: JournalItem["decisions"][number]) =>
    d.adoption === "recorded_vote"
      ? t("journal.adoptedByVote", { for: d.votesFor ?? 0, against: d.votesAgainst ?? 0, abstaining: d.votesAbstaining ?? 0 })
      : t("journal.adoptedByConsensus");
  const owner = (a: JournalAction) => [a.ownerPosition?.title, a.ownerAgency ? agencyLabel(a.ownerAgency) : null].filter(Boolean).join(", ");
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
        {place ? <p>{t("journal.venue", { venue: place })}</p> : null}
        {m.timeMarks.length ? (
          <div className="times">
            {m.timeMarks.map((mark) => (
              <div key={mark.id} style={{ display: "contents" }}>
                <span>{t("journal.timeMarkLabel", { label: timeMarkLabel(t, mark.kind) })}</span>
                <span>{time(mark.at, m.timeZone)}</span>
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <p className="numbered">
        <strong>2.</strong> {t("journal.chair", { chair: m.chairLabel ?? (m.chairPerson ? personName(m.chairPerson) : "—") })}
      </p>
      <div className="numbered">
        <p>
          <strong>3.</strong> {t("journal.subjects")}
        </p>
        {agenda.map((item, i) => (
          <section key={item.id} className="item" aria-label={agendaItemTitle(item, t)}>
            <p>
              {t("journal.agendaItem", { label: numbers[i] ?? String(i + 1) })} <span className="item-title">{agendaItemTitle(item, t)}</span>
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
            {item.documentLinks.length ? <p>{t("journal.itemDocuments")} {symbols(item.documentLinks)}</p> : null}
            {item.decisions.map((d) => (
              <p key={d.id}>
                {t("journal.decision", { number: decisionNumber({ ...d, committee: { decisionPrefix: m.committee.decisionPrefix } }), title: d.title })} {adoption(d)}
                {d.documentLinks.length ? (
                  <>
                    {" "}
                    ({symbols(d.documentLinks)})
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
        {next ? (
          <p className="item">
            {meetingLink(next.id, next.title)}
            {" — "}
            {dateTime(next.startsAt, next.timeZone)} ({next.timeZone})
            {next.venue ? `, ${[next.venue, next.room].filter(Boolean).join(", ")}` : ""}
          </p>
        ) : null}
        {m.nextMeetingNote || !next ? <p className="item">{m.nextMeetingNote ?? "—"}</p> : null}
      </div>
      <section className="numbered" aria-labelledby="journal-attendance">
        <h2 id="journal-attendance">{t("journal.attendance")}</h2>
        {attendance.length ? (
          <ul className="item">
            {attendance.map((p) => (
              <li key={p.id}>
                {p.name}
                {attendeeNote(p, t)}
                {isOneOf(PARTICIPANT_ROLES, p.role) && p.role !== "member" ? ` — ${t(`participantRole.${p.role}`)}` : ""}
                {p.representedBy ? ` — ${t("journal.representedBy", { name: p.representedBy })}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="item">{t("journal.noAttendance")}</p>
        )}
      </section>
      <section className="numbered" aria-labelledby="journal-actions">
        <h2 id="journal-actions">{t("journal.actionsArising")}</h2>
        {actions.length ? (
          <ul className="item">
            {actions.map((a) => (
              <li key={a.id}>
                {a.title}
                {owner(a) ? ` — ${owner(a)}` : ""}
                {a.dueDate ? ` — ${t("journal.dueBy", { date: date(a.dueDate, "UTC") })}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="item">{t("journal.noActions")}</p>
        )}
      </section>
    </>
  );
}
