import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "~/domain/vocabulary";
import { en, type MessageKey } from "./en";
import { fr } from "./fr";

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };
const compiled = new Map<string, IntlMessageFormat>();

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

export function translate(locale: Locale, key: MessageKey, values?: Values): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogues[locale][key], locale);
    compiled.set(cacheKey, format);
  }
  const out = format.format(values);
  return typeof out === "string" ? out : String(out);
}

export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}
