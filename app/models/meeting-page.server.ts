// What the meeting page and the printable journal show: the agenda with its documents, statements and
// decisions, the open actions under "matters arising", and the attendance — each part scoped to what
// the reader may see.
import { EXTERNAL_KIND_ORDER, participantKind, type ParticipantKind } from "~/domain/participants";
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { canSee, type AccessContext } from "~/domain/access";
import { visibleActions, visibleDecisions, visibleDocuments, visibleMeetings } from "~/permissions.server";
import { agencyLabel, personName } from "~/domain/labels";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { actionListOrder, actionSummarySelect } from "./action-list.server";
import { decisionSummarySelect } from "./decision-list.server";
import { CALLED_OFF_MEETING_STATUSES } from "~/domain/vocabulary";

const linkSelect = { id: true, document: { select: { id: true, symbol: true, title: true } } } satisfies Prisma.DocumentLinkSelect;

export async function meetingAgenda(ctx: AccessContext, meeting: { id: string; committeeId: string }) {
  const items = await prisma.agendaItem.findMany({
    where: { meetingId: meeting.id, archivedAt: null },
    orderBy: [{ order: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      order: true,
      label: true,
      title: true,
      kind: true,
      notes: true,
      confidentiality: true,
      presenterAgency: { select: { id: true, name: true, acronym: true } },
      documentLinks: { where: { archivedAt: null, document: visibleDocuments(ctx) }, orderBy: { createdAt: "asc" }, select: linkSelect },
      decisions: {
        where: { AND: [{ archivedAt: null }, visibleDecisions(ctx)] },
        orderBy: [{ year: "asc" }, { serial: "asc" }],
        select: {
          ...decisionSummarySelect,
          adoption: true,
          votesFor: true,
          votesAgainst: true,
          votesAbstaining: true,
          documentLinks: { where: { archivedAt: null, document: visibleDocuments(ctx) }, orderBy: { createdAt: "asc" }, select: linkSelect },
        },
      },
      statements: {
        where: { archivedAt: null },
        orderBy: { order: "asc" },
        select: { id: true, speakerLabel: true, summary: true, documentLinks: { where: { archivedAt: null, document: visibleDocuments(ctx) }, select: linkSelect } },
      },
    },
  });
  // Agenda items carry their own level (a closed item in an open meeting).
  return items.filter((item) => canSee(ctx, "agendaItem", { ...item, committeeId: meeting.committeeId }));
}

/** The committee's open actions from before this meeting, for its "matters arising" item. */
export async function listMattersArising(ctx: AccessContext, meeting: { id: string; committeeId: string; startsAt: Date }) {
  const where: Prisma.ActionWhereInput = {
    AND: [
      { committeeId: meeting.committeeId, status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null },
      // Arising from earlier meetings (or set between meetings), never from this meeting itself.
      {
        OR: [
          { meetingId: null, createdAt: { lt: meeting.startsAt } },
          { meetingId: { not: meeting.id }, meeting: { startsAt: { lt: meeting.startsAt } } },
        ],
      },
      visibleActions(ctx),
    ],
  };
  const [actions, total] = await Promise.all([
    prisma.action.findMany({
      where,
      orderBy: actionListOrder,
      take: 25,
      select: actionSummarySelect,
    }),
    prisma.action.count({ where }),
  ]);
  return { actions, total };
}

export async function attendanceSummary(meetingId: string) {
  const groups = await prisma.participation.groupBy({
    by: ["attendance"],
    where: { meetingId, archivedAt: null },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.attendance, g._count._all]));
}

export function listMeetingDocuments(ctx: AccessContext, meetingId: string) {
  return prisma.document.findMany({
    where: { AND: [{ meetingId, archivedAt: null }, visibleDocuments(ctx)] },
    orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { symbol: "asc" }],
    take: 100,
    select: { id: true, symbol: true, title: true, kind: true, issuedOn: true, languages: true, confidentiality: true },
  });
}

function attendeeRank(kind: ParticipantKind): number {
  return kind === "post" || kind === "person" ? 0 : 1 + EXTERNAL_KIND_ORDER.indexOf(kind);
}

/** Who attended (present or represented), for the journal's attendance list. */
export async function journalAttendance(meetingId: string) {
  const rows = await prisma.participation.findMany({
    where: { meetingId, archivedAt: null, attendance: { in: ["present", "represented"] } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      role: true,
      attendance: true,
      representedByName: true,
      externalName: true,
      externalAffiliation: true,
      externalKind: true,
      agency: { select: { name: true, acronym: true } },
      position: { select: { title: true } },
      person: { select: { givenName: true, familyName: true } },
    },
  });
  // The directory's posts and people first, then delegations, organisations and experts (stable within each).
  const ranked = rows.map((p) => ({ p, kind: participantKind(p) }));
  ranked.sort((a, b) => attendeeRank(a.kind) - attendeeRank(b.kind));
  return ranked.map(({ p, kind }) => ({
    id: p.id,
    role: p.role,
    kind,
    name: p.externalName ?? (p.person ? personName(p.person) : (p.position?.title ?? "")),
    affiliation: p.externalName ? p.externalAffiliation : [p.person ? p.position?.title : null, p.agency ? agencyLabel(p.agency) : null].filter(Boolean).join(", ") || null,
    representedBy: p.attendance === "represented" ? p.representedByName : null,
  }));
}

/** The actions this meeting decided (arising from it), for the journal. */
export function listActionsArising(ctx: AccessContext, meetingId: string) {
  return prisma.action.findMany({
    where: { AND: [{ meetingId, archivedAt: null }, visibleActions(ctx)] },
    orderBy: actionListOrder,
    take: 100,
    select: { id: true, title: true, dueDate: true, ownerPosition: { select: { title: true } }, ownerAgency: { select: { name: true, acronym: true } } },
  });
}

/** The committee's next meeting after this one that the reader may see (not cancelled or postponed). */
export function nextMeetingOf(ctx: AccessContext, meeting: { id: string; committeeId: string; startsAt: Date }) {
  return prisma.meeting.findFirst({
    where: {
      AND: [
        { committeeId: meeting.committeeId, startsAt: { gt: meeting.startsAt }, archivedAt: null, status: { notIn: [...CALLED_OFF_MEETING_STATUSES] }, id: { not: meeting.id } },
        visibleMeetings(ctx),
      ],
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, timeZone: true, venue: true, room: true },
  });
}

/** Everything the journal shows, for the printable page and the circulated email alike. */
export async function journalContent(ctx: AccessContext, meeting: { id: string; committeeId: string; startsAt: Date }) {
  const [agenda, documents, attendance, actions, next] = await Promise.all([
    meetingAgenda(ctx, meeting),
    listMeetingDocuments(ctx, meeting.id),
    journalAttendance(meeting.id),
    listActionsArising(ctx, meeting.id),
    nextMeetingOf(ctx, meeting),
  ]);
  return { agenda, journalSymbol: documents.find((d) => d.kind === "journal")?.symbol ?? null, attendance, actions, next };
}
