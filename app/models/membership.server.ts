// Member agencies of a committee and their designated posts. Memberships are closed with an end
// date, never deleted, so the record shows who sat on the committee when.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { dateOnly } from "~/schemas/calendar-fields";
import { recordAudit } from "./audit.server";

const membershipFields = {
  id: true,
  committeeId: true,
  agencyId: true,
  positionId: true,
  role: true,
  startDate: true,
  endDate: true,
} satisfies Prisma.CommitteeMembershipSelect;

/** Agencies and their posts, for the member form. */
export async function membershipOptions() {
  const agencies = await prisma.agency.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    take: 1000,
    select: {
      id: true,
      name: true,
      acronym: true,
      positions: { where: { archivedAt: null }, orderBy: { title: "asc" }, take: 200, select: { id: true, title: true } },
    },
  });
  return agencies;
}

/** The designated post must belong to the member agency. */
export async function checkMembership(agencyId: string, positionId: string | null) {
  const agency = await prisma.agency.findFirst({ where: { id: agencyId, archivedAt: null }, select: { id: true } });
  if (!agency) return { agencyId: ["committee.error.agencyMissing"] };
  if (positionId) {
    const post = await prisma.position.findFirst({ where: { id: positionId, agencyId, archivedAt: null }, select: { id: true } });
    if (!post) return { positionId: ["committee.error.postNotInAgency"] };
  }
  return {};
}

export function addMembership(
  actorId: string,
  committeeId: string,
  data: { agencyId: string; positionId: string | null; role: string; startDate: string; endDate: string | null },
) {
  return prisma.$transaction(async (tx) => {
    const created = await tx.committeeMembership.create({
      data: {
        committeeId,
        agencyId: data.agencyId,
        positionId: data.positionId,
        role: data.role,
        startDate: dateOnly(data.startDate),
        endDate: data.endDate ? dateOnly(data.endDate) : null,
      },
      select: membershipFields,
    });
    await recordAudit(tx, { actorId, entity: "committeeMembership", entityId: created.id, action: "create", after: created });
    return created;
  });
}

/** Ends a membership; returns null when it is not one of this committee's. */
export function endMembership(actorId: string, committeeId: string, membershipId: string, endDate: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.committeeMembership.findFirst({ where: { id: membershipId, committeeId }, select: membershipFields });
    if (!before) return null;
    const after = await tx.committeeMembership.update({
      where: { id: membershipId },
      data: { endDate: dateOnly(endDate) },
      select: membershipFields,
    });
    await recordAudit(tx, { actorId, entity: "committeeMembership", entityId: membershipId, action: "update", before, after });
    return after;
  });
}

// ─── Standing agenda items ────────────────────────────────────────────────

const standingFields = { id: true, committeeId: true, order: true, label: true, title: true, archivedAt: true } satisfies Prisma.StandingAgendaItemSelect;

export function addStandingItem(actorId: string, committeeId: string, data: { label: string | null; title: string }) {
  return prisma.$transaction(async (tx) => {
    const last = await tx.standingAgendaItem.findFirst({
      where: { committeeId, archivedAt: null },
      orderBy: { order: "desc" },
      select: { order: true },
    });
    const created = await tx.standingAgendaItem.create({
      data: { committeeId, order: (last?.order ?? 0) + 1, label: data.label, title: data.title },
      select: standingFields,
    });
    await recordAudit(tx, { actorId, entity: "standingAgendaItem", entityId: created.id, action: "create", after: created });
    return created;
  });
}

/** Moves an item one place up or down, or archives it. Returns false when the item is not found. */
export function changeStandingItem(actorId: string, committeeId: string, itemId: string, change: "up" | "down" | "remove", now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const items = await tx.standingAgendaItem.findMany({
      where: { committeeId, archivedAt: null },
      orderBy: { order: "asc" },
      select: standingFields,
    });
    const index = items.findIndex((i) => i.id === itemId);
    const item = items[index];
    if (!item) return false;
    if (change === "remove") {
      const after = await tx.standingAgendaItem.update({ where: { id: itemId }, data: { archivedAt: now }, select: standingFields });
      await recordAudit(tx, { actorId, entity: "standingAgendaItem", entityId: itemId, action: "archive", before: item, after });
      return true;
    }
    const other = items[change === "up" ? index - 1 : index + 1];
    if (!other) return true;
    await swapOrder(tx, item, other, actorId);
    return true;
  });
}

async function swapOrder(
  tx: Prisma.TransactionClient,
  a: { id: string; order: number },
  b: { id: string; order: number },
  actorId: string,
) {
  await tx.standingAgendaItem.update({ where: { id: a.id }, data: { order: b.order }, select: { id: true } });
  await tx.standingAgendaItem.update({ where: { id: b.id }, data: { order: a.order }, select: { id: true } });
  await recordAudit(tx, { actorId, entity: "standingAgendaItem", entityId: a.id, action: "reorder", before: { order: a.order }, after: { order: b.order } });
  await recordAudit(tx, { actorId, entity: "standingAgendaItem", entityId: b.id, action: "reorder", before: { order: b.order }, after: { order: a.order } });
}
