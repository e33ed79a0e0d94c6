// Meetings are numbered per committee ("877th plenary meeting"). A new meeting, or each occurrence
// of a new series in date order, takes the numbers after the highest one the committee has used;
// numbers are never reused, so a cancelled meeting leaves a gap rather than renumbering the record.

export function nextSequence(used: readonly (number | null)[]): number {
  let max = 0;
  for (const n of used) if (n !== null && n > max) max = n;
  return max + 1;
}

/** Numbers for `count` new meetings after the highest used one. */
export function sequencesFor(used: readonly (number | null)[], count: number): number[] {
  const first = nextSequence(used);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** "1st", "2nd", "11th", "877th": English ordinals, for titles stored in the record's language. */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** The default title of a numbered meeting: "877th plenary meeting of the FSC". */
export function numberedTitle(sequence: number | null, noun: string | null, committee: string): string {
  const what = noun?.trim() || "meeting";
  return sequence === null ? `${what[0]?.toUpperCase()}${what.slice(1)} of the ${committee}` : `${englishOrdinal(sequence)} ${what} of the ${committee}`;
}
