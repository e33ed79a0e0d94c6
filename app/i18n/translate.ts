import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "~/domain/vocabulary";
import { serverCatalogues } from "./catalogues.server";
import type { MessageKey } from "./en";

type Catalogue = Record<MessageKey, string>;

// The server has both catalogues; the browser (where the .server module is empty) adds the reader's
// before it hydrates, and another one when the reader switches language (useCatalogue).
const catalogues: Partial<Record<Locale, Catalogue>> = { ...serverCatalogues };
const compiled = new Map<string, IntlMessageFormat>();

export function addCatalogue(locale: Locale, messages: Record<string, string>) {
  catalogues[locale] = messages as Catalogue;
}

export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** The locale's catalogue, or while it loads in the browser the one already there (same keys). */
function catalogueFor(locale: Locale): [Locale, Catalogue] {
  const own = catalogues[locale];
  if (own) return [locale, own];
  const loaded = (Object.keys(catalogues) as Locale[]).find((l) => catalogues[l]);
  if (!loaded) throw new Error("No message catalogue is loaded");
  return [loaded, catalogues[loaded] as Catalogue];
}

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

export function isMessageKey(value: string): value is MessageKey {
  return Object.values(catalogues).some((c) => c !== undefined && Object.hasOwn(c, value));
}

export function translate(locale: Locale, key: MessageKey, values?: Values): string {
  const [used, catalogue] = catalogueFor(locale);
  const cacheKey = `${used}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogue[key], used);
    compiled.set(cacheKey, format);
  }
  const out = format.format(values);
  return typeof out === "string" ? out : String(out);
}

export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}
