import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { PositionData } from "~/schemas/position";
import { actionListOrder } from "./action-list.server";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import { requireReferences } from "~/submissions/references.server";

/** A post's own fields, as its page, its forms and its audit events read them. */
export const positionFields = {
  id: true,
  agencyId: true,
  title: true,
  description: true,
  functionalEmail: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.PositionSelect;

/** Just enough to authorise a write on a post: its agency. */
/** A post's title and agency, as a list filter names it. */
export function positionLabel(id: string) {
  return prisma.position.findUnique({ where: { id }, select: { id: true, title: true, agency: { select: { acronym: true, name: true } } } });
}

export function positionOwner(id: string) {
  return prisma.position.findUnique({ where: { id }, select: { id: true, agencyId: true, title: true, archivedAt: true } });
}

export function getPositionForEdit(id: string) {
  return prisma.position.findUnique({ where: { id }, select: { ...positionFields, agency: { select: { name: true } } } });
}

/** The posts of one agency, for a select (the matrix cell editor, the CSV preview). */
export function agencyPositionOptions(agencyId: string) {
  return prisma.position.findMany({
    where: { agencyId, archivedAt: null },
    orderBy: { title: "asc" },
    take: 500,
    select: { id: true, title: true },
  });
}

export function createPosition(actorId: string, data: PositionData) {
  return prisma.$transaction(async (tx) => {
    // Checked again here (decision 029): an agency archived since the form was read refuses the post.
    await requireReferences(tx, { agencyId: { kind: "agency", id: data.agencyId, error: "position.error.agencyMissing" } });
    const created = await tx.position.create({ data, select: positionFields });
    await recordAudit(tx, { actorId, entity: "position", entityId: created.id, action: "create", after: created });
    return created;
  });
}

/** The agency of a post does not change: a post moving agency is a new post. */
export function updatePosition(actorId: string, id: string, { version, ...data }: Omit<PositionData, "agencyId"> & { version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.position.findUniqueOrThrow({ where: { id }, select: positionFields });
    await claimVersion(tx, { entity: "position", id, expected: version, current: before }, (where) =>
      tx.position.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.position.findUniqueOrThrow({ where: { id }, select: positionFields });
    await recordAudit(tx, { actorId, entity: "position", entityId: id, action: "update", before, after });
    return after;
  });
}

export function setPositionArchived(actorId: string, id: string, archived: boolean, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.position.findUniqueOrThrow({ where: { id }, select: positionFields });
    const after = await tx.position.update({ where: { id }, data: { archivedAt: archived ? now : null, ...nextVersion }, select: positionFields });
    await recordAudit(tx, { actorId, entity: "position", entityId: id, action: archived ? "archive" : "restore", before, after });
    return after;
  });
}
