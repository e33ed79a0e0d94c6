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

export function I18nProvider({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: ReactNode }) {
  // In the browser, a language switched without a page load needs its catalogue: until it has
  // arrived the page keeps the catalogue it has, then every translation is redrawn.
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    if (hasCatalogue(locale)) return;
    let current = true;
    void loadCatalogue(locale).then(() => current && setLoaded((n) => n + 1));
    return () => {
      current = false;
    };
  }, [locale]);
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
    // `loaded` is not read inside: a catalogue that arrives must give consumers a new value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, timeZone, loaded],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
