// A meeting's agenda: ordered items, the documents attached to them, the statements made under them,
// and the adoption of the agenda. Removing archives; every change is audited.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { moveItem } from "~/domain/agenda";
import { visibleDocuments } from "~/permissions.server";
import { keptOut, requireReferences } from "~/submissions/references.server";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";

const itemFields = {
  id: true,
  meetingId: true,
  order: true,
  label: true,
  title: true,
  kind: true,
  presenterAgencyId: true,
  notes: true,
  confidentiality: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.AgendaItemSelect;

export function listAgendaItems(meetingId: string) {
  return prisma.agendaItem.findMany({
    where: { meetingId, archivedAt: null },
    orderBy: [{ order: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: { ...itemFields, presenterAgency: { select: { id: true, name: true, acronym: true } } },
  });
}

export function getAgendaItem(meetingId: string, itemId: string) {
  return prisma.agendaItem.findFirst({ where: { id: itemId, meetingId, archivedAt: null }, select: itemFields });
}

export function addAgendaItem(
  actorId: string,
  meeting: { id: string; confidentiality: string },
  data: { label: string | null; title: string; kind: string; presenterAgencyId: string | null },
) {
  return prisma.$transaction(async (tx) => {
    await requireReferences(tx, { presenterAgencyId: { kind: "agency", id: data.presenterAgencyId } });
    const last = await tx.agendaItem.findFirst({ where: { meetingId: meeting.id, archivedAt: null }, orderBy: { order: "desc" }, select: { order: true } });
    const created = await tx.agendaItem.create({
      data: { ...data, meetingId: meeting.id, order: (last?.order ?? 0) + 1, confidentiality: meeting.confidentiality },
      select: itemFields,
    });
    await recordAudit(tx, { actorId, entity: "agendaItem", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function updateAgendaItem(
  actorId: string,
  itemId: string,
  {
    version,
    ...data
  }: { label: string | null; title: string; kind: string; presenterAgencyId: string | null; notes: string | null; confidentiality: string; version: number },
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: itemFields });
    await requireReferences(tx, keptOut({ presenterAgencyId: { kind: "agency", id: data.presenterAgencyId } }, before));
    await claimVersion(tx, { entity: "agendaItem", id: itemId, expected: version, current: before }, (where) =>
      tx.agendaItem.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: itemFields });
    await recordAudit(tx, { actorId, entity: "agendaItem", entityId: itemId, action: "update", before, after });
    return after;
  });
}

/** Moves an item one place, or archives it. False when the item is not on this meeting's agenda. */
export function changeAgendaItem(actorId: string, meetingId: string, itemId: string, change: "up" | "down" | "remove", now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const items = await tx.agendaItem.findMany({ where: { meetingId, archivedAt: null }, select: { id: true, order: true } });
    if (!items.some((i) => i.id === itemId)) return false;
    if (change === "remove") {
      const before = await tx.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: itemFields });
      const after = await tx.agendaItem.update({ where: { id: itemId }, data: { archivedAt: now, ...nextVersion }, select: itemFields });
      await recordAudit(tx, { actorId, entity: "agendaItem", entityId: itemId, action: "archive", before, after });
      return true;
    }
    const swap = moveItem(items, itemId, change);
    if (!swap) return true;
    for (const { id, order } of swap) {
      const previous = items.find((i) => i.id === id)?.order ?? null;
      await tx.agendaItem.update({ where: { id }, data: { order, ...nextVersion }, select: { id: true } });
      await recordAudit(tx, { actorId, entity: "agendaItem", entityId: id, action: "reorder", before: { order: previous }, after: { order } });
    }
    return true;
  });
}

/** Records (or withdraws) the adoption of the agenda. */
export function setAgendaAdopted(actorId: string, meetingId: string, adoptedAt: Date | null) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, agendaAdoptedAt: true } });
    const after = await tx.meeting.update({ where: { id: meetingId }, data: { agendaAdoptedAt: adoptedAt, ...nextVersion }, select: { id: true, agendaAdoptedAt: true } });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: meetingId, action: adoptedAt ? "adopt_agenda" : "update", before, after });
    return after;
  });
}

// ─── Documents and statements on an item ───────────────────────────────────

/** A registered document by its symbol, if the reader may see it. */
export function findVisibleDocumentBySymbol(ctx: AccessContext, symbol: string) {
  return prisma.document.findFirst({
    where: { AND: [{ symbol, archivedAt: null }, visibleDocuments(ctx)] },
    select: { id: true, symbol: true, title: true },
  });
}

export function attachDocument(actorId: string, agendaItemId: string, documentId: string) {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.documentLink.findFirst({ where: { agendaItemId, documentId, archivedAt: null }, select: { id: true } });
    if (existing) return existing;
    const link = await tx.documentLink.create({ data: { agendaItemId, documentId }, select: { id: true, documentId: true, agendaItemId: true } });
    await recordAudit(tx, { actorId, entity: "documentLink", entityId: link.id, action: "create", after: link });
    return link;
  });
}

export function detachDocument(actorId: string, agendaItemId: string, linkId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.documentLink.findFirst({
      where: { id: linkId, OR: [{ agendaItemId }, { statement: { agendaItemId } }], archivedAt: null },
      select: { id: true, documentId: true, agendaItemId: true, statementId: true, archivedAt: true },
    });
    if (!before) return false;
    const after = await tx.documentLink.update({
      where: { id: linkId },
      data: { archivedAt: now },
      select: { id: true, documentId: true, agendaItemId: true, statementId: true, archivedAt: true },
    });
    await recordAudit(tx, { actorId, entity: "documentLink", entityId: linkId, action: "archive", before, after });
    return true;
  });
}

const statementFields = { id: true, agendaItemId: true, order: true, speakerLabel: true, speakerAgencyId: true, summary: true, archivedAt: true } satisfies Prisma.StatementSelect;

export function addStatement(
  actorId: string,
  agendaItemId: string,
  data: { speakerLabel: string; speakerAgencyId: string | null; summary: string | null; documentIds: readonly string[] },
) {
  return prisma.$transaction(async (tx) => {
    await requireReferences(tx, { speakerAgencyId: { kind: "agency", id: data.speakerAgencyId } });
    const last = await tx.statement.findFirst({ where: { agendaItemId }, orderBy: { order: "desc" }, select: { order: true } });
    const created = await tx.statement.create({
      data: {
        agendaItemId,
        order: (last?.order ?? 0) + 1,
        speakerLabel: data.speakerLabel,
        speakerAgencyId: data.speakerAgencyId,
        summary: data.summary,
        documentLinks: { create: data.documentIds.map((documentId) => ({ documentId })) },
      },
      select: statementFields,
    });
    await recordAudit(tx, { actorId, entity: "statement", entityId: created.id, action: "create", after: { ...created, documentIds: data.documentIds } });
    return created;
  });
}

export function removeStatement(actorId: string, agendaItemId: string, statementId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.statement.findFirst({ where: { id: statementId, agendaItemId, archivedAt: null }, select: statementFields });
    if (!before) return false;
    const after = await tx.statement.update({ where: { id: statementId }, data: { archivedAt: now, ...nextVersion }, select: statementFields });
    await recordAudit(tx, { actorId, entity: "statement", entityId: statementId, action: "archive", before, after });
    return true;
  });
}

/** The item with its documents and statements, as the item page shows them. */
export function agendaItemDetail(ctx: AccessContext, meetingId: string, itemId: string) {
  const documentSelect = { id: true, document: { select: { id: true, symbol: true, title: true, languages: true } } } satisfies Prisma.DocumentLinkSelect;
  return prisma.agendaItem.findFirst({
    where: { id: itemId, meetingId, archivedAt: null },
    select: {
      ...itemFields,
      documentLinks: { where: { archivedAt: null, document: visibleDocuments(ctx) }, orderBy: { createdAt: "asc" }, select: documentSelect },
      statements: {
        where: { archivedAt: null },
        orderBy: { order: "asc" },
        select: {
          id: true,
          order: true,
          speakerLabel: true,
          summary: true,
          speakerAgency: { select: { name: true, acronym: true } },
          documentLinks: { where: { archivedAt: null, document: visibleDocuments(ctx) }, select: documentSelect },
        },
      },
    },
  });
}
