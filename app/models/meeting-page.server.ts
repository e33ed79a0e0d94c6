// What the meeting page and the printable journal show: the agenda with its documents, statements and
// decisions, the open actions under "matters arising", and the attendance — each part scoped to what
// the reader may see.
import { EXTERNAL_KIND_ORDER, participantKind, type ParticipantKind } from "~/domain/participants";
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { canSee, type AccessContext } from "~/domain/access";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { accessSqlParams, visibleActions, visibleActionsSql, visibleDecisionsSql, visibleDocumentsSql, visibleMeetings, type AccessSqlParams } from "~/permissions.server";
import { fromSqlDate, readQuery, readSnapshot, sqlDate, sqlList } from "~/read-db.server";
import { agencyLabel, personName } from "~/domain/labels";
import { CALLED_OFF_MEETING_STATUSES } from "~/domain/vocabulary";
import { actionListOrder, actionSummaryOf } from "./action-list.server";

// The agenda on the raw read path (decision 012): four statements whatever the number of items —
// the items with their presenters, the decisions and the statements under them, and every visible
// document linked to any of the three — where Prisma's nested select ran ten, each compiled anew.
type LinkRow = { id: string; documentId: string; symbol: string | null; title: string; agendaItemId: string | null; decisionId: string | null; statementId: string | null };
type AgendaLink = { id: string; document: { id: string; symbol: string | null; title: string } };

const agendaItemsQuery = readQuery<
  { meetingId: string },
  {
    id: string;
    order: number;
    label: string | null;
    title: string;
    kind: string;
    notes: string | null;
    confidentiality: string;
    presenterId: string | null;
    presenterName: string | null;
    presenterAcronym: string | null;
  }
>(`
  SELECT i.id, i."order", i.label, i.title, i.kind, i.notes, i.confidentiality,
         ag.id AS presenterId, ag.name AS presenterName, ag.acronym AS presenterAcronym
  FROM AgendaItem i LEFT JOIN Agency ag ON ag.id = i.presenterAgencyId
  WHERE i.meetingId = @meetingId AND i.archivedAt IS NULL
  ORDER BY i."order", i.createdAt
  LIMIT 200`);

const agendaDecisionsQuery = readQuery<
  AccessSqlParams & { ids: string },
  {
    id: string;
    agendaItemId: string;
    year: number;
    serial: number;
    title: string;
    status: string;
    adoption: string;
    votesFor: number | null;
    votesAgainst: number | null;
    votesAbstaining: number | null;
  }
>(`
  SELECT d.id, d.agendaItemId, d.year, d.serial, d.title, d.status, d.adoption, d.votesFor, d.votesAgainst, d.votesAbstaining
  FROM Decision d
  WHERE d.agendaItemId IN (SELECT value FROM json_each(@ids)) AND d.archivedAt IS NULL AND ${visibleDecisionsSql("d")}
  ORDER BY d.year, d.serial`);

const agendaStatementsQuery = readQuery<{ ids: string }, { id: string; agendaItemId: string; speakerLabel: string; summary: string | null }>(`
  SELECT st.id, st.agendaItemId, st.speakerLabel, st.summary
  FROM Statement st
  WHERE st.agendaItemId IN (SELECT value FROM json_each(@ids)) AND st.archivedAt IS NULL
  ORDER BY st."order"`);

const agendaLinksQuery = readQuery<AccessSqlParams & { items: string; decisions: string; statements: string }, LinkRow>(`
  SELECT l.id, doc.id AS documentId, doc.symbol, doc.title, l.agendaItemId, l.decisionId, l.statementId
  FROM DocumentLink l JOIN Document doc ON doc.id = l.documentId
  WHERE l.archivedAt IS NULL AND ${visibleDocumentsSql("doc")}
    AND (l.agendaItemId IN (SELECT value FROM json_each(@items))
      OR l.decisionId IN (SELECT value FROM json_each(@decisions))
      OR l.statementId IN (SELECT value FROM json_each(@statements)))
  ORDER BY l.createdAt, l.id`);

function linksBy(rows: LinkRow[], key: "agendaItemId" | "decisionId" | "statementId") {
  const by = new Map<string, AgendaLink[]>();
  for (const row of rows) {
    const owner = row[key];
    if (!owner) continue;
    const list = by.get(owner) ?? [];
    list.push({ id: row.id, document: { id: row.documentId, symbol: row.symbol, title: row.title } });
    by.set(owner, list);
  }
  return by;
}

export async function meetingAgenda(ctx: AccessContext, meeting: { id: string; committeeId: string }) {
  const access = accessSqlParams(ctx);
  const { items, decisions, statements, links } = readSnapshot(() => {
    const items = agendaItemsQuery.all({ meetingId: meeting.id });
    const ids = sqlList(items.map((i) => i.id));
    const decisions = agendaDecisionsQuery.all({ ...access, ids });
    const statements = agendaStatementsQuery.all({ ids });
    const links = agendaLinksQuery.all({
      ...access,
      items: ids,
      decisions: sqlList(decisions.map((d) => d.id)),
      statements: sqlList(statements.map((st) => st.id)),
    });
    return { items, decisions, statements, links };
  });
  const itemLinks = linksBy(links, "agendaItemId");
  const decisionLinks = linksBy(links, "decisionId");
  const statementLinks = linksBy(links, "statementId");
  const agenda = items.map((i) => ({
    id: i.id,
    order: i.order,
    label: i.label,
    title: i.title,
    kind: i.kind,
    notes: i.notes,
    confidentiality: i.confidentiality,
    presenterAgency: i.presenterId ? { id: i.presenterId, name: i.presenterName ?? "", acronym: i.presenterAcronym } : null,
    documentLinks: itemLinks.get(i.id) ?? [],
    decisions: decisions
      .filter((d) => d.agendaItemId === i.id)
      .map(({ agendaItemId: _item, ...d }) => ({ ...d, documentLinks: decisionLinks.get(d.id) ?? [] })),
    statements: statements
      .filter((st) => st.agendaItemId === i.id)
      .map(({ agendaItemId: _item, ...st }) => ({ ...st, documentLinks: statementLinks.get(st.id) ?? [] })),
  }));
  // Agenda items carry their own level (a closed item in an open meeting).
  return agenda.filter((item) => canSee(ctx, "agendaItem", { ...item, committeeId: meeting.committeeId }));
}

// Matters arising on the raw read path: the committee's open actions from before this meeting — set
// at an earlier meeting, or between meetings — never from this meeting itself, within clearance.
// "+x.archivedAt" keeps the planner on (committeeId, status): the covering indexes that start with
// (status, archivedAt) would walk every active action of every committee (5 ms against 0.7 at large).
const ARISING_WHERE = `
  x.committeeId = @committeeId AND x.status IN (${ACTIVE_ACTION_STATUSES.map((status) => `'${status}'`).join(", ")}) AND +x.archivedAt IS NULL
  AND ((x.meetingId IS NULL AND x.createdAt < @startsAt)
    OR (x.meetingId <> @meetingId AND EXISTS (SELECT 1 FROM Meeting m WHERE m.id = x.meetingId AND m.startsAt < @startsAt)))
  AND ${visibleActionsSql("x")}`;
type ArisingParams = AccessSqlParams & { committeeId: string; meetingId: string; startsAt: string };

const arisingQuery = readQuery<
  ArisingParams,
  { id: string; title: string; status: string; dueDate: string | null; positionTitle: string; agencyName: string; agencyAcronym: string | null }
>(`
  SELECT x.id, x.title, x.status, x.dueDate, po.title AS positionTitle, ag.name AS agencyName, ag.acronym AS agencyAcronym
  FROM Action x JOIN Position po ON po.id = x.ownerPositionId JOIN Agency ag ON ag.id = x.ownerAgencyId
  WHERE ${ARISING_WHERE}
  ORDER BY x.dueDate IS NULL, x.dueDate, x.id
  LIMIT 25`);
const arisingCountQuery = readQuery<ArisingParams, { total: number }>(`SELECT count(*) AS total FROM Action x WHERE ${ARISING_WHERE}`);

export async function listMattersArising(ctx: AccessContext, meeting: { id: string; committeeId: string; startsAt: Date }) {
  const params: ArisingParams = { ...accessSqlParams(ctx), committeeId: meeting.committeeId, meetingId: meeting.id, startsAt: sqlDate(meeting.startsAt) };
  const { rows, total } = readSnapshot(() => ({ rows: arisingQuery.all(params), total: arisingCountQuery.get(params)?.total ?? 0 }));
  return { actions: rows.map(actionSummaryOf), total };
}

const attendanceQuery = readQuery<{ meetingId: string }, { attendance: string; n: number }>(
  `SELECT attendance, count(*) AS n FROM Participation WHERE meetingId = @meetingId AND archivedAt IS NULL GROUP BY attendance`,
);

/** How many participants have each attendance (invited, present …), on the raw read path. */
export function attendanceSummary(meetingId: string): Record<string, number> {
  return Object.fromEntries(attendanceQuery.all({ meetingId }).map((g) => [g.attendance, g.n]));
}

/** The documents of the meeting the reader may see, undated last, by symbol (tests/integration/meeting-read.test.ts checks them against Prisma). */
const meetingDocumentsQuery = readQuery<
  AccessSqlParams & { meetingId: string },
  { id: string; symbol: string | null; title: string; kind: string; issuedOn: string | null; languages: string; confidentiality: string }
>(`
  SELECT d.id, d.symbol, d.title, d.kind, d.issuedOn, d.languages, d.confidentiality
  FROM Document d
  WHERE d.meetingId = @meetingId AND d.archivedAt IS NULL AND ${visibleDocumentsSql("d")}
  ORDER BY d.issuedOn IS NULL, d.issuedOn, d.symbol, d.id
  LIMIT 100`);

export function meetingDocuments(ctx: AccessContext, meetingId: string) {
  return meetingDocumentsQuery.all({ ...accessSqlParams(ctx), meetingId }).map((d) => ({ ...d, issuedOn: fromSqlDate(d.issuedOn) }));
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
    meetingDocuments(ctx, meeting.id),
    journalAttendance(meeting.id),
    listActionsArising(ctx, meeting.id),
    nextMeetingOf(ctx, meeting),
  ]);
  return { agenda, journalSymbol: documents.find((d) => d.kind === "journal")?.symbol ?? null, attendance, actions, next };
}
