// The documents register: symbols ("FSC.DEC/1/18"), titles, dates, language versions and levels.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import type { DocumentData } from "~/schemas/document";
import { visibleCommittees, visibleDocuments, visibleMeetings } from "~/permissions.server";
import type { FieldErrors } from "~/submissions/form-result";
import { keptOut, referenceErrors, requireReferences, type References } from "~/submissions/references.server";
import { agencyOptions } from "./agency.server";
import { recordAudit } from "./audit.server";
import { committeeOptions } from "./committee.server";
import { claimVersion, nextVersion } from "./record-version.server";

const documentFields = {
  id: true,
  symbol: true,
  title: true,
  kind: true,
  issuedOn: true,
  languages: true,
  url: true,
  committeeId: true,
  meetingId: true,
  agencyId: true,
  confidentiality: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.DocumentSelect;

export async function listDocuments(
  ctx: AccessContext,
  { q, committeeId, kind, skip, take }: { q: string | null; committeeId: string | null; kind: string | null; skip: number; take: number },
) {
  const where: Prisma.DocumentWhereInput = {
    AND: [
      { archivedAt: null, ...(committeeId ? { committeeId } : {}), ...(kind ? { kind } : {}) },
      ...(q ? [{ OR: [{ symbol: { startsWith: q } }, { title: { contains: q } }] }] : []),
      visibleDocuments(ctx),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.document.findMany({
      where,
      orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        symbol: true,
        title: true,
        kind: true,
        issuedOn: true,
        languages: true,
        confidentiality: true,
        committee: { select: { id: true, name: true, shortName: true } },
        meeting: { select: { id: true, title: true } },
      },
    }),
    prisma.document.count({ where }),
  ]);
  return { rows, total };
}

/** What deciding who may see a document needs, and what its files page shows of it. */
export function getDocumentForAccess(id: string) {
  return prisma.document.findUnique({
    where: { id },
    select: { id: true, symbol: true, title: true, languages: true, confidentiality: true, committeeId: true, agencyId: true, archivedAt: true },
  });
}

export function getDocument(id: string) {
  return prisma.document.findUnique({
    where: { id },
    select: {
      ...documentFields,
      committee: { select: { id: true, name: true, shortName: true } },
      meeting: { select: { id: true, title: true, startsAt: true, timeZone: true } },
      agency: { select: { id: true, name: true, acronym: true } },
      links: {
        where: { archivedAt: null },
        take: 50,
        select: {
          id: true,
          agendaItem: { select: { id: true, title: true, meeting: { select: { id: true, title: true, confidentiality: true, committeeId: true } } } },
          statement: { select: { speakerLabel: true, agendaItem: { select: { id: true, title: true, meeting: { select: { id: true, title: true, confidentiality: true, committeeId: true } } } } } },
        },
      },
    },
  });
}

export async function documentFormOptions(ctx: AccessContext, meetingId?: string | null) {
  const [committees, agencies, meeting] = await Promise.all([
    committeeOptions(ctx),
    agencyOptions(),
    meetingId
      ? prisma.meeting.findFirst({ where: { AND: [{ id: meetingId }, visibleMeetings(ctx)] }, select: { id: true, title: true, committeeId: true, startsAt: true, timeZone: true } })
      : null,
  ]);
  return { committees, agencies, meeting };
}

/**
 * What a document refers to (docs/decisions/029): a committee and a meeting the reader can see, the
 * meeting one of that committee's, an agency in use.
 */
export function documentReferences(ctx: AccessContext, data: Pick<DocumentData, "committeeId" | "meetingId" | "agencyId">): References {
  return {
    committeeId: { kind: "committee", id: data.committeeId, where: visibleCommittees(ctx), error: "committee.error.committeeMissing" },
    meetingId: [
      { kind: "meeting", id: data.meetingId, where: visibleMeetings(ctx), error: "document.error.meetingMissing" },
      ...(data.committeeId ? [{ kind: "meeting" as const, id: data.meetingId, where: { committeeId: data.committeeId }, error: "reference.error.meetingOtherCommittee" as const }] : []),
    ],
    agencyId: { kind: "agency", id: data.agencyId },
  };
}

/** Database checks: the symbol is not already registered, the references hold. */
export async function checkDocument(ctx: AccessContext, id: string | null, data: DocumentData) {
  const errors: FieldErrors = {};
  if (data.symbol) {
    const clash = await prisma.document.findFirst({ where: { symbol: data.symbol, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
    if (clash) errors.symbol = ["document.error.symbolTaken"];
  }
  const current = id ? await prisma.document.findUnique({ where: { id }, select: documentFields }) : null;
  return { ...errors, ...(await referenceErrors(prisma, keptOut(documentReferences(ctx, data), current))) };
}

export function createDocument(ctx: AccessContext, actorId: string, data: DocumentData) {
  return prisma.$transaction(async (tx) => {
    await requireReferences(tx, documentReferences(ctx, data));
    const created = await tx.document.create({ data, select: documentFields });
    await recordAudit(tx, { actorId, entity: "document", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function updateDocument(ctx: AccessContext, actorId: string, id: string, { version, ...data }: DocumentData & { version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.document.findUniqueOrThrow({ where: { id }, select: documentFields });
    await requireReferences(tx, keptOut(documentReferences(ctx, data), before));
    await claimVersion(tx, { entity: "document", id, expected: version, current: before }, (where) =>
      tx.document.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.document.findUniqueOrThrow({ where: { id }, select: documentFields });
    await recordAudit(tx, { actorId, entity: "document", entityId: id, action: "update", before, after });
    return after;
  });
}
