import { z } from "zod";
import { CONFIDENTIALITY_LEVELS, DOCUMENT_KINDS } from "~/domain/vocabulary";
import { optionalDate } from "./calendar-fields";
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

/** The edit form: the same fields and the record version it was loaded at. */
export const documentEditSchema = withVersion(documentSchema);
