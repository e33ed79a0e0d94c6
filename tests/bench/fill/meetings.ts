// Meetings from five years ago to one year ahead, with their time marks, agendas, attendance and
// statements. Held in the past; planned or confirmed ahead; a few cancelled or postponed.
import type { MeetingRef, World } from "./context";
import { DAY, YEAR, at, classify, confidentiality, inserter, iso, makeId } from "./context";
import { STANDING_ITEMS } from "./committees";
import { agendaTitle, note, ordinal, paragraph } from "./text";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const TWENTY = 20;

/** Item 1 adopts the agenda, then come standing items and new business; the last items close the meeting. */
function agendaKind(o: number, count: number, isStanding: boolean): string {
  if (o === 0) return "adoption_of_agenda";
  if (o === count - 1) return "any_other_business";
  if (o === count - 2 && count >= 6) return "next_meeting";
  if (isStanding && o === 1) return "matters_arising";
  return "regular";
}

/** Split the meeting total across committees, some far busier than others. */
function meetingsPerCommittee(world: World): number[] {
  const { rng, size } = world;
  const weights = world.committees.map((_, c) => (c === 0 ? 2 : 0.3 + rng.next() * 1.4));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(3, Math.round((size.meetings * w) / sum)));
  const drift = size.meetings - counts.reduce((a, b) => a + b, 0);
  counts[0] = at(counts, 0) + drift;
  return counts;
}

function statusFor(world: World, startsMs: number, hasNext: boolean): string {
  const { rng, now } = world;
  const r = rng.next();
  if (startsMs < now) {
    if (r < 0.03) return "cancelled";
    if (r < 0.07 && hasNext) return "postponed";
    return "held";
  }
  if (r < 0.02) return "cancelled";
  if (r < 0.04 && hasNext) return "postponed";
  return startsMs - now < 60 * DAY && rng.chance(0.7) ? "confirmed" : "planned";
}

export function fillMeetings(world: World) {
  const { db, rng, now } = world;
  const insertMeeting = inserter(db, "Meeting", [
    "id", "uid", "committeeId", "seriesId", "recurrenceStart", "sequence", "title", "startsAt", "endsAt", "timeZone",
    "venue", "room", "onlineUrl", "status", "postponedToId", "chairPersonId", "chairAgencyId", "chairLabel",
    "agendaAdoptedAt", "nextMeetingNote", "journalNotes", "icalSequence", "confidentiality", "archivedAt", "createdAt",
    "updatedAt",
  ] as const);
  const insertMark = inserter(db, "MeetingTimeMark", ["id", "meetingId", "kind", "at", "createdAt"] as const);
  const insertItem = inserter(db, "AgendaItem", [
    "id", "meetingId", "order", "label", "title", "kind", "standingItemId", "presenterAgencyId", "notes",
    "confidentiality", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertParticipation = inserter(db, "Participation", [
    "id", "meetingId", "agencyId", "positionId", "personId", "externalName", "externalAffiliation", "role", "attendance",
    "representedById", "representedByName", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertStatement = inserter(db, "Statement", [
    "id", "agendaItemId", "order", "speakerLabel", "speakerAgencyId", "speakerPersonId", "summary", "archivedAt",
    "createdAt", "updatedAt",
  ] as const);

  const counts = meetingsPerCommittee(world);
  const from = now - 5 * YEAR;
  const span = 6 * YEAR;
  let markIdx = 0;
  let agendaIdx = 0;
  let participationIdx = 0;
  let statementIdx = 0;

  world.committees.forEach((committee, c) => {
    const n = at(counts, c);
    const interval = span / n;
    const firstMeetingIdx = world.meetings.length;
    const starts = Array.from({ length: n }, (_, k) => {
      const jittered = from + k * interval + (rng.next() - 0.5) * 0.6 * interval;
      const day = jittered - (jittered % DAY);
      // Weekdays only (1970-01-01 was a Thursday), during office hours in UTC.
      const weekday = (Math.floor(day / DAY) + 4) % 7;
      const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
      return day + shift * DAY + rng.int(7, 13) * HOUR;
    });
    const statuses = starts.map((s, k) => statusFor(world, s, k < n - 1));
    // The benchmark's "big agenda" meeting: the last meeting held by the first committee.
    const twenty = c === 0 ? statuses.lastIndexOf("held") : -1;
    if (c === 0) world.twentyItemMeetingIdx = firstMeetingIdx + twenty;
    const chairPost = committee.members.find((m) => m.agencyIdx === committee.chairAgencyIdx);
    const chairHolder = chairPost ? at(world.positions, chairPost.positionIdx).holderIdx : null;

    for (let k = 0; k < n; k++) {
      const startsMs = at(starts, k);
      const endsMs = startsMs + rng.int(2, 4) * HOUR;
      const status = at(statuses, k);
      const held = status === "held";
      const meetingIdx = firstMeetingIdx + k;
      const id = makeId("mtg", meetingIdx);
      const inSeries = rng.chance(0.7);
      const createdMs = Math.min(now - DAY, startsMs - rng.int(20, 90) * DAY);
      const level = classify(world, "meeting", id);
      insertMeeting({
        id,
        uid: `${id}@relais.example`,
        committeeId: committee.id,
        seriesId: inSeries ? committee.seriesId : null,
        recurrenceStart: inSeries ? iso(startsMs) : null,
        sequence: k + 1,
        title: `${ordinal(k + 1)} meeting of the ${committee.shortName}`,
        startsAt: iso(startsMs),
        endsAt: iso(endsMs),
        timeZone: committee.timeZone,
        venue: committee.venue,
        room: `Room ${rng.int(1, 30)}`,
        onlineUrl: rng.chance(0.3) ? `https://meet.example/${id}` : null,
        status,
        postponedToId: status === "postponed" ? makeId("mtg", meetingIdx + 1) : null,
        chairPersonId: chairHolder === null ? null : at(world.persons, chairHolder).id,
        chairAgencyId: at(world.agencies, committee.chairAgencyIdx).id,
        chairLabel: "Chair",
        agendaAdoptedAt: held ? iso(startsMs + 10 * MINUTE) : null,
        nextMeetingNote: held ? "The next meeting will be announced by the secretariat." : null,
        journalNotes: held && rng.chance(0.5) ? paragraph(rng, 3) : null,
        icalSequence: rng.int(0, 3),
        confidentiality: level,
        archivedAt: null,
        createdAt: iso(createdMs),
        updatedAt: iso(Math.min(now, held ? endsMs + DAY : createdMs + rng.int(0, 10) * DAY)),
      });

      if (held) {
        const marks: [string, number][] = [["opened", startsMs + 5 * MINUTE]];
        if (rng.chance(0.2)) marks.push(["suspended", startsMs + 60 * MINUTE], ["resumed", startsMs + 75 * MINUTE]);
        marks.push(["closed", endsMs - rng.int(0, 30) * MINUTE]);
        for (const [kind, atMs] of marks) {
          insertMark({ id: makeId("tmk", markIdx++), meetingId: id, kind, at: iso(atMs), createdAt: iso(endsMs) });
        }
      }

      const agendaFirst = agendaIdx;
      const agendaCount = k === twenty ? TWENTY : rng.int(4, 12);
      const standing = committee.standingItemIds;
      for (let o = 0; o < agendaCount; o++) {
        const isStanding = o < Math.min(standing.length, STANDING_ITEMS.length - 1) && (o === 0 || o < agendaCount - 2);
        const kind = agendaKind(o, agendaCount, isStanding);
        const presenter = kind === "regular" && rng.chance(0.6) ? rng.pick(committee.members).agencyIdx : null;
        insertItem({
          id: makeId("agi", agendaIdx++),
          meetingId: id,
          order: o + 1,
          label: String(o + 1),
          title:
            kind === "adoption_of_agenda" ? "Adoption of the agenda"
            : kind === "any_other_business" ? "Any other business"
            : kind === "next_meeting" ? "Date of the next meeting"
            : isStanding ? at(STANDING_ITEMS, o) : agendaTitle(rng),
          kind,
          standingItemId: isStanding ? at(standing, o) : null,
          presenterAgencyId: presenter === null ? null : at(world.agencies, presenter).id,
          notes: held && rng.chance(0.3) ? note(rng) : null,
          confidentiality: rng.chance(0.9) ? level : confidentiality(rng),
          archivedAt: null,
          createdAt: iso(createdMs),
          updatedAt: iso(createdMs),
        });
      }

      committee.members.forEach(({ agencyIdx, positionIdx }, m) => {
        const holderIdx = at(world.positions, positionIdx).holderIdx;
        const r = rng.next();
        const attendance = !held ? "invited" : r < 0.8 ? "present" : r < 0.87 ? "absent" : r < 0.95 ? "excused" : "represented";
        insertParticipation({
          id: makeId("par", participationIdx++),
          meetingId: id,
          agencyId: at(world.agencies, agencyIdx).id,
          positionId: at(world.positions, positionIdx).id,
          personId: holderIdx === null ? null : at(world.persons, holderIdx).id,
          externalName: null,
          externalAffiliation: null,
          role: agencyIdx === committee.chairAgencyIdx ? "chair" : agencyIdx === committee.secretariatAgencyIdx ? "secretariat" : m === committee.members.length - 1 ? "observer" : "member",
          attendance,
          representedById: attendance === "represented" ? rng.pick(world.persons).id : null,
          representedByName: null,
          archivedAt: null,
          createdAt: iso(createdMs),
          updatedAt: iso(Math.min(now, held ? endsMs : createdMs)),
        });
      });
      if (rng.chance(0.2)) {
        insertParticipation({
          id: makeId("par", participationIdx++),
          meetingId: id,
          agencyId: null,
          positionId: null,
          personId: null,
          externalName: `Dr ${rng.pick(world.persons).name}`,
          externalAffiliation: "Small Arms Survey",
          role: "expert",
          attendance: held ? "present" : "invited",
          representedById: null,
          representedByName: null,
          archivedAt: null,
          createdAt: iso(createdMs),
          updatedAt: iso(createdMs),
        });
      }

      if (held) {
        for (let s = 0; s < 2; s++) {
          const speaker = rng.pick(committee.members);
          const holderIdx = at(world.positions, speaker.positionIdx).holderIdx;
          insertStatement({
            id: makeId("stm", statementIdx++),
            agendaItemId: makeId("agi", agendaFirst + rng.int(1, agendaCount - 1)),
            order: s + 1,
            speakerLabel: at(world.agencies, speaker.agencyIdx).name,
            speakerAgencyId: at(world.agencies, speaker.agencyIdx).id,
            speakerPersonId: holderIdx === null ? null : at(world.persons, holderIdx).id,
            summary: note(rng),
            archivedAt: null,
            createdAt: iso(endsMs),
            updatedAt: iso(endsMs),
          });
        }
      }

      const ref: MeetingRef = { id, committeeIdx: c, startsMs, status, confidentiality: level, agendaFirst, agendaCount };
      world.meetings.push(ref);
    }
  });
}
