import type { Prisma } from "@prisma/client";
import { prisma, type Db } from "~/db.server";
import { fromSqlDate, likeEscape, readQuery } from "~/read-db.server";
import { wouldCreateCycle } from "~/domain/hierarchy";
import type { AgencyData } from "~/schemas/agency";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import type { MessageKey } from "~/i18n/en";
import { ReferenceRefused } from "~/submissions/references.server";

import { currentAssignmentWhere } from "~/permissions.server";

const agencyFields = {
  id: true,
  name: true,
  acronym: true,
  kind: true,
  parentId: true,
  mandate: true,
  address: true,
  email: true,
  phone: true,
  website: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.AgencySelect;

// The agency list, on the raw read path (decision 012): the page and the total in two prepared
// statements, the post count as a correlated count on Position's agencyId index.
type AgencyListRow = {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  archivedAt: string | null;
  parentId: string | null;
  parentName: string | null;
  parentAcronym: string | null;
  positions: number;
};
type AgencyFilter = { q: string | null; kind: string | null; archived: number };
const AGENCY_FILTER = `(CASE WHEN @archived = 1 THEN a.archivedAt IS NOT NULL ELSE a.archivedAt IS NULL END)
  AND (@kind IS NULL OR a.kind = @kind)
  AND (@q IS NULL OR a.name LIKE @q ESCAPE '\\' OR a.acronym LIKE @q ESCAPE '\\')`;
const agencyPage = readQuery<AgencyFilter & { skip: number; take: number }, AgencyListRow>(`
  SELECT a.id, a.name, a.acronym, a.kind, a.archivedAt,
         p.id AS parentId, p.name AS parentName, p.acronym AS parentAcronym,
         (SELECT count(*) FROM Position po WHERE po.agencyId = a.id AND po.archivedAt IS NULL) AS positions
  FROM Agency a LEFT JOIN Agency p ON p.id = a.parentId
  WHERE ${AGENCY_FILTER}
  ORDER BY a.name, a.id
  LIMIT @take OFFSET @skip`);
const agencyTotal = readQuery<AgencyFilter, { total: number }>(`SELECT count(*) AS total FROM Agency a WHERE ${AGENCY_FILTER}`);

export async function listAgencies({
  q,
  kind,
  archived,
  skip,
  take,
}: {
  q?: string | null;
  kind?: string | null;
  archived: boolean;
  skip: number;
  take: number;
}) {
  const filter: AgencyFilter = { q: q ? `%${likeEscape(q)}%` : null, kind: kind ?? null, archived: archived ? 1 : 0 };
  const rows = agencyPage.all({ ...filter, skip, take }).map((a) => ({
    id: a.id,
    name: a.name,
    acronym: a.acronym,
    kind: a.kind,
    archivedAt: fromSqlDate(a.archivedAt),
    parent: a.parentId ? { id: a.parentId, name: a.parentName ?? "", acronym: a.parentAcronym } : null,
    _count: { positions: a.positions },
  }));
  return { rows, total: agencyTotal.get(filter)?.total ?? 0 };
}

export function getAgency(id: string, now = new Date()) {
  return prisma.agency.findUnique({
    where: { id },
    select: {
      ...agencyFields,
      parent: { select: { id: true, name: true } },
      units: { where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } },
      _count: { select: { positions: { where: { archivedAt: null } } } },
      positions: {
        where: { archivedAt: null },
        orderBy: { title: "asc" },
        take: 100,
        select: {
          id: true,
          title: true,
          assignments: {
            where: currentAssignmentWhere(now),
            orderBy: { startDate: "desc" },
            select: { acting: true, person: { select: { id: true, givenName: true, familyName: true } } },
          },
        },
      },
    },
  });
}

/** An agency in use (not archived), as a form for one of its records names it. */
export function getActiveAgency(id: string) {
  return prisma.agency.findFirst({ where: { id, archivedAt: null }, select: { id: true, name: true } });
}

/**
 * The agencies offered in a select or a filter (every form and list that names an agency): those in
 * use, by name; `excludeId` leaves one out (an agency cannot be part of itself).
 */
// A select's agencies, on the raw read path: every list and form with an agency filter reads them, and
// Prisma's query compilation and result mapping cost more than the index walk (decision 066).
const agencyOptionsQuery = readQuery<{ excludeId: string | null }, { id: string; name: string; acronym: string | null }>(`
  SELECT a.id, a.name, a.acronym FROM Agency a
  WHERE a.archivedAt IS NULL AND (@excludeId IS NULL OR a.id <> @excludeId)
  ORDER BY a.name, a.id LIMIT 2000`);

export async function agencyOptions(excludeId?: string) {
  return agencyOptionsQuery.all({ excludeId: excludeId ?? null });
}

/**
 * Database checks the shared schema cannot make: the parent exists and no loop is formed. `db` is the
 * write's transaction when run again inside it (decision 029).
 */
async function parentError(db: Db, id: string | null, parentId: string | null): Promise<MessageKey | null> {
  if (!parentId) return null;
  const parent = await db.agency.findFirst({ where: { id: parentId, archivedAt: null }, select: { id: true } });
  if (!parent) return "error.parentMissing";
  if (!id) return null;
  const links = await db.agency.findMany({ where: { parentId: { not: null } }, select: { id: true, parentId: true } });
  const parentOf = new Map(links.map((l) => [l.id, l.parentId]));
  return wouldCreateCycle(id, parentId, parentOf) ? "error.parentLoop" : null;
}

export function checkAgencyParent(id: string | null, parentId: string | null): Promise<MessageKey | null> {
  return parentError(prisma, id, parentId);
}

/** The parent checked again inside the write: archived or looped since the check, the save is refused. */
async function requireParent(tx: Db, id: string | null, parentId: string | null) {
  const error = await parentError(tx, id, parentId);
  if (error) throw new ReferenceRefused({ parentId: [error] });
}

export function createAgency(actorId: string, data: AgencyData) {
  return prisma.$transaction(async (tx) => {
    await requireParent(tx, null, data.parentId);
    const created = await tx.agency.create({ data, select: agencyFields });
    await recordAudit(tx, { actorId, entity: "agency", entityId: created.id, action: "create", after: created });
    return created;
  });
}

/** Saves an edit made on `version` of the agency; refuses with StaleEditError if it has moved on. */
export function updateAgency(actorId: string, id: string, { version, ...data }: AgencyData & { version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.agency.findUniqueOrThrow({ where: { id }, select: agencyFields });
    await requireParent(tx, id, data.parentId);
    await claimVersion(tx, { entity: "agency", id, expected: version, current: before }, (where) =>
      tx.agency.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.agency.findUniqueOrThrow({ where: { id }, select: agencyFields });
    await recordAudit(tx, { actorId, entity: "agency", entityId: id, action: "update", before, after });
    return after;
  });
}

/** Archives or restores an agency; null when there is no such agency. */
export function setAgencyArchived(actorId: string, id: string, archived: boolean, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id }, select: agencyFields });
    if (!before) return null;
    const after = await tx.agency.update({
      where: { id },
      data: { archivedAt: archived ? now : null, ...nextVersion },
      select: agencyFields,
    });
    await recordAudit(tx, { actorId, entity: "agency", entityId: id, action: archived ? "archive" : "restore", before, after });
    return after;
  });
}
