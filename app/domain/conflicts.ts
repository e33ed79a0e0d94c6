// Scheduling clashes, shown as warnings before a meeting is saved (never silently): an invited post
// or person already in an overlapping meeting, or the same venue (and room) double-booked.

export type ScheduledMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  room: string | null;
  positionIds: readonly string[];
  personIds: readonly string[];
};

export type Candidate = Omit<ScheduledMeeting, "id" | "title"> & { id?: string };

export type Conflict = {
  kind: "post" | "person" | "venue";
  meetingId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The post or person invited to both, or the venue booked twice. */
  subject: string;
};

/** Half-open intervals: a meeting ending at 12:00 does not clash with one starting at 12:00. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export function normaliseVenue(venue: string | null | undefined): string {
  return (venue ?? "").normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/** Same venue, and the same room when both name one (two rooms of one building do not clash). */
export function sameVenue(a: { venue: string | null; room: string | null }, b: { venue: string | null; room: string | null }): boolean {
  const venue = normaliseVenue(a.venue);
  if (!venue || venue !== normaliseVenue(b.venue)) return false;
  const [roomA, roomB] = [normaliseVenue(a.room), normaliseVenue(b.room)];
  return !roomA || !roomB || roomA === roomB;
}

export function findConflicts(candidate: Candidate, others: readonly ScheduledMeeting[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const posts = new Set(candidate.positionIds);
  const people = new Set(candidate.personIds);
  for (const other of others) {
    if (other.id === candidate.id || !overlaps(candidate, other)) continue;
    const base = { meetingId: other.id, title: other.title, startsAt: other.startsAt, endsAt: other.endsAt };
    if (sameVenue(candidate, other)) conflicts.push({ ...base, kind: "venue", subject: other.venue ?? "" });
    for (const positionId of new Set(other.positionIds)) {
      if (posts.has(positionId)) conflicts.push({ ...base, kind: "post", subject: positionId });
    }
    for (const personId of new Set(other.personIds)) {
      if (people.has(personId)) conflicts.push({ ...base, kind: "person", subject: personId });
    }
  }
  return conflicts.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.kind.localeCompare(b.kind));
}

/** Conflicts of every occurrence of a series, each tagged with the occurrence it concerns. */
export function findSeriesConflicts(
  occurrences: readonly Candidate[],
  others: readonly ScheduledMeeting[],
): (Conflict & { occurrenceStart: Date })[] {
  return occurrences.flatMap((occurrence) =>
    findConflicts(occurrence, others).map((c) => ({ ...c, occurrenceStart: occurrence.startsAt })),
  );
}

/**
 * One clash per other meeting (and per occurrence of a series): every post and person invited to
 * both, and whether the venue is booked twice, gathered on one line instead of one line each.
 */
export type Clash = {
  meetingId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  occurrenceStart: Date;
  venue: string | null;
  positionIds: string[];
  personIds: string[];
};

export function groupClashes(conflicts: readonly (Conflict & { occurrenceStart: Date })[]): Clash[] {
  const clashes = new Map<string, Clash>();
  for (const c of conflicts) {
    const key = `${c.meetingId}|${c.occurrenceStart.getTime()}`;
    let clash = clashes.get(key);
    if (!clash) {
      clash = { meetingId: c.meetingId, title: c.title, startsAt: c.startsAt, endsAt: c.endsAt, occurrenceStart: c.occurrenceStart, venue: null, positionIds: [], personIds: [] };
      clashes.set(key, clash);
    }
    if (c.kind === "venue") clash.venue = c.subject;
    else if (c.kind === "post") clash.positionIds.push(c.subject);
    else clash.personIds.push(c.subject);
  }
  return [...clashes.values()].sort((a, b) => a.occurrenceStart.getTime() - b.occurrenceStart.getTime() || a.startsAt.getTime() - b.startsAt.getTime());
}
