import { createCookie } from "@remix-run/node";
import { isOneOf, LOCALES, type Locale } from "~/domain/vocabulary";
import type { MessageKey } from "./en";
import { translate, type Values } from "./translate";

// The chosen language is remembered in a long-lived cookie (and on the user's profile when signed in).
export const localeCookie = createCookie("relais_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Cookie first, then the profile, then the browser's Accept-Language, then English. */
export async function resolveLocale(request: Request, profileLocale?: string | null): Promise<Locale> {
  const fromCookie: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (isOneOf(LOCALES, fromCookie)) return fromCookie;
  if (isOneOf(LOCALES, profileLocale)) return profileLocale;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language"));
}

export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.toLowerCase().slice(0, 2), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isOneOf(LOCALES, lang)) return lang;
  return "en";
}

/**
 * A message in the reader's language, for a field error that names something (a symbol, the meeting
 * holding a number): field errors are otherwise catalogue keys, which carry no values.
 */
export async function messageFor(request: Request, profileLocale: string | null | undefined, key: MessageKey, values?: Values): Promise<string> {
  return translate(await resolveLocale(request, profileLocale), key, values);
}
