// RACI lines: the role of an agency, or one of its posts, on a responsibility. A withdrawn role is
// archived, not deleted, so the matrix keeps its history.
import type { Prisma } from "@prisma/client";
import { prisma, type Db } from "~/db.server";
import type { RaciRole } from "~/domain/vocabulary";
import type { FieldErrors } from "~/submissions/form-result";
import { referenceErrors, refuseOnErrors, type References } from "~/submissions/references.server";
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

/** The records a new role refers to: the responsibility, the agency and, if named, one of its posts. */
function roleReferences(data: NewRole): References {
  return {
    responsibilityId: { kind: "responsibility", id: data.responsibilityId, error: "raci.error.responsibilityMissing" },
    agencyId: { kind: "agency", id: data.agencyId, error: "raci.error.agencyMissing" },
    positionId: { kind: "position", id: data.positionId, where: { agencyId: data.agencyId }, error: "raci.error.postNotInAgency" },
  };
}

/**
 * Database checks of a new role, field errors keyed like the form: its references hold and the same
 * line is not already there. `db` is the write's transaction when run again inside it (decision 029).
 */
async function roleErrors(db: Db, data: NewRole): Promise<FieldErrors> {
  const errors = await referenceErrors(db, roleReferences(data));
  const duplicate = await db.responsibilityAssignment.findFirst({
    where: { responsibilityId: data.responsibilityId, agencyId: data.agencyId, positionId: data.positionId, role: data.role, archivedAt: null },
    select: { id: true },
  });
  return duplicate ? { ...errors, role: ["raci.error.duplicate"] } : errors;
}

export function checkNewRole(data: NewRole): Promise<FieldErrors> {
  return roleErrors(prisma, data);
}

/** Adds the role; the checks run again in the transaction, so a line added twice at once is refused. */
export function addRole(actorId: string, data: NewRole) {
  return prisma.$transaction(async (tx) => {
    refuseOnErrors(await roleErrors(tx, data));
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
