import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { MeetingTime } from "./meeting-time";

/** One clash with one other meeting (app/models/conflicts.server.ts ConflictView). */
export type ConflictItem = {
  meetingId: string | null;
  title: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  invited: string[];
  venue: string | null;
};

/** Names beyond these are counted, so a committee-wide clash stays one readable line. */
const NAMED = 6;

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
          <li key={`${c.meetingId ?? "hidden"}-${c.startsAt}-${i}`}>
            {c.meetingId && c.title ? <Link to={`/meetings/${c.meetingId}`}>{c.title}</Link> : <em>{t("conflict.hiddenMeeting")}</em>},{" "}
            <MeetingTime startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} />
            {c.invited.length ? (
              <>
                {" — "}
                {c.invited.length > NAMED
                  ? t("conflict.invitedMore", { names: c.invited.slice(0, NAMED).join(", "), count: c.invited.length - NAMED })
                  : t("conflict.invited", { names: c.invited.join(", ") })}
              </>
            ) : null}
            {c.venue ? <> {t("conflict.venue", { venue: c.venue })}</> : null}
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
