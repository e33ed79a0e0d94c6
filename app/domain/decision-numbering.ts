// Decisions are numbered per committee and per calendar year, as treaty bodies do ("Decision No.
// 1/18", "FSC.DEC/1/18"). The number is given once and never changes: a correction is a new decision.

export type DecisionNumber = { serial: number; year: number };

/** The numbering year of a decision: the year of its (date-only, UTC midnight) decision date. */
export function decisionYear(decidedOn: Date): number {
  return decidedOn.getUTCFullYear();
}

/** The serial after the highest one already given in that committee and year. */
export function nextSerial(highest: number | null | undefined): number {
  return (highest ?? 0) + 1;
}

/** "18" for 2018: symbols carry the year in two digits. */
export function shortYear(year: number): string {
  return String(year % 100).padStart(2, "0");
}

/** The document-style symbol ("FSC.DEC/1/18") when the committee has a prefix, else null. */
export function decisionSymbol(prefix: string | null | undefined, { serial, year }: DecisionNumber): string | null {
  const clean = prefix?.trim();
  return clean ? `${clean}/${serial}/${shortYear(year)}` : null;
}

/**
 * Serials given so far in one committee and year must be 1, 2, 3… with no repeat. Used by tests and
 * checks; the database's unique index is what enforces it under concurrent writes.
 */
export function numberingProblems(serials: readonly number[]): { duplicates: number[]; missing: number[] } {
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  for (const s of serials) (seen.has(s) ? duplicates : seen).add(s);
  const highest = Math.max(0, ...serials);
  const missing: number[] = [];
  for (let s = 1; s <= highest; s++) if (!seen.has(s)) missing.push(s);
  return { duplicates: [...duplicates].sort((a, b) => a - b), missing };
}
