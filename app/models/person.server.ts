import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { currentAssignmentWhere } from "~/permissions.server";
import type { PersonData } from "~/schemas/person";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";

const personFields = {
  id: true,
  honorific: true,
  givenName: true,
  familyName: true,
  email: true,
  phone: true,
  notes: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.PersonSelect;

/** People in the directory, matching `q` on their names or email when given. */
function peopleWhere(q: string | null | undefined): Prisma.PersonWhereInput {
  return {
    archivedAt: null,
    ...(q ? { OR: [{ familyName: { contains: q } }, { givenName: { contains: q } }, { email: { contains: q } }] } : {}),
  };
}

/** The directory: people with their current posts, by family name (index archivedAt, familyName). */
export async function listPeople({ q, skip, take, now = new Date() }: { q?: string | null; skip: number; take: number; now?: Date }) {
  const where = peopleWhere(q);
  const [rows, total] = await Promise.all([
    prisma.person.findMany({
      where,
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        honorific: true,
        givenName: true,
        familyName: true,
        email: true,
        phone: true,
        assignments: {
          where: currentAssignmentWhere(now),
          orderBy: { startDate: "asc" },
          select: {
            id: true,
            acting: true,
            position: { select: { id: true, title: true, functionalEmail: true, agency: { select: { id: true, name: true, acronym: true } } } },
          },
        },
      },
    }),
    prisma.person.count({ where }),
  ]);
  return { rows, total };
}

export function getPerson(id: string) {
  return prisma.person.findUnique({
    where: { id },
    select: {
      ...personFields,
      assignments: {
        orderBy: [{ startDate: "desc" }, { id: "asc" }],
        take: 50,
        select: {
          id: true,
          startDate: true,
          plannedEndDate: true,
          endDate: true,
          acting: true,
          position: { select: { id: true, title: true, agency: { select: { id: true, name: true, acronym: true } } } },
        },
      },
    },
  });
}

/** Options for "assign a person": the first `take` people matching `q`, by name, and how many match. */
export async function personOptions({ q, take }: { q: string | null; take: number }) {
  const where = peopleWhere(q);
  const [people, total] = await Promise.all([
    prisma.person.findMany({
      where,
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
      take,
      select: { id: true, givenName: true, familyName: true, email: true },
    }),
    prisma.person.count({ where }),
  ]);
  return { people, total };
}

/** Who "owns" a person for "own" permissions: the agencies and posts they hold now. */
export async function personOwnership(personId: string, now = new Date()) {
  const rows = await prisma.assignment.findMany({
    where: { personId, ...currentAssignmentWhere(now) },
    select: { positionId: true, position: { select: { agencyId: true } } },
  });
  return rows.map((r) => ({ positionId: r.positionId, agencyId: r.position.agencyId }));
}

export function createPerson(actorId: string, data: PersonData) {
  return prisma.$transaction(async (tx) => {
    const created = await tx.person.create({ data, select: personFields });
    await recordAudit(tx, { actorId, entity: "person", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function updatePerson(actorId: string, id: string, { version, ...data }: PersonData & { version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id }, select: personFields });
    await claimVersion(tx, { entity: "person", id, expected: version, current: before }, (where) =>
      tx.person.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.person.findUniqueOrThrow({ where: { id }, select: personFields });
    await recordAudit(tx, { actorId, entity: "person", entityId: id, action: "update", before, after });
    return after;
  });
}
