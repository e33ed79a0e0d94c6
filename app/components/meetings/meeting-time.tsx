import { useI18n } from "~/i18n/context";

/** Offset of a zone at an instant, in minutes, to tell whether two zones show the same clock time. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A meeting's time in its venue's zone ("21 Feb 2018, 10:00–15:30 CET, Europe/Vienna") and, when the
 * reader's zone shows a different clock time, in theirs too.
 */
export function MeetingTime({ startsAt, endsAt, timeZone, withDate = true }: { startsAt: Date | string; endsAt?: Date | string | null; timeZone: string; withDate?: boolean }) {
  const { t, date, time, zone, timeZone: readerZone } = useI18n();
  const start = new Date(startsAt);
  const end = endsAt ? new Date(endsAt) : null;
  const venue = `${withDate ? `${date(start, timeZone)}, ` : ""}${time(start, timeZone)}${end ? `–${time(end, timeZone)}` : ""}`;
  const differs = offsetMinutes(start, readerZone) !== offsetMinutes(start, timeZone);
  return (
    <span className="meeting-time">
      <time dateTime={start.toISOString()}>{venue}</time> <span className="muted">{t("meeting.time.venueZone", { zone: zone(start, timeZone), name: timeZone })}</span>
      {differs ? (
        <span className="meeting-time__reader">
          {" "}
          {t("meeting.time.readerZone", {
            time: `${withDate ? `${date(start, readerZone)}, ` : ""}${time(start, readerZone)}${end ? `–${time(end, readerZone)}` : ""}`,
            zone: zone(start, readerZone),
          })}
        </span>
      ) : null}
    </span>
  );
}
