import type { Locale } from "~/domain/vocabulary";

// Dates and times for the reader's locale, in an explicit time zone (the venue's or the reader's).
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

export function formatDate(value: Date | string, locale: Locale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone }).format(new Date(value));
}

export function formatDateTime(value: Date | string, locale: Locale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(new Date(value));
}

export function formatTime(value: Date | string, locale: Locale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone }).format(new Date(value));
}

/** "CET", "UTC−5": the zone's short name at that instant, for labels next to a time. */
export function zoneAbbreviation(value: Date | string, locale: Locale, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: "short" }).formatToParts(
    new Date(value),
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}
