import type { Prisma } from "@prisma/client";
import { prisma, type Db } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { wouldCreateCycle } from "~/domain/hierarchy";
import type { CommitteeData } from "~/schemas/committee";
import { visibleCommittees } from "~/permissions.server";
import { agencyOptions } from "./agency.server";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import type { FieldErrors } from "~/submissions/form-result";
import { keptOut, referenceErrors, refuseOnErrors, type References } from "~/submissions/references.server";


const committeeFields = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  parentId: true,
  legalBasis: true,
  mandate: true,
  objectives: true,
  chairAgencyId: true,
  secretariatAgencyId: true,
  cadence: true,
  cadenceRule: true,
  defaultTimeZone: true,
  defaultVenue: true,
  meetingNoun: true,
  decisionPrefix: true,
  nextReviewDate: true,
  confidentiality: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.CommitteeSelect;

export async function listCommittees(
  ctx: AccessContext,
  { q, kind, skip, take }: { q: string | null; kind: string | null; skip: number; take: number },
) {
  const where: Prisma.CommitteeWhereInput = {
    AND: [
      { archivedAt: null, ...(kind ? { kind } : {}) },
      ...(q ? [{ OR: [{ name: { contains: q } }, { shortName: { contains: q } }] }] : []),
      visibleCommittees(ctx),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.committee.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        name: true,
        shortName: true,
        kind: true,
        cadence: true,
        nextReviewDate: true,
        confidentiality: true,
        parent: { select: { id: true, name: true, shortName: true } },
        secretariatAgency: { select: { id: true, name: true, acronym: true } },
      },
    }),
    prisma.committee.count({ where }),
  ]);
  return { rows, total };
}

/** The committee, if the reader may see it (else null: answer 404). */
export function getVisibleCommittee(ctx: AccessContext, id: string) {
  return prisma.committee.findFirst({
    where: { AND: [{ id }, visibleCommittees(ctx)] },
    select: {
      ...committeeFields,
      parent: { select: { id: true, name: true, shortName: true } },
      children: { where: { AND: [{ archivedAt: null }, visibleCommittees(ctx)] }, orderBy: { name: "asc" }, select: { id: true, name: true } },
      chairAgency: { select: { id: true, name: true, acronym: true } },
      secretariatAgency: { select: { id: true, name: true, acronym: true } },
      mattersArisingItem: true,
      standingItems: { where: { archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, order: true, label: true, title: true, kind: true, version: true } },
    },
  });
}

export function listMemberships(committeeId: string, { current, now = new Date() }: { current: boolean; now?: Date }) {
  return prisma.committeeMembership.findMany({
    where: { committeeId, ...(current ? { OR: [{ endDate: null }, { endDate: { gt: now } }] } : {}) },
    orderBy: [{ endDate: { sort: "asc", nulls: "first" } }, { role: "asc" }, { startDate: "asc" }],
    take: 300,
    select: {
      id: true,
      role: true,
      startDate: true,
      endDate: true,
      agency: { select: { id: true, name: true, acronym: true } },
      position: { select: { id: true, title: true } },
    },
  });
}

/** Choices for the committee form: agencies and the other committees (as parents). */
export async function committeeFormOptions(ctx: AccessContext, excludeId?: string) {
  const [agencies, committees] = await Promise.all([agencyOptions(), committeeOptions(ctx, excludeId)]);
  return { agencies, committees };
}

/** The records a committee form refers to: the chairing and secretariat agencies and the parent. */
function committeeReferences(data: CommitteeData): References {
  return {
    chairAgencyId: { kind: "agency", id: data.chairAgencyId, error: "committee.error.agencyMissing" },
    secretariatAgencyId: { kind: "agency", id: data.secretariatAgencyId, error: "committee.error.agencyMissing" },
    parentId: { kind: "committee", id: data.parentId, error: "committee.error.committeeMissing" },
  };
}

/** Whether making `parentId` the parent of committee `id` would close a loop of parents. */
async function parentLoop(db: Db, id: string | null, parentId: string | null): Promise<FieldErrors> {
  if (!id || !parentId) return {};
  const links = await db.committee.findMany({ where: { parentId: { not: null } }, select: { id: true, parentId: true } });
  return wouldCreateCycle(id, parentId, new Map(links.map((l) => [l.id, l.parentId]))) ? { parentId: ["committee.error.loop"] } : {};
}

type CommitteeReferences = { chairAgencyId: string | null; secretariatAgencyId: string | null; parentId: string | null };

/**
 * The database rules the schema cannot check, as field errors (empty when all is well): the agencies
 * and the parent exist and are in use (an edit may keep one its `current` row has, archived since),
 * and the parent does not close a loop. `db` is the write's transaction when run again inside it
 * (decision 029).
 */
async function committeeErrors(db: Db, id: string | null, data: CommitteeData, current: CommitteeReferences | null): Promise<FieldErrors> {
  const errors = await referenceErrors(db, keptOut(committeeReferences(data), current));
  return errors.parentId ? errors : { ...errors, ...(await parentLoop(db, id, data.parentId)) };
}

export async function checkCommittee(id: string | null, data: CommitteeData): Promise<FieldErrors> {
  const current = id ? await prisma.committee.findUnique({ where: { id }, select: { chairAgencyId: true, secretariatAgencyId: true, parentId: true } }) : null;
  return committeeErrors(prisma, id, data, current);
}

export function createCommittee(actorId: string, data: CommitteeData) {
  return prisma.$transaction(async (tx) => {
    refuseOnErrors(await committeeErrors(tx, null, data, null));
    const created = await tx.committee.create({ data, select: committeeFields });
    await recordAudit(tx, { actorId, entity: "committee", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function updateCommittee(actorId: string, id: string, { version, ...data }: CommitteeData & { version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.committee.findUniqueOrThrow({ where: { id }, select: committeeFields });
    refuseOnErrors(await committeeErrors(tx, id, data, before));
    await claimVersion(tx, { entity: "committee", id, expected: version, current: before }, (where) =>
      tx.committee.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.committee.findUniqueOrThrow({ where: { id }, select: committeeFields });
    await recordAudit(tx, { actorId, entity: "committee", entityId: id, action: "update", before, after });
    return after;
  });
}

/**
 * The committees offered in a select or a filter (every form and list that names a committee): those
 * in use that the reader may see, by name; `excludeId` leaves one out (a committee cannot be its own parent).
 */
export function committeeOptions(ctx: AccessContext, excludeId?: string) {
  return prisma.committee.findMany({
    where: { AND: [{ archivedAt: null, ...(excludeId ? { id: { not: excludeId } } : {}) }, visibleCommittees(ctx)] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, name: true, shortName: true },
  });
}
