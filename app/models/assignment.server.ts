import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { endDateError, findClash, type Clash, type HeldTenure } from "~/domain/assignment-rules";
import type { AssignmentData } from "~/schemas/assignment";
import { recordAudit } from "./audit.server";
import { addressTo, ensureHandover } from "./handover.server";
import { moveFuturePostWork } from "./post-succession.server";
import { personName } from "~/domain/labels";

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
  return rows.map(({ person, ...t }) => ({ ...t, personName: personName(person) }));
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
    const tenures = await tenuresOf(tx, positionId);
    const clash = findClash(tenures, data);
    if (clash) return { ok: false, clash };
    const created = await tx.assignment.create({ data: { ...data, positionId }, select: assignmentFields });
    await recordAudit(tx, { actorId, entity: "assignment", entityId: created.id, action: "create", after: created });
    await followNewHolder(tx, actorId, positionId, created, tenures);
    return { ok: true, id: created.id };
  });
}

/**
 * A new tenure of a post: the holder it succeeds gets a handover addressed to the newcomer (naming a
 * successor starts the handover), a handover addressed to the post finds its reader, and the post's
 * work in meetings not yet held moves to the newcomer from their first day. An acting holder takes
 * the work only when no substantive holder is in place on that day.
 */
async function followNewHolder(tx: Prisma.TransactionClient, actorId: string, positionId: string, created: { id: string; personId: string; startDate: Date; acting: boolean }, tenures: HeldTenure[]) {
  const post = await tx.position.findUniqueOrThrow({ where: { id: positionId }, select: { id: true, agencyId: true } });
  const others = tenures.filter((t) => t.personId !== created.personId);
  const coveringOn = (day: Date, acting: boolean) =>
    others.find((t) => t.acting === acting && t.startDate <= day && (t.endDate === null || t.endDate > day));
  if (!created.acting) {
    // The substantive holder until the newcomer starts (still open, or leaving on that day).
    const predecessor = others
      .filter((t) => !t.acting && t.startDate < created.startDate && (t.endDate === null || t.endDate >= created.startDate))
      .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0];
    if (predecessor) await ensureHandover(tx, actorId, post, { assignmentId: predecessor.id, personId: predecessor.personId }, created.personId);
  }
  const waiting = await tx.handover.findMany({
    where: { positionId, archivedAt: null, incomingPersonId: null, acknowledgedAt: null, OR: [{ outgoingPersonId: null }, { outgoingPersonId: { not: created.personId } }] },
    take: 20,
    select: { id: true },
  });
  for (const h of waiting) await addressTo(tx, actorId, h.id, created.personId);
  if (created.acting && coveringOn(created.startDate, false)) return;
  await moveFuturePostWork(tx, actorId, {
    positionId,
    agencyId: post.agencyId,
    fromPersonIds: [...new Set(others.map((t) => t.personId))],
    toPersonId: created.personId,
    from: created.startDate,
    // Nobody else holds the post on the newcomer's first day: what was left unnamed while it was
    // vacant is theirs.
    wasVacant: !coveringOn(created.startDate, false) && !coveringOn(created.startDate, true),
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
    const post = await tx.position.findUniqueOrThrow({ where: { id: positionId }, select: { id: true, agencyId: true } });
    // Whoever holds the post after the leaver: a substantive holder first, else an acting one.
    const next = (await tenuresOf(tx, positionId))
      .filter((t) => t.id !== assignmentId && t.personId !== before.personId && (t.endDate === null || t.endDate > endDate))
      .sort((a, b) => Number(a.acting) - Number(b.acting) || a.startDate.getTime() - b.startDate.getTime())[0];
    // Ending a tenure starts its handover (if none yet), addressed to the successor once known.
    if (!before.acting) await ensureHandover(tx, actorId, post, { assignmentId, personId: before.personId }, next && !next.acting ? next.personId : null);
    await moveFuturePostWork(tx, actorId, {
      positionId,
      agencyId: post.agencyId,
      fromPersonIds: [before.personId],
      toPersonId: next && next.startDate <= endDate ? next.personId : null,
      from: endDate,
    });
    return { ok: true as const };
  });
}
