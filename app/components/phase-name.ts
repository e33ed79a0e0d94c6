import type { Locale } from "~/domain/vocabulary";

export type PhaseNames = { nameEn: string; nameFr: string };

/** Implementation phases carry their name in both interface languages. */
export function phaseName(phase: PhaseNames, locale: Locale): string {
  return locale === "fr" ? phase.nameFr : phase.nameEn;
}
