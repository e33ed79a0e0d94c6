// Loads the meetings that could clash with a new or moved meeting (or each occurrence of a series)
// and turns the pure findConflicts result into warnings the reader may see.
import { prisma } from "~/db.server";
import { canSee, type AccessContext } from "~/domain/access";
import { findSeriesConflicts, groupClashes, type Candidate } from "~/domain/conflicts";
import { personName, postLabel } from "~/domain/labels";
import { CALLED_OFF_MEETING_STATUSES } from "~/domain/vocabulary";

/** One clash with one other meeting (per occurrence of a series), naming who and what clashes. */
export type ConflictView = {
  /** What clashes: invited posts, invited people, the venue. */
  kinds: ("post" | "person" | "venue")[];
  /** Null when the reader is not cleared to see the other meeting: only the clash is shown. */
  meetingId: string | null;
  title: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** The posts ("Title (AGENCY)") and people invited to both. */
  invited: string[];
  /** The venue booked for both, or null. */
  venue: string | null;
  occurrenceStart: string;
};

const DAY = 86_400_000;

export async function schedulingConflicts(
  ctx: AccessContext,
  candidates: readonly Candidate[],
  { excludeIds = [] }: { excludeIds?: readonly string[] } = {},
): Promise<ConflictView[]> {
  if (!candidates.length) return [];
  const from = Math.min(...candidates.map((c) => c.startsAt.getTime()));
  const to = Math.max(...candidates.map((c) => c.endsAt.getTime()));
  const positionIds = [...new Set(candidates.flatMap((c) => c.positionIds))];
  const personIds = [...new Set(candidates.flatMap((c) => c.personIds))];
  const others = await prisma.meeting.findMany({
    where: {
      // Meetings last less than a day: bounding the start on both sides keeps this an index range.
      startsAt: { gt: new Date(from - DAY), lt: new Date(to) },
      endsAt: { gt: new Date(from) },
      archivedAt: null,
      status: { notIn: [...CALLED_OFF_MEETING_STATUSES] },
      ...(excludeIds.length ? { id: { notIn: [...excludeIds] } } : {}),
    },
    take: 5000,
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venue: true,
      room: true,
      confidentiality: true,
      committeeId: true,
      participations: {
        where: { archivedAt: null, OR: [{ positionId: { in: positionIds } }, { personId: { in: personIds } }] },
        select: { positionId: true, personId: true },
      },
    },
  });
  const byId = new Map(others.map((m) => [m.id, m]));
  const found = findSeriesConflicts(
    candidates,
    others.map((m) => ({
      ...m,
      positionIds: m.participations.flatMap((p) => (p.positionId ? [p.positionId] : [])),
      personIds: m.participations.flatMap((p) => (p.personId ? [p.personId] : [])),
    })),
  );
  if (!found.length) return [];

  const [posts, people] = await Promise.all([
    prisma.position.findMany({
      where: { id: { in: found.filter((c) => c.kind === "post").map((c) => c.subject) } },
      select: { id: true, title: true, agency: { select: { acronym: true, name: true } } },
    }),
    prisma.person.findMany({
      where: { id: { in: found.filter((c) => c.kind === "person").map((c) => c.subject) } },
      select: { id: true, givenName: true, familyName: true },
    }),
  ]);
  const postLabels = new Map(posts.map((p) => [p.id, postLabel(p)]));
  const personLabel = new Map(people.map((p) => [p.id, personName(p)]));

  return groupClashes(found).map((c) => {
    const other = byId.get(c.meetingId);
    const visible = other ? canSee(ctx, "meeting", other) : false;
    return {
      kinds: [...(c.positionIds.length ? ["post" as const] : []), ...(c.personIds.length ? ["person" as const] : []), ...(c.venue !== null ? ["venue" as const] : [])],
      meetingId: visible ? c.meetingId : null,
      title: visible ? c.title : null,
      startsAt: c.startsAt.toISOString(),
      endsAt: c.endsAt.toISOString(),
      timeZone: other?.timeZone ?? "UTC",
      invited: [...c.positionIds.map((id) => postLabels.get(id) ?? id), ...c.personIds.map((id) => personLabel.get(id) ?? id)],
      venue: c.venue,
      occurrenceStart: c.occurrenceStart.toISOString(),
    };
  });
}

/** A candidate per planned start/end, all inviting the same posts and people at the same place. */
export function candidates(
  times: readonly { startsAt: Date; endsAt: Date; id?: string }[],
  place: { venue: string | null; room: string | null },
  invited: readonly { positionId: string | null; personId: string | null }[],
): Candidate[] {
  const positionIds = invited.flatMap((i) => (i.positionId ? [i.positionId] : []));
  const personIds = invited.flatMap((i) => (i.personId ? [i.personId] : []));
  return times.map((time) => ({ ...time, ...place, positionIds, personIds }));
}
