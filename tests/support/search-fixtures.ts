// One record of every searchable kind, all carrying the same word, for the search tests. Written by
// the shared record builders, plain Prisma calls: the index must follow any writer (its triggers are
// in the database).
import { randomUUID } from "node:crypto";
import { prisma } from "../../app/db.server";
import { CONFIDENTIALITY_LEVELS } from "../../app/domain/vocabulary";
import type { SearchKind } from "../../app/search/index-definition";
import {
  buildAction,
  buildCommittee,
  buildDecision,
  buildDocument,
  buildHandover,
  buildInstrument,
  buildMeeting,
  buildObligation,
  buildPerson,
  buildPost,
  buildResponsibility,
} from "../../prisma/seed/builders";
import { createAgency, unique } from "./fixtures";
import { oneOf } from "./work-fixtures";

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
  const level = oneOf(CONFIDENTIALITY_LEVELS, options.level ?? "internal");
  const named = await createAgency({ name: `Agency ${word}` });
  // Posts, actions, handovers and obligations belong to the given agency (the "restricted" scope), else this one.
  const agency = options.agencyId ? { id: options.agencyId } : named;
  const committee = options.committeeId
    ? { id: options.committeeId }
    : await buildCommittee(prisma, { name: `Committee ${word}`, kind: "standing", confidentiality: level });
  const person = await buildPerson(prisma, { givenName: "Ada", familyName: `Person ${word}` });
  const position = await buildPost(prisma, { agencyId: agency.id, title: `Post ${word}` });
  const responsibility = await buildResponsibility(prisma, { title: `Responsibility ${word}` });
  const startsAt = new Date(Date.UTC(2031, 2, 4, 9));
  const meeting = await buildMeeting(prisma, {
    committeeId: committee.id,
    title: `Meeting ${word}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    timeZone: "UTC",
    status: "planned",
    confidentiality: level,
    agenda: [{ title: `Item ${word}`, statements: [{ speakerLabel: "Chair", summary: `The chair spoke of ${word}.` }] }],
  });
  const agendaItem = { id: meeting.item(1) };
  const statement = await prisma.statement.findFirstOrThrow({ where: { agendaItemId: agendaItem.id }, select: { id: true } });
  const document = { id: await buildDocument(prisma, { title: `Document ${word}`, kind: "report", committeeId: committee.id, confidentiality: level, issuedOn: new Date(Date.UTC(2031, 2, 1)) }) };
  const decision = {
    id: await buildDecision(prisma, { committeeId: committee.id, year: 2031, serial: Math.floor(Math.random() * 1e9), title: `Decision ${word}`, text: "Adopted.", decidedOn: startsAt, confidentiality: level }),
  };
  const action = await buildAction(prisma, {
    title: `Action ${word}`,
    ownerPositionId: position.id,
    ownerAgencyId: agency.id,
    committeeId: committee.id,
    confidentiality: level,
    dueDate: new Date(Date.UTC(2031, 3, 1)),
  });
  const instrument = await buildInstrument(prisma, { code: unique("ATT"), name: "Arms Trade Treaty", kind: "treaty", provisions: [] });
  const obligation = await buildObligation(prisma, { instrumentId: instrument.id, title: `Obligation ${word}`, recurrence: "annual", leadAgencyId: agency.id });
  const handover = await buildHandover(prisma, { positionId: position.id, agencyId: agency.id, ongoingMatters: `Ongoing ${word}`, confidentiality: level });
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
