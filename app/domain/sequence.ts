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

export type NumberedMeeting = { id: string; startsAt: Date; status: string; sequence: number | null; numberFixed: boolean };

const SCHEDULED = new Set(["planned", "confirmed"]);

/** A held meeting's number is on the record, whether or not it was recorded as official. */
export function isNumberFixed(m: { status: string; numberFixed: boolean }): boolean {
  return m.numberFixed || m.status === "held";
}

/**
 * Meetings are numbered in the order they are held. A number is fixed once the meeting is held, or
 * when the secretary records the body's own number ("877th plenary"); fixed numbers never change.
 * Meetings still to come carry provisional numbers after the highest fixed one, in date order, so a
 * meeting inserted before the next one takes its number and the later ones move up by one. A
 * cancelled or postponed meeting without a fixed number holds none (its replacement takes it).
 * Returns the number each meeting not fixed should now carry.
 */
export function provisionalNumbers(meetings: readonly NumberedMeeting[]): Map<string, number | null> {
  let highest = 0;
  for (const m of meetings) if (isNumberFixed(m) && m.sequence !== null && m.sequence > highest) highest = m.sequence;
  const open = meetings
    .filter((m) => !isNumberFixed(m))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const numbers = new Map<string, number | null>();
  let next = highest + 1;
  for (const m of open) numbers.set(m.id, SCHEDULED.has(m.status) ? next++ : null);
  return numbers;
}
