import type { Locale } from "~/domain/vocabulary";

// Dates and times for the reader's locale, in an explicit time zone (the venue's or the reader's).
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

// Building an Intl formatter costs far more than using one (a dashboard formats hundreds of dates):
// each distinct locale, zone and style is built once and kept. The keys are bounded by the locales,
// the styles below and the IANA zones in use (and capped all the same).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, style: "date" | "dateTime" | "time" | "zone", timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === "date"
        ? { dateStyle: "medium", timeZone }
        : style === "dateTime"
          ? { dateStyle: "medium", timeStyle: "short", timeZone }
          : style === "time"
            ? { timeStyle: "short", timeZone }
            : { timeZone, timeZoneName: "short" };
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    if (dateFormats.size >= 1000) dateFormats.clear();
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(value: Date | string, locale: Locale, timeZone = "UTC"): string {
  return dateFormat(locale, "date", timeZone).format(new Date(value));
}

export function formatDateTime(value: Date | string, locale: Locale, timeZone = "UTC"): string {
  return dateFormat(locale, "dateTime", timeZone).format(new Date(value));
}

export function formatTime(value: Date | string, locale: Locale, timeZone = "UTC"): string {
  return dateFormat(locale, "time", timeZone).format(new Date(value));
}

/** "CET", "UTC−5": the zone's short name at that instant, for labels next to a time. */
export function zoneAbbreviation(value: Date | string, locale: Locale, timeZone: string): string {
  const parts = dateFormat(locale, "zone", timeZone).formatToParts(new Date(value));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
