import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { MeetingTime } from "./meeting-time";

export type ConflictItem = {
  kind: "post" | "person" | "venue";
  meetingId: string | null;
  title: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  subject: string;
};

/**
 * Clashes found before saving: nothing was saved; the secretary changes the time or place, or saves
 * anyway with the button (which resubmits the same form with acknowledgeConflicts=yes).
 */
export function ConflictWarnings({ conflicts, busy }: { conflicts: readonly ConflictItem[]; busy?: boolean }) {
  const { t } = useI18n();
  if (!conflicts.length) return null;
  const shown = conflicts.slice(0, 30);
  return (
    <section className="warnings" role="alert" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t("conflict.title", { count: conflicts.length })}</h2>
      <p>{t("conflict.intro")}</p>
      <ul>
        {shown.map((c, i) => (
          <li key={`${c.meetingId ?? "hidden"}-${c.kind}-${c.subject}-${i}`}>
            {t(`conflict.kind.${c.kind}`, { subject: c.subject })} —{" "}
            {c.meetingId && c.title ? <Link to={`/meetings/${c.meetingId}`}>{c.title}</Link> : <em>{t("conflict.hiddenMeeting")}</em>},{" "}
            <MeetingTime startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} />
          </li>
        ))}
      </ul>
      {conflicts.length > shown.length ? <p>{t("conflict.more", { count: conflicts.length - shown.length })}</p> : null}
      <button type="submit" name="acknowledgeConflicts" value="yes" className="button" disabled={busy}>
        {t("conflict.saveAnyway")}
      </button>
    </section>
  );
}
