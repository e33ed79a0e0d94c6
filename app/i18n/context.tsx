import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Locale } from "~/domain/vocabulary";
import type { MessageKey } from "./en";
import { formatDate, formatDateTime, formatNumber, formatTime, zoneAbbreviation } from "./format";
import { loadCatalogue } from "./catalogue-loader.client";
import { hasCatalogue, isMessageKey, translate, type Values } from "./translate";

type I18n = {
  locale: Locale;
  /** The reader's time zone (their profile's, else the browser-independent default). */
  timeZone: string;
  t: (key: MessageKey, values?: Values) => string;
  /** Translates a key that came from data (a zod message, a flash); unknown text passes through. */
  tr: (keyOrText: string) => string;
  date: (value: Date | string, timeZone?: string) => string;
  dateTime: (value: Date | string, timeZone?: string) => string;
  time: (value: Date | string, timeZone?: string) => string;
  zone: (value: Date | string, timeZone: string) => string;
  number: (value: number) => string;
};

const I18nContext = createContext<I18n | null>(null);

/**
 * In the browser, a language switched without a page load needs its catalogue. Until it has arrived
 * the page keeps the catalogue it has; then the returned revision changes. The root layout calls this
 * so that everything it draws, page titles (`<Meta />`) included, is drawn again in the new language.
 */
export function useCatalogue(locale: Locale): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (hasCatalogue(locale)) return;
    let current = true;
    void loadCatalogue(locale).then(() => current && setRevision((n) => n + 1));
    return () => {
      current = false;
    };
  }, [locale]);
  return revision;
}

export function I18nProvider({ locale, timeZone, revision = 0, children }: { locale: Locale; timeZone: string; revision?: number; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      locale,
      timeZone,
      t: (key, values) => translate(locale, key, values),
      tr: (keyOrText) => (isMessageKey(keyOrText) ? translate(locale, keyOrText) : keyOrText),
      date: (v, tz) => formatDate(v, locale, tz ?? timeZone),
      dateTime: (v, tz) => formatDateTime(v, locale, tz ?? timeZone),
      time: (v, tz) => formatTime(v, locale, tz ?? timeZone),
      zone: (v, tz) => zoneAbbreviation(v, locale, tz),
      number: (v) => formatNumber(v, locale),
    }),
    // `revision` is not read inside: a catalogue that arrives must give consumers a new value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, timeZone, revision],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
