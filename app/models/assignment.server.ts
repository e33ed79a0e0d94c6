import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { endDateError, findClash, type Clash, type HeldTenure } from "~/domain/assignment-rules";
import type { AssignmentData } from "~/schemas/assignment";
import { recordAudit } from "./audit.server";

const assignmentFields = {
  id: true,
  positionId: true,
  personId: true,
  startDate: true,
  plannedEndDate: true,
  endDate: true,
  acting: true,
  notes: true,
} satisfies Prisma.AssignmentSelect;

async function tenuresOf(db: Prisma.TransactionClient, positionId: string): Promise<HeldTenure[]> {
  const rows = await db.assignment.findMany({
    where: { positionId },
    select: {
      id: true,
      personId: true,
      startDate: true,
      plannedEndDate: true,
      endDate: true,
      acting: true,
      person: { select: { givenName: true, familyName: true } },
    },
  });
  return rows.map(({ person, ...t }) => ({ ...t, personName: `${person.givenName} ${person.familyName}` }));
}

export type AssignResult = { ok: true; id: string } | { ok: false; clash: Clash } | { ok: false; field: "personId"; error: string };

/**
 * Records a tenure. The clash check runs in the same transaction as the write, so two secretaries
 * assigning the same post at once cannot both succeed.
 */
export function assignPerson(actorId: string, positionId: string, data: AssignmentData): Promise<AssignResult> {
  return prisma.$transaction(async (tx): Promise<AssignResult> => {
    const person = await tx.person.findFirst({ where: { id: data.personId, archivedAt: null }, select: { id: true } });
    if (!person) return { ok: false, field: "personId", error: "assignment.error.personMissing" };
    const clash = findClash(await tenuresOf(tx, positionId), data);
    if (clash) return { ok: false, clash };
    const created = await tx.assignment.create({ data: { ...data, positionId }, select: assignmentFields });
    await recordAudit(tx, { actorId, entity: "assignment", entityId: created.id, action: "create", after: created });
    return { ok: true, id: created.id };
  });
}

/** Closes a tenure with its actual end date (appended history: an ended tenure is not reopened). */
export function endAssignment(actorId: string, positionId: string, assignmentId: string, endDate: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.assignment.findFirst({ where: { id: assignmentId, positionId }, select: assignmentFields });
    if (!before) return { ok: false as const, error: "assignment.error.missing" };
    const error = endDateError(before, endDate);
    if (error) return { ok: false as const, error };
    const after = await tx.assignment.update({ where: { id: assignmentId }, data: { endDate }, select: assignmentFields });
    await recordAudit(tx, { actorId, entity: "assignment", entityId: assignmentId, action: "end", before, after });
    return { ok: true as const };
  });
}
