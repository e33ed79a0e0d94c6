import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { agendaNumbers } from "~/domain/agenda";
import { Link, useLoaderData } from "@remix-run/react";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { DocumentSymbols } from "~/components/meetings/agenda-overview";
import { TIME_MARK_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { visibleMeeting } from "~/models/meeting-access.server";
import { meetingAgenda, meetingDocuments } from "~/models/meeting-page.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/meetings.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.meeting.title} — Journal` : "Relais" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "meeting");
  const meeting = await visibleMeeting(ctx, params.meetingId);
  const [agenda, documents] = await Promise.all([meetingAgenda(ctx, meeting), meetingDocuments(ctx, meeting.id)]);
  return { meeting, agenda, journalSymbol: documents.find((d) => d.kind === "journal")?.symbol ?? null };
}

/** The journal laid out like an OSCE FSC journal: date and times, chair, items with speakers, next meeting. */
export default function PrintableJournal() {
  const { meeting: m, agenda, journalSymbol } = useLoaderData<typeof loader>();
  const numbers = agendaNumbers(agenda);
  const { t, time, locale } = useI18n();
  const decisionNumber = useDecisionNumber();
  const longDate = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "full", timeZone: m.timeZone }).format(new Date(m.startsAt));
  return (
    <article className="journal" aria-labelledby="journal-title">
      <p className="no-print">
        <Link to={`/meetings/${m.id}`}>← {t("journal.backToMeeting")}</Link> · <button type="button" className="button button--quiet" onClick={() => window.print()}>{t("journal.print")}</button>
      </p>
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
                        (<DocumentSymbols links={s.documentLinks} />)
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
                    (<DocumentSymbols links={item.documentLinks} />)
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
    </article>
  );
}
