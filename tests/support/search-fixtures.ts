// One record of every searchable kind, all carrying the same word, for the search tests. Written
// with plain Prisma calls: the index must follow any writer (its triggers are in the database).
import { randomUUID } from "node:crypto";
import { prisma } from "../../app/db.server";
import type { SearchKind } from "../../app/search/index-definition";
import { createAgency, unique } from "./fixtures";

/** A word no other record contains (one token: letters and digits only). */
export function uniqueWord(prefix = "kw") {
  return `${prefix}${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

const DAY = 86_400_000;

/**
 * Records of every kind containing `word`, at `level` where the kind has one, in a committee whose
 * member agency is `memberAgencyId` (created when not given).
 */
export async function recordsOfEveryKind(word: string, options: { level?: string; committeeId?: string; agencyId?: string } = {}) {
  const level = options.level ?? "internal";
  const named = await createAgency({ name: `Agency ${word}` });
  // Posts, actions, handovers and obligations belong to the given agency (the "restricted" scope), else this one.
  const agency = options.agencyId ? { id: options.agencyId } : named;
  const committee = options.committeeId
    ? { id: options.committeeId }
    : await prisma.committee.create({ data: { name: `Committee ${word}`, kind: "standing", confidentiality: level }, select: { id: true } });
  const person = await prisma.person.create({ data: { givenName: "Ada", familyName: `Person ${word}` }, select: { id: true } });
  const position = await prisma.position.create({ data: { agencyId: agency.id, title: `Post ${word}` }, select: { id: true } });
  const responsibility = await prisma.responsibility.create({ data: { title: `Responsibility ${word}` }, select: { id: true } });
  const startsAt = new Date(Date.UTC(2031, 2, 4, 9));
  const meeting = await prisma.meeting.create({
    data: { committeeId: committee.id, title: `Meeting ${word}`, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: "UTC", confidentiality: level },
    select: { id: true },
  });
  const agendaItem = await prisma.agendaItem.create({
    data: { meetingId: meeting.id, order: 1, title: `Item ${word}`, confidentiality: level },
    select: { id: true },
  });
  const statement = await prisma.statement.create({
    data: { agendaItemId: agendaItem.id, order: 1, speakerLabel: "Chair", summary: `The chair spoke of ${word}.` },
    select: { id: true },
  });
  const document = await prisma.document.create({
    data: { title: `Document ${word}`, kind: "report", committeeId: committee.id, confidentiality: level, issuedOn: new Date(Date.UTC(2031, 2, 1)) },
    select: { id: true },
  });
  const decision = await prisma.decision.create({
    data: { committeeId: committee.id, year: 2031, serial: Math.floor(Math.random() * 1e9), title: `Decision ${word}`, text: "Adopted.", decidedOn: startsAt, confidentiality: level },
    select: { id: true },
  });
  const action = await prisma.action.create({
    data: { title: `Action ${word}`, ownerPositionId: position.id, ownerAgencyId: agency.id, committeeId: committee.id, confidentiality: level, dueDate: new Date(Date.UTC(2031, 3, 1)) },
    select: { id: true },
  });
  const instrument = await prisma.instrument.create({ data: { code: unique("ATT"), name: "Arms Trade Treaty", kind: "treaty" }, select: { id: true } });
  const obligation = await prisma.reportingObligation.create({
    data: { instrumentId: instrument.id, title: `Obligation ${word}`, recurrence: "annual", leadAgencyId: agency.id },
    select: { id: true },
  });
  const handover = await prisma.handover.create({
    data: { positionId: position.id, agencyId: agency.id, ongoingMatters: `Ongoing ${word}`, confidentiality: level },
    select: { id: true },
  });
  const ids: Record<SearchKind, string> = {
    agency: named.id,
    person: person.id,
    position: position.id,
    responsibility: responsibility.id,
    committee: committee.id,
    meeting: meeting.id,
    agendaItem: agendaItem.id,
    statement: statement.id,
    document: document.id,
    decision: decision.id,
    action: action.id,
    obligation: obligation.id,
    handover: handover.id,
  };
  return { ids, agencyId: agency.id, namedAgencyId: named.id, committeeId: committee.id, meetingId: meeting.id, startsAt, since: new Date(startsAt.getTime() - DAY) };
}
