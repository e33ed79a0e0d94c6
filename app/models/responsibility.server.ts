import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { readQuery } from "~/read-db.server";
import type { ResponsibilityData } from "~/schemas/responsibility";
import type { FieldErrors } from "~/submissions/form-result";
import { keptOut, referenceErrors, requireReferences, type References } from "~/submissions/references.server";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";

const responsibilityFields = {
  id: true,
  title: true,
  description: true,
  instrumentId: true,
  provisionId: true,
  phaseId: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.ResponsibilitySelect;

export const lineSelect = {
  id: true,
  responsibilityId: true,
  role: true,
  note: true,
  agencyId: true,
  positionId: true,
  agency: { select: { id: true, name: true, acronym: true } },
  position: { select: { id: true, title: true } },
} satisfies Prisma.ResponsibilityAssignmentSelect;

/** The catalogue filters, by their names in the URL (the pages read them with catalogueSearch and its kin). */
export type CatalogueFilters = { q?: string | null; instrument?: string | null; phase?: string | null; agency?: string | null };

/** Filters shared by the catalogue, the matrix, its export and the gaps list; each has an index. */
export function catalogueWhere(f: CatalogueFilters): Prisma.ResponsibilityWhereInput {
  return {
    archivedAt: null,
    ...(f.instrument ? { instrumentId: f.instrument } : {}),
    ...(f.phase ? { phaseId: f.phase } : {}),
    ...(f.agency ? { assignments: { some: { agencyId: f.agency, archivedAt: null } } } : {}),
    ...(f.q ? { title: { contains: f.q } } : {}),
  };
}

export const responsibilityHeadSelect = {
  id: true,
  title: true,
  instrument: { select: { id: true, code: true } },
  provision: { select: { id: true, reference: true } },
  phase: { select: { id: true, number: true, code: true, nameEn: true, nameFr: true } },
} satisfies Prisma.ResponsibilitySelect;

export async function listResponsibilities(filters: CatalogueFilters, { skip, take }: { skip: number; take: number }) {
  const where = catalogueWhere(filters);
  const [rows, total] = await Promise.all([
    prisma.responsibility.findMany({
      where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        ...responsibilityHeadSelect,
        assignments: {
          where: { archivedAt: null, role: { in: ["A", "R"] } },
          orderBy: [{ role: "asc" }, { id: "asc" }],
          select: { id: true, role: true, agency: { select: { id: true, name: true, acronym: true } } },
        },
      },
    }),
    prisma.responsibility.count({ where }),
  ]);
  return { rows, total };
}

/** Instruments, their provisions and the phases: the catalogue's filters and form options. */
// The catalogue filters' choices (instruments with their articles, phases), on the raw read path: the
// matrix, the gaps and "my responsibilities" read them on every request (decision 066).
const instrumentOptionsQuery = readQuery<Record<string, never>, { id: string; code: string; name: string }>(`
  SELECT i.id, i.code, i.name FROM Instrument i WHERE i.archivedAt IS NULL ORDER BY i.code, i.id`);
const provisionOptionsQuery = readQuery<Record<string, never>, { id: string; instrumentId: string; reference: string; title: string }>(`
  SELECT pv.id, pv.instrumentId, pv.reference, pv.title FROM Provision pv JOIN Instrument i ON i.id = pv.instrumentId
  WHERE pv.archivedAt IS NULL AND i.archivedAt IS NULL ORDER BY pv.reference, pv.id`);
const phaseOptionsQuery = readQuery<Record<string, never>, { id: string; number: number; code: string; nameEn: string; nameFr: string }>(`
  SELECT ph.id, ph.number, ph.code, ph.nameEn, ph.nameFr FROM ImplementationPhase ph ORDER BY ph.number`);

export async function catalogueOptions() {
  const provisions = new Map<string, { id: string; reference: string; title: string }[]>();
  for (const { instrumentId, ...provision } of provisionOptionsQuery.all({})) {
    const list = provisions.get(instrumentId);
    if (list) list.push(provision);
    else provisions.set(instrumentId, [provision]);
  }
  const instruments = instrumentOptionsQuery.all({}).map((i) => ({ ...i, provisions: provisions.get(i.id) ?? [] }));
  return { instruments, phases: phaseOptionsQuery.all({}) };
}

export function getResponsibility(id: string) {
  return prisma.responsibility.findUnique({
    where: { id },
    select: {
      ...responsibilityFields,
      ...responsibilityHeadSelect,
      instrument: { select: { id: true, code: true, name: true } },
      provision: { select: { id: true, reference: true, title: true } },
      assignments: { where: { archivedAt: null }, orderBy: [{ role: "asc" }, { id: "asc" }], select: lineSelect },
    },
  });
}

/**
 * What a responsibility refers to (docs/decisions/029): an instrument in use, one of its provisions,
 * a phase.
 */
export function responsibilityReferences(data: Pick<ResponsibilityData, "instrumentId" | "provisionId" | "phaseId">): References {
  return {
    instrumentId: { kind: "instrument", id: data.instrumentId, error: "error.invalidChoice" },
    provisionId: { kind: "provision", id: data.provisionId, where: { instrumentId: data.instrumentId ?? "" }, error: "responsibility.error.provisionMismatch" },
    phaseId: { kind: "phase", id: data.phaseId, error: "error.invalidChoice" },
  };
}

/** Database checks the schema cannot make: the references hold and the article is the instrument's. */
export async function checkResponsibilityRefs(data: ResponsibilityData, id?: string): Promise<FieldErrors> {
  const current = id ? await prisma.responsibility.findUnique({ where: { id }, select: responsibilityFields }) : null;
  return referenceErrors(prisma, keptOut(responsibilityReferences(data), current));
}

export function createResponsibility(actorId: string, data: ResponsibilityData) {
  return prisma.$transaction(async (tx) => {
    await requireReferences(tx, responsibilityReferences(data));
    const created = await tx.responsibility.create({ data, select: responsibilityFields });
    await recordAudit(tx, { actorId, entity: "responsibility", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function updateResponsibility(actorId: string, id: string, { version, ...data }: ResponsibilityData & { version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.responsibility.findUniqueOrThrow({ where: { id }, select: responsibilityFields });
    await requireReferences(tx, keptOut(responsibilityReferences(data), before));
    await claimVersion(tx, { entity: "responsibility", id, expected: version, current: before }, (where) =>
      tx.responsibility.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.responsibility.findUniqueOrThrow({ where: { id }, select: responsibilityFields });
    await recordAudit(tx, { actorId, entity: "responsibility", entityId: id, action: "update", before, after });
    return after;
  });
}

export function setResponsibilityArchived(actorId: string, id: string, archived: boolean, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.responsibility.findUniqueOrThrow({ where: { id }, select: responsibilityFields });
    const after = await tx.responsibility.update({ where: { id }, data: { archivedAt: archived ? now : null, ...nextVersion }, select: responsibilityFields });
    await recordAudit(tx, { actorId, entity: "responsibility", entityId: id, action: archived ? "archive" : "restore", before, after });
    return after;
  });
}
