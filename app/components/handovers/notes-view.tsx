import { NOTE_SECTIONS, type Notes } from "~/domain/handover-rules";
import { useI18n } from "~/i18n/context";

/** The outgoing person's notes, section by section; an empty section says so. */
export function NotesView({ notes }: { notes: Notes }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="notes-title" className="handover-notes">
      <h2 id="notes-title">{t("handover.notes")}</h2>
      {NOTE_SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`note-${s}`}>
          <h3 id={`note-${s}`}>{t(`handover.section.${s}`)}</h3>
          {notes[s] ? <p className="prose">{notes[s]}</p> : <p className="muted">{t("handover.sectionEmpty")}</p>}
        </section>
      ))}
    </section>
  );
}
