// What a user types in the search box, turned into an FTS5 query that cannot fail: every term is
// quoted (FTS5 operators and punctuation lose their meaning), so no input is a syntax error.
// - Terms are separated by spaces and must all match (AND); "quoted words" must match as a phrase.
// - A term matches words that begin with it ("certificat" finds "certificates" and "certificats").
// - A symbol (FSC.DEC/1/18) is a phrase of its parts; typed in part (FSC.DEC/1) it finds every
//   symbol that begins so.
// The query is bounded: at most MAX_QUERY_LENGTH characters and MAX_TERMS terms are used.

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;

export type SearchTerm = { text: string; phrase: boolean };

/** Letters or digits: what the index tokenizer keeps (everything else separates tokens). */
const TOKEN = /[\p{L}\p{N}]/u;

/** A single term that looks like a document symbol: parts joined by "." or "/". */
export function looksLikeSymbol(text: string): boolean {
  return /^[\p{L}\p{N}]+([./\-][\p{L}\p{N}]+)*[./\-]?$/u.test(text) && /[./]/.test(text);
}

export function parseTerms(input: string): SearchTerm[] {
  const text = input.normalize("NFC").slice(0, MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  // A quoted phrase, or a run of non-space characters.
  const pattern = /"([^"]*)"?|(\S+)/gu;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1] !== undefined;
    const raw = (phrase ? match[1] : match[2])?.replaceAll('"', "").trim() ?? "";
    if (!TOKEN.test(raw)) continue;
    terms.push({ text: raw, phrase });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** FTS5 string literal: double quotes inside are doubled. */
function literal(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The FTS5 MATCH expression for what the user typed, or null when nothing searchable is left. */
export function toMatchExpression(input: string): string | null {
  const terms = parseTerms(input);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      // A quoted phrase matches exactly; any other term matches as a prefix of words or symbols.
      if (term.phrase) return literal(term.text);
      return `${literal(term.text.replace(/\*+$/u, ""))}*`;
    })
    .join(" ");
}

/** The symbol to rank first when the query is one symbol typed in full ("FSC.DEC/1/18"). */
export function exactSymbol(input: string): string | null {
  const terms = parseTerms(input);
  const only = terms.length === 1 ? terms[0] : undefined;
  return only && !only.phrase && looksLikeSymbol(only.text) ? only.text.replace(/[./\-]$/u, "") : null;
}
