// Handover notes for about one post in ten that changed hands, and access grants naming who may see
// some of the "confidential" records.
import type { World } from "./context";
import { DAY, at, inserter, iso, makeId } from "./context";
import { paragraph } from "./text";

export function fillHandovers(world: World) {
  const { db, rng, now } = world;
  const insert = inserter(db, "Handover", [
    "id", "positionId", "agencyId", "outgoingAssignmentId", "outgoingPersonId", "incomingPersonId", "status",
    "ongoingMatters", "pendingDecisions", "keyContacts", "risks", "filesLocation", "otherNotes", "dossierSnapshot",
    "submittedAt", "acknowledgedAt", "acknowledgedById", "confidentiality", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertVersion = inserter(db, "HandoverVersion", [
    "id", "handoverId", "number", "ongoingMatters", "pendingDecisions", "keyContacts", "risks", "filesLocation", "otherNotes",
    "dossier", "submittedAt", "submittedById", "acknowledgedAt", "acknowledgedById",
  ] as const);
  const insertGrant = inserter(db, "AccessGrant", ["id", "entity", "entityId", "personId", "grantedById", "createdAt"] as const);
  const changedHands = world.positions.filter((p) => p.previous !== null).length;
  const p = Math.min(1, world.positions.length / 10 / Math.max(1, changedHands));
  let versionIdx = 0;
  let grantIdx = 0;

  for (const position of world.positions) {
    const previous = position.previous;
    if (!previous || !rng.chance(p)) continue;
    const incoming = position.holderIdx;
    const r = rng.next();
    const status = incoming === null ? "draft" : r < 0.6 ? "acknowledged" : r < 0.85 ? "submitted" : "draft";
    const createdMs = previous.endMs - rng.int(10, 40) * DAY;
    const versions = status === "draft" ? 0 : rng.chance(0.2) ? 2 : 1;
    const submittedMs = versions === 0 ? null : previous.endMs - rng.int(0, 9) * DAY;
    const acknowledgedMs = status === "acknowledged" ? Math.min(now, previous.endMs + rng.int(1, 20) * DAY) : null;
    const acknowledgedById = acknowledgedMs === null ? null : rng.pick(world.userIds);
    const agency = at(world.agencies, position.agencyIdx);
    const id = makeId("hnd", world.handoverCount++);
    const outgoingPersonId = at(world.persons, previous.personIdx).id;
    const incomingPersonId = incoming === null ? null : at(world.persons, incoming).id;
    const notes = {
      ongoingMatters: paragraph(rng, 3),
      pendingDecisions: paragraph(rng, 1),
      keyContacts: `${rng.pick(world.persons).name}; ${rng.pick(world.persons).name}`,
      risks: rng.chance(0.5) ? paragraph(rng, 1) : null,
      filesLocation: `\\\\fileserver\\${agency.acronym}\\post-${position.id}`,
      otherNotes: null,
    };
    insert({
      id,
      positionId: position.id,
      agencyId: agency.id,
      outgoingAssignmentId: previous.assignmentId,
      outgoingPersonId,
      incomingPersonId,
      status,
      ...notes,
      dossierSnapshot: null,
      submittedAt: submittedMs === null ? null : iso(submittedMs),
      acknowledgedAt: acknowledgedMs === null ? null : iso(acknowledgedMs),
      acknowledgedById,
      confidentiality: rng.chance(0.9) ? "restricted" : "confidential",
      archivedAt: null,
      createdAt: iso(createdMs),
      updatedAt: iso(acknowledgedMs ?? submittedMs ?? createdMs),
    });
    for (let n = 1; n <= versions; n++) {
      const at_ = (submittedMs ?? now) - (versions - n) * 3 * DAY;
      const latest = n === versions;
      insertVersion({
        id: makeId("hnv", versionIdx++),
        handoverId: id,
        number: n,
        ...notes,
        dossier: JSON.stringify(syntheticDossier(world, position, at_)),
        submittedAt: iso(at_),
        submittedById: null,
        acknowledgedAt: latest && acknowledgedMs !== null ? iso(acknowledgedMs) : !latest && rng.chance(0.5) ? iso(at_ + DAY) : null,
        acknowledgedById: latest ? acknowledgedById : null,
      });
    }
    // Named on it, as the app grants them (they may not be the agency's current staff).
    for (const personId of new Set([outgoingPersonId, incomingPersonId])) {
      if (!personId) continue;
      insertGrant({ id: makeId("hgr", grantIdx++), entity: "handover", entityId: id, personId, grantedById: null, createdAt: iso(createdMs) });
    }
  }
}

/**
 * The busiest post (most open actions) gets a draft handover addressed to it, granted to the
 * secretary persona: its page builds the live dossier, the heaviest one there is. Returns its id.
 */
export function fillBusiestPostHandover(world: World): string {
  const { db, now, personas } = world;
  const busiest = db
    .prepare(`SELECT ownerPositionId AS id FROM "Action" WHERE status IN ('open', 'in_progress') AND archivedAt IS NULL GROUP BY ownerPositionId ORDER BY COUNT(*) DESC LIMIT 1`)
    .get() as { id: string } | undefined;
  const position = world.positions.find((p) => p.id === busiest?.id) ?? at(world.positions, personas.focal.positionIdx);
  const id = makeId("hnd", world.handoverCount++);
  db.prepare(
    `INSERT INTO "Handover" (id, positionId, agencyId, status, ongoingMatters, confidentiality, createdAt, updatedAt) VALUES (?, ?, ?, 'draft', ?, 'restricted', ?, ?)`,
  ).run(id, position.id, at(world.agencies, position.agencyIdx).id, "Draft notes for the busiest post.", iso(now - DAY), iso(now - DAY));
  db.prepare(`INSERT INTO "AccessGrant" (id, entity, entityId, personId, grantedById, createdAt) VALUES (?, 'handover', ?, ?, NULL, ?)`).run(
    makeId("hgr", 9_999_999),
    id,
    at(world.persons, personas.secretary.personIdx).id,
    iso(now - DAY),
  );
  return id;
}

/** A dossier of the frozen shape (app/domain/dossier.ts) with realistic sizes; content is filler. */
function syntheticDossier(world: World, position: World["positions"][number], asOfMs: number) {
  const { rng } = world;
  const agency = at(world.agencies, position.agencyIdx);
  const n = (max: number) => rng.int(0, max);
  return {
    asOf: iso(asOfMs),
    post: { id: position.id, title: position.title, agencyId: agency.id, agencyName: agency.name, functionalEmail: null },
    responsibilities: Array.from({ length: n(6) }, (_, i) => ({ id: `res-${i}`, title: paragraph(rng, 1).slice(0, 60), reference: null, role: rng.pick(["R", "A", "C", "I"]), others: [] })),
    openActions: { total: n(20), items: Array.from({ length: n(10) }, (_, i) => ({ id: `act-${i}`, title: paragraph(rng, 1).slice(0, 80), status: "open", dueDate: iso(asOfMs + n(90) * DAY), overdue: false, committeeName: null })) },
    deadlines: [],
    committees: [],
    counterparts: Array.from({ length: n(8) }, () => {
      const other = rng.pick(world.positions);
      return { positionId: other.id, title: other.title, agencyName: at(world.agencies, other.agencyIdx).acronym, functionalEmail: null, holders: [], sharedResponsibilities: [], sharedCommittees: [] };
    }),
    calendarFeed: "/calendar/feeds",
  };
}

/** Names one to three people on some confidential records; the focal persona on every other one. */
export function fillAccessGrants(world: World) {
  const { db, rng, now, size, personas } = world;
  const insert = inserter(db, "AccessGrant", ["id", "entity", "entityId", "personId", "grantedById", "createdAt"] as const);
  const secretaryUser = world.userIdOf.get(personas.secretary.personIdx) ?? null;
  let grantIdx = 0;
  world.confidential.slice(0, size.accessGrantedRecords).forEach(({ entity, id }, k) => {
    const people = new Set<number>([personas.secretary.personIdx]);
    if (k % 2 === 0) people.add(personas.focal.personIdx);
    const extra = rng.int(0, 2);
    for (let e = 0; e < extra; e++) people.add(rng.int(0, world.persons.length - 1));
    for (const personIdx of people) {
      insert({
        id: makeId("grt", grantIdx++),
        entity,
        entityId: id,
        personId: at(world.persons, personIdx).id,
        grantedById: secretaryUser,
        createdAt: iso(now - rng.int(1, 700) * DAY),
      });
    }
  });
}
