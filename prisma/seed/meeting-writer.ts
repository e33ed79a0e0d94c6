// Writes one meeting with its time marks, agenda, statements and participants, plus documents and
// decisions. Shared by the national and the international meeting steps.
import type {
  AgendaItemKind,
  AttendanceStatus,
  Confidentiality,
  DecisionAdoption,
  DecisionStatus,
  DocumentKind,
  MeetingStatus,
  ParticipantRole,
  TimeMarkKind,
} from "../../app/domain/vocabulary";
import type { Tx } from "./clock";

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
  participants: readonly ParticipantSpec[];
};

/** Creates the meeting; returns its id and its agenda item ids in agenda order. */
export async function createMeeting(tx: Tx, spec: MeetingSpec) {
  const { agenda, participants, timeMarks, ...data } = spec;
  // One nested write per meeting: the query compiler's per-call cost dominates on SQLite.
  const meeting = await tx.meeting.create({
    data: {
      ...data,
      timeMarks: { create: (timeMarks ?? []).map(([kind, at]) => ({ kind, at })) },
      participations: { createMany: { data: participants.map((p) => ({ ...p })) } },
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
  return {
    id: meeting.id,
    /** The id of the agenda item at a 1-based position. */
    item(order: number): string {
      const id = meeting.agendaItems[order - 1]?.id;
      if (!id) throw new Error(`No agenda item ${order} in ${spec.title}`);
      return id;
    },
  };
}

export type DocumentSpec = {
  symbol?: string;
  title: string;
  kind: DocumentKind;
  issuedOn?: Date;
  languages?: string;
  url?: string;
  committeeId?: string;
  meetingId?: string;
  agencyId?: string;
  confidentiality?: Confidentiality;
  agendaItemIds?: readonly string[];
};

export async function createDocument(tx: Tx, { agendaItemIds, ...data }: DocumentSpec) {
  const row = await tx.document.create({
    data: { ...data, links: { create: (agendaItemIds ?? []).map((agendaItemId) => ({ agendaItemId })) } },
    select: { id: true },
  });
  return row.id;
}

export type DecisionSpec = {
  committeeId: string;
  meetingId?: string;
  agendaItemId?: string;
  year: number;
  serial: number;
  title: string;
  text: string;
  adoption?: DecisionAdoption;
  votesFor?: number;
  votesAgainst?: number;
  votesAbstaining?: number;
  status?: DecisionStatus;
  decidedOn: Date;
  supersedesId?: string;
  confidentiality?: Confidentiality;
  documentIds?: readonly string[];
};

export async function createDecision(tx: Tx, { documentIds, ...data }: DecisionSpec) {
  const row = await tx.decision.create({
    data: { ...data, documentLinks: { create: (documentIds ?? []).map((documentId) => ({ documentId })) } },
    select: { id: true },
  });
  return row.id;
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
