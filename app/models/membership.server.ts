// Member agencies of a committee and their designated posts. Memberships are closed with an end
// date, never deleted, so the record shows who sat on the committee when.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { standingKind } from "~/domain/agenda";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import type { FieldErrors } from "~/submissions/form-result";
import { referenceErrors, requireReferences, type References } from "~/submissions/references.server";

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

/** The member agency is in use and the designated post, if any, is one of its own. */
function membershipReferences(agencyId: string, positionId: string | null): References {
  return {
    agencyId: { kind: "agency", id: agencyId, error: "committee.error.agencyMissing" },
    positionId: { kind: "position", id: positionId, where: { agencyId }, error: "committee.error.postNotInAgency" },
  };
}

/** The designated post must belong to the member agency. */
export async function checkMembership(agencyId: string, positionId: string | null): Promise<FieldErrors> {
  const errors = await referenceErrors(prisma, membershipReferences(agencyId, positionId));
  // The post is only judged against an agency that is there.
  return errors.agencyId ? { agencyId: errors.agencyId } : errors;
}

export function addMembership(
  actorId: string,
  committeeId: string,
  data: { agencyId: string; positionId: string | null; role: string; startDate: Date; endDate: Date | null },
) {
  return prisma.$transaction(async (tx) => {
    // Checked again here (decision 029): an agency or post archived since the check refuses the save.
    await requireReferences(tx, membershipReferences(data.agencyId, data.positionId));
    const created = await tx.committeeMembership.create({
      data: {
        committeeId,
        agencyId: data.agencyId,
        positionId: data.positionId,
        role: data.role,
        startDate: data.startDate,
        endDate: data.endDate,
      },
      select: membershipFields,
    });
    await recordAudit(tx, { actorId, entity: "committeeMembership", entityId: created.id, action: "create", after: created });
    return created;
  });
}

/** Ends a membership; returns null when it is not one of this committee's. */
export function endMembership(actorId: string, committeeId: string, membershipId: string, endDate: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.committeeMembership.findFirst({ where: { id: membershipId, committeeId }, select: membershipFields });
    if (!before) return null;
    const after = await tx.committeeMembership.update({
      where: { id: membershipId },
      data: { endDate },
      select: membershipFields,
    });
    await recordAudit(tx, { actorId, entity: "committeeMembership", entityId: membershipId, action: "update", before, after });
    return after;
  });
}

// ─── Standing agenda items ────────────────────────────────────────────────

const standingFields = { id: true, committeeId: true, order: true, label: true, title: true, kind: true, archivedAt: true, version: true } satisfies Prisma.StandingAgendaItemSelect;

export type StandingItemData = { label: string | null; title: string; kind: string | null };

export function addStandingItem(actorId: string, committeeId: string, data: StandingItemData) {
  return prisma.$transaction(async (tx) => {
    const last = await tx.standingAgendaItem.findFirst({
      where: { committeeId, archivedAt: null },
      orderBy: { order: "desc" },
      select: { order: true },
    });
    const created = await tx.standingAgendaItem.create({
      data: { committeeId, order: (last?.order ?? 0) + 1, label: data.label, title: data.title, kind: data.kind },
      select: standingFields,
    });
    await recordAudit(tx, { actorId, entity: "standingAgendaItem", entityId: created.id, action: "create", after: created });
    return created;
  });
}

/** How many planned agendas an edit of a standing item may reach (a series has at most 104 meetings). */
const FOLLOWING_AGENDAS_MAX = 500;

/**
 * Edits a standing item from the version its form was loaded at (a stale form is refused, see
 * record-version.server.ts). The new wording also reaches the copies of the item on agendas not yet
 * adopted of meetings still to be held, where the copy still reads as the item did — a copy a
 * secretary changed by hand for one meeting is that meeting's and is left alone. Returns null when
 * the item is not found, else how many agendas followed.
 */
export function editStandingItem(actorId: string, committeeId: string, itemId: string, { version, ...data }: StandingItemData & { version: number }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.standingAgendaItem.findFirst({ where: { id: itemId, committeeId, archivedAt: null }, select: standingFields });
    if (!before) return null;
    await claimVersion(tx, { entity: "standingAgendaItem", id: itemId, expected: version, current: before }, (where) =>
      tx.standingAgendaItem.updateMany({ where, data: { label: data.label, title: data.title, kind: data.kind, ...nextVersion } }),
    );
    const after = await tx.standingAgendaItem.findUniqueOrThrow({ where: { id: itemId }, select: standingFields });
    await recordAudit(tx, { actorId, entity: "standingAgendaItem", entityId: itemId, action: "update", before, after });
    const copies = await tx.agendaItem.findMany({
      where: {
        standingItemId: itemId,
        archivedAt: null,
        title: before.title,
        label: before.label,
        kind: standingKind(before),
        meeting: { archivedAt: null, status: { in: ["planned", "confirmed"] }, agendaAdoptedAt: null, startsAt: { gte: now } },
      },
      orderBy: { id: "asc" },
      take: FOLLOWING_AGENDAS_MAX,
      select: { id: true, label: true, title: true, kind: true, version: true },
    });
    const kind = standingKind(after);
    for (const copy of copies) {
      const changed = await tx.agendaItem.update({ where: { id: copy.id }, data: { label: after.label, title: after.title, kind, ...nextVersion }, select: { id: true, label: true, title: true, kind: true, version: true } });
      await recordAudit(tx, { actorId, entity: "agendaItem", entityId: copy.id, action: "follow_standing", before: copy, after: changed });
    }
    return { followed: copies.length };
  });
}

/** Turns the added "matters arising" item of new meetings on or off, from the committee's version. */
export function setMattersArisingItem(actorId: string, committeeId: string, { version, on }: { version: number; on: boolean }) {
  return prisma.$transaction(async (tx) => {
    const fields = { id: true, mattersArisingItem: true, version: true } as const;
    const before = await tx.committee.findUniqueOrThrow({ where: { id: committeeId }, select: fields });
    await claimVersion(tx, { entity: "committee", id: committeeId, expected: version, current: before }, (where) =>
      tx.committee.updateMany({ where, data: { mattersArisingItem: on, ...nextVersion } }),
    );
    const after = await tx.committee.findUniqueOrThrow({ where: { id: committeeId }, select: fields });
    await recordAudit(tx, { actorId, entity: "committee", entityId: committeeId, action: "update", before, after });
    return after;
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
