// The browser loads the catalogue of the reader's language only, each in its own chunk: both
// together weigh more than the rest of a page's JavaScript (issue 14's budget per route).
import type { Locale } from "~/domain/vocabulary";
import { addCatalogue, hasCatalogue } from "./translate";

const load: Record<Locale, () => Promise<Record<string, string>>> = {
  en: () => import("./en").then((m) => m.en),
  fr: () => import("./fr").then((m) => m.fr),
};

export async function loadCatalogue(locale: Locale): Promise<void> {
  if (!hasCatalogue(locale)) addCatalogue(locale, await load[locale]());
}
