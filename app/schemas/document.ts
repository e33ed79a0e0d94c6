import { z } from "zod";
import { CONFIDENTIALITY_LEVELS, DOCUMENT_KINDS } from "~/domain/vocabulary";
import { optionalDate } from "./dates";
import { choice, optionalId, optionalText, optionalUrl, requiredText } from "./fields";
import { withVersion } from "./record-version";

const SYMBOL = /^[A-Za-z0-9][A-Za-z0-9./\-_()+ ]*$/;

/** "en, fr" → "en,fr": lower-case ISO 639-1 codes, each once. */
function languages() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .max(100, "error.tooLong")
    .transform((v) => [...new Set(v.toLowerCase().split(/[\s,;]+/).filter(Boolean))])
    .refine((codes) => codes.length > 0 && codes.every((c) => /^[a-z]{2}$/.test(c)), "document.error.languages")
    .transform((codes) => codes.join(","));
}

export const documentSchema = z.object({
  symbol: optionalText(120).refine((s) => s === null || SYMBOL.test(s), "document.error.symbol"),
  title: requiredText(500),
  kind: choice(DOCUMENT_KINDS),
  issuedOn: optionalDate(),
  languages: languages(),
  url: optionalUrl(),
  committeeId: optionalId(),
  meetingId: optionalId(),
  agencyId: optionalId(),
  confidentiality: choice(CONFIDENTIALITY_LEVELS),
});

export type DocumentInput = z.input<typeof documentSchema>;
export type DocumentData = z.output<typeof documentSchema>;

/** The six UN languages, offered for a language version beside those the document lists. */
export const UN_LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh"] as const;

/** The languages the upload form offers: the document's own first, then the UN languages. */
export function documentLanguageChoices(languages: string): string[] {
  return [...new Set([...languages.split(",").map((l) => l.trim()).filter((l) => /^[a-z]{2}$/.test(l)), ...UN_LANGUAGES])];
}

/** The upload form's text: which language the file is a version in (the file itself is streamed). */
export const documentFileSchema = z.object({
  intent: z.literal("upload"),
  language: z.string({ error: "document.error.language" }).trim().toLowerCase().regex(/^[a-z]{2}$/, "document.error.language"),
});
export type DocumentFileInput = z.input<typeof documentFileSchema>;

/** The edit form: the same fields and the record version it was loaded at. */
export const documentEditSchema = withVersion(documentSchema);
