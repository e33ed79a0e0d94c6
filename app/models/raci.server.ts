// RACI lines: the role of an agency, or one of its posts, on a responsibility. A withdrawn role is
// archived, not deleted, so the matrix keeps its history.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { RaciRole } from "~/domain/vocabulary";
import { recordAudit } from "./audit.server";

const raciFields = {
  id: true,
  responsibilityId: true,
  agencyId: true,
  positionId: true,
  role: true,
  note: true,
  archivedAt: true,
} satisfies Prisma.ResponsibilityAssignmentSelect;

export type NewRole = { responsibilityId: string; agencyId: string; positionId: string | null; role: RaciRole; note: string | null };

/** Database checks of a new role; field errors keyed like the form. */
export async function checkNewRole(data: NewRole): Promise<Record<string, string[]>> {
  const [responsibility, agency, position, duplicate] = await Promise.all([
    prisma.responsibility.findFirst({ where: { id: data.responsibilityId, archivedAt: null }, select: { id: true } }),
    prisma.agency.findFirst({ where: { id: data.agencyId, archivedAt: null }, select: { id: true } }),
    data.positionId ? prisma.position.findFirst({ where: { id: data.positionId, archivedAt: null }, select: { agencyId: true } }) : null,
    prisma.responsibilityAssignment.findFirst({
      where: { responsibilityId: data.responsibilityId, agencyId: data.agencyId, positionId: data.positionId, role: data.role, archivedAt: null },
      select: { id: true },
    }),
  ]);
  const errors: Record<string, string[]> = {};
  if (!responsibility) errors.responsibilityId = ["raci.error.responsibilityMissing"];
  if (!agency) errors.agencyId = ["raci.error.agencyMissing"];
  if (data.positionId && (!position || position.agencyId !== data.agencyId)) errors.positionId = ["raci.error.postNotInAgency"];
  if (duplicate) errors.role = ["raci.error.duplicate"];
  return errors;
}

export function addRole(actorId: string, data: NewRole) {
  return prisma.$transaction(async (tx) => {
    const created = await tx.responsibilityAssignment.create({ data, select: raciFields });
    await recordAudit(tx, { actorId, entity: "responsibility_assignment", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function getRoleLine(id: string) {
  return prisma.responsibilityAssignment.findFirst({ where: { id, archivedAt: null }, select: raciFields });
}

export function withdrawRole(actorId: string, id: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.responsibilityAssignment.findUniqueOrThrow({ where: { id }, select: raciFields });
    const after = await tx.responsibilityAssignment.update({ where: { id }, data: { archivedAt: now }, select: raciFields });
    await recordAudit(tx, { actorId, entity: "responsibility_assignment", entityId: id, action: "archive", before, after });
    return after;
  });
}

/** One cell of the matrix being edited: the agency's lines on the responsibility and its posts. */
export async function loadCell(responsibilityId: string, agencyId: string) {
  const [responsibility, agency, lines, posts] = await Promise.all([
    prisma.responsibility.findFirst({ where: { id: responsibilityId, archivedAt: null }, select: { id: true, title: true } }),
    prisma.agency.findFirst({ where: { id: agencyId, archivedAt: null }, select: { id: true, name: true, acronym: true } }),
    prisma.responsibilityAssignment.findMany({
      where: { responsibilityId, agencyId, archivedAt: null },
      orderBy: [{ role: "asc" }, { id: "asc" }],
      select: { id: true, role: true, note: true, position: { select: { id: true, title: true } } },
    }),
    prisma.position.findMany({ where: { agencyId, archivedAt: null }, orderBy: { title: "asc" }, take: 500, select: { id: true, title: true } }),
  ]);
  if (!responsibility || !agency) return null;
  return { responsibility, agency, lines, posts };
}
