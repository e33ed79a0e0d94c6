// Every page's <title>: what the page is, in the reader's language, then the product's name
// ("Décision FSC.DEC/1/18 — Relais"). `meta` runs on the server and in the browser after a client
// navigation, so the locale comes from the root loader's data, which both sides have (see
// docs/decisions/028-page-titles.md).
import type { MetaDescriptor } from "@remix-run/node";
import { LOCALES, type Locale } from "~/domain/vocabulary";
import { errorTitle } from "~/http/refusal";
import type { MessageKey } from "./en";
import { translator, type Translate } from "./translate";

export const PRODUCT_NAME = "Relais";
const SEPARATOR = " — ";

/** The part of a meta function's arguments this helper reads. */
// `error` is null (Remix) or absent when the page shows no error.
type MetaArgs<Data> = { data: Data; matches: readonly { id: string; data: unknown }[]; error?: unknown };
type Part = string | null | undefined;

/** The reader's locale as the root loader resolved it; English when the root has no data. */
export function metaLocale(matches: MetaArgs<unknown>["matches"]): Locale {
  const root = matches.find((m) => m.id === "root")?.data;
  const locale = typeof root === "object" && root !== null && "locale" in root ? root.locale : undefined;
  return LOCALES.find((l) => l === locale) ?? "en";
}

/**
 * The meta of a page, from its meta function's arguments: a catalogue key for a page that names itself
 * the same way every time, or a function of the translator and the loader's data returning the
 * title's parts, most specific first (an agenda page: `[t("meeting.tab.agenda"), data?.meeting.title]`).
 * Empty parts are dropped. A page showing an error is titled by the error (the words of its panel).
 */
export function pageTitle<Data>(args: MetaArgs<Data>, title: MessageKey | ((t: Translate, data: Data | undefined) => Part | Part[])): MetaDescriptor[] {
  const t = translator(metaLocale(args.matches));
  const raw = args.error != null ? t(errorTitle(args.error)) : typeof title === "function" ? title(t, args.data) : t(title);
  const parts = (Array.isArray(raw) ? raw : [raw]).filter((p): p is string => typeof p === "string" && p.trim() !== "");
  return [{ title: [...parts, PRODUCT_NAME].join(SEPARATOR) }];
}
