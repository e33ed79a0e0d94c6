// The record builders shared by the demo seed (prisma/seed/*) and the integration tests'
// fixtures (tests/support/*fixtures.ts): one way to write an agency, a person, a post and who holds
// it, a committee with its standing agenda and members, a meeting with its agenda, statements and
// participants, a document, a decision, an action with its history, an instrument with its
// provisions, an obligation, a responsibility and a handover. Each takes the client or transaction to
// write with, writes exactly the columns it is given (the schema's defaults do the rest) in one nested
// write, and returns the ids the callers link to. Neither caller writes audit events per record: the
// seed records one `system` event for the whole load, and the tests count the events of the writes
// they exercise (decision 062). The benchmark's bulk loader (tests/bench/fill) stays separate: it
// writes hundreds of thousands of rows with raw multi-row inserts.
import type { Prisma } from "@prisma/client";
import type {
  AgendaItemKind,
  AttendanceStatus,
  Confidentiality,
  DecisionAdoption,
  DecisionStatus,
  DocumentKind,
  MeetingStatus,
  MembershipRole,
  ParticipantRole,
  TimeMarkKind,
} from "../../app/domain/vocabulary";

/** A Prisma client or an interactive transaction: builders write with whichever the caller holds. */
export type Db = Prisma.TransactionClient;

export function buildAgency(db: Db, data: Prisma.AgencyUncheckedCreateInput) {
  return db.agency.create({ data, select: { id: true, name: true } });
}

export function buildPerson(db: Db, data: Prisma.PersonUncheckedCreateInput) {
  return db.person.create({ data, select: { id: true } });
}

export function buildPost(db: Db, data: Prisma.PositionUncheckedCreateInput) {
  return db.position.create({ data, select: { id: true, agencyId: true } });
}

export function buildAssignment(db: Db, data: Prisma.AssignmentUncheckedCreateInput) {
  return db.assignment.create({ data, select: { id: true } });
}

/** A post in an agency, a person, and that person holding the post since `since`. */
export async function buildHeldPost(
  db: Db,
  spec: { agencyId: string; title: string; person: Prisma.PersonUncheckedCreateInput; since: Date },
) {
  const post = await buildPost(db, { agencyId: spec.agencyId, title: spec.title });
  const person = await buildPerson(db, spec.person);
  await buildAssignment(db, { positionId: post.id, personId: person.id, startDate: spec.since });
  return { positionId: post.id, personId: person.id };
}

/** A user account linked to a person, with one role (by id or by name). */
export function buildUser(db: Db, { role, ...data }: Omit<Prisma.UserUncheckedCreateInput, "roles"> & { role: Prisma.RoleWhereUniqueInput }) {
  return db.user.create({ data: { ...data, roles: { connect: role } }, select: { id: true, email: true } });
}

export type MembershipSpec = { role: MembershipRole; agencyId: string; positionId?: string; startDate: Date };

export type CommitteeSpec = Omit<Prisma.CommitteeUncheckedCreateInput, "standingItems" | "memberships"> & {
  /** The standing agenda, in order: [label, title]. */
  standing?: readonly (readonly [label: string | null, title: string])[];
  memberships?: readonly MembershipSpec[];
};

/** A committee with its standing agenda items and member agencies; returns the standing items' ids by order. */
export function buildCommittee(db: Db, { standing, memberships, ...data }: CommitteeSpec) {
  return db.committee.create({
    data: {
      ...data,
      standingItems: { create: (standing ?? []).map(([label, title], i) => ({ order: i + 1, label, title })) },
      ...(memberships ? { memberships: { create: memberships.map((m) => ({ ...m })) } } : {}),
    },
    select: { id: true, name: true, shortName: true, standingItems: { select: { id: true, order: true } } },
  });
}

export function buildMembership(db: Db, data: Prisma.CommitteeMembershipUncheckedCreateInput) {
  return db.committeeMembership.create({ data, select: { id: true } });
}

export type StatementSpec = {
  speakerLabel: string;
  speakerAgencyId?: string;
  speakerPersonId?: string;
  summary?: string;
  documentIds?: readonly string[];
};

export type AgendaSpec = {
  label?: string | null;
  title: string;
  kind?: AgendaItemKind;
  standingItemId?: string;
  presenterAgencyId?: string;
  notes?: string;
  /** The meeting's level when not given. */
  confidentiality?: Confidentiality;
  statements?: readonly StatementSpec[];
};

export type ParticipantSpec = {
  agencyId?: string;
  positionId?: string;
  personId?: string;
  externalName?: string;
  externalAffiliation?: string;
  role?: ParticipantRole;
  attendance: AttendanceStatus;
  representedById?: string;
  representedByName?: string;
};

export type MeetingSpec = {
  committeeId: string;
  seriesId?: string;
  recurrenceStart?: Date;
  sequence?: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue?: string;
  room?: string;
  onlineUrl?: string;
  status: MeetingStatus;
  chairPersonId?: string;
  chairAgencyId?: string;
  chairLabel?: string;
  agendaAdoptedAt?: Date;
  nextMeetingNote?: string;
  journalNotes?: string;
  confidentiality?: Confidentiality;
  timeMarks?: readonly (readonly [TimeMarkKind, Date])[];
  agenda: readonly AgendaSpec[];
  participants?: readonly ParticipantSpec[];
};

/** Creates the meeting; returns its id and its agenda item ids in agenda order. */
export async function buildMeeting(db: Db, spec: MeetingSpec) {
  const { agenda, participants, timeMarks, ...data } = spec;
  // One nested write per meeting: the query compiler's per-call cost dominates on SQLite.
  const meeting = await db.meeting.create({
    data: {
      ...data,
      timeMarks: { create: (timeMarks ?? []).map(([kind, at]) => ({ kind, at })) },
      participations: { createMany: { data: (participants ?? []).map((p) => ({ ...p })) } },
      agendaItems: {
        create: agenda.map(({ statements, ...item }, index) => ({
          ...item,
          order: index + 1,
          confidentiality: item.confidentiality ?? spec.confidentiality,
          statements: {
            create: (statements ?? []).map(({ documentIds, ...statement }, order) => ({
              ...statement,
              order: order + 1,
              documentLinks: { create: (documentIds ?? []).map((documentId) => ({ documentId })) },
            })),
          },
        })),
      },
    },
    select: { id: true, agendaItems: { select: { id: true }, orderBy: { order: "asc" } } },
  });
  const itemIds = meeting.agendaItems.map((item) => item.id);
  return {
    id: meeting.id,
    itemIds,
    /** The id of the agenda item at a 1-based position. */
    item(order: number): string {
      const id = itemIds[order - 1];
      if (!id) throw new Error(`No agenda item ${order} in ${spec.title}`);
      return id;
    },
  };
}

export type DocumentSpec = Omit<Prisma.DocumentUncheckedCreateInput, "links"> & {
  kind: DocumentKind;
  confidentiality?: Confidentiality;
  agendaItemIds?: readonly string[];
};

export type DecisionSpec = Omit<Prisma.DecisionUncheckedCreateInput, "documentLinks"> & {
  adoption?: DecisionAdoption;
  status?: DecisionStatus;
  confidentiality?: Confidentiality;
  documentIds?: readonly string[];
};

/** Rows of a link table naming each id under `key` (a document's agenda items, a decision's documents). */
function linksTo<K extends string>(key: K, ids: readonly string[] = []) {
  return { create: ids.map((id) => ({ [key]: id }) as Record<K, string>) };
}

/** A document linked to the agenda items it was issued for; returns its id. */
export async function buildDocument(db: Db, { agendaItemIds, ...data }: DocumentSpec) {
  return (await db.document.create({ data: { ...data, links: linksTo("agendaItemId", agendaItemIds) }, select: { id: true } })).id;
}

/** A decision citing the documents named; returns its id. */
export async function buildDecision(db: Db, { documentIds, ...data }: DecisionSpec) {
  return (await db.decision.create({ data: { ...data, documentLinks: linksTo("documentId", documentIds) }, select: { id: true } })).id;
}

export type ActionSpec = Omit<Prisma.ActionUncheckedCreateInput, "updates"> & {
  /** Its history of status updates, oldest first. */
  updates?: readonly Omit<Prisma.ActionUpdateUncheckedCreateWithoutActionInput, "id">[];
};

/** An action owned by a post, with its history of updates. */
export function buildAction(db: Db, { updates, ...data }: ActionSpec) {
  return db.action.create({
    data: { ...data, ...(updates ? { updates: { create: updates.map((u) => ({ ...u })) } } : {}) },
    select: { id: true, title: true },
  });
}

/** Lets the people named see a confidential record, as granted by `grantedById`. */
export function buildGrants(db: Db, entity: string, entityId: string, personIds: readonly string[], grantedById: string) {
  return db.accessGrant.createMany({ data: personIds.map((personId) => ({ entity, entityId, personId, grantedById })) });
}

export type InstrumentSpec = Omit<Prisma.InstrumentUncheckedCreateInput, "provisions"> & {
  provisions: readonly { reference: string; title: string; summary?: string }[];
};

/** An instrument with its provisions; returns the provisions' ids by reference. */
export function buildInstrument(db: Db, { provisions, ...data }: InstrumentSpec) {
  return db.instrument.create({
    data: { ...data, provisions: { create: provisions.map((p) => ({ ...p })) } },
    select: { id: true, code: true, provisions: { select: { id: true, reference: true } } },
  });
}

export type ResponsibilitySpec = Omit<Prisma.ResponsibilityUncheckedCreateInput, "assignments"> & {
  raci?: readonly { role: string; agencyId: string; positionId?: string; note?: string }[];
};

/** A responsibility of the catalogue and who is responsible, accountable, consulted or informed. */
export function buildResponsibility(db: Db, { raci, ...data }: ResponsibilitySpec) {
  return db.responsibility.create({
    data: { ...data, ...(raci ? { assignments: { create: raci.map((r) => ({ ...r })) } } : {}) },
    select: { id: true },
  });
}

export function buildObligation(db: Db, data: Prisma.ReportingObligationUncheckedCreateInput) {
  return db.reportingObligation.create({ data, select: { id: true } });
}

export function buildHandover(db: Db, data: Prisma.HandoverUncheckedCreateInput) {
  return db.handover.create({ data, select: { id: true } });
}

/** Numbers per committee and year ("Decision No. 3/2026", "NAIC/2026/3"), in creation order. */
export function counter() {
  const next = new Map<string, number>();
  return (key: string) => {
    const value = (next.get(key) ?? 0) + 1;
    next.set(key, value);
    return value;
  };
}
