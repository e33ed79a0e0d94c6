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
  const changedHands = world.positions.filter((p) => p.previous !== null).length;
  const p = Math.min(1, world.positions.length / 10 / Math.max(1, changedHands));

  for (const position of world.positions) {
    const previous = position.previous;
    if (!previous || !rng.chance(p)) continue;
    const incoming = position.holderIdx;
    const r = rng.next();
    const status = incoming === null ? "draft" : r < 0.6 ? "acknowledged" : r < 0.85 ? "submitted" : "draft";
    const createdMs = previous.endMs - rng.int(10, 40) * DAY;
    const submittedMs = status === "draft" ? null : previous.endMs - rng.int(0, 9) * DAY;
    const acknowledgedMs = status === "acknowledged" ? Math.min(now, previous.endMs + rng.int(1, 20) * DAY) : null;
    const c = rng.next();
    insert({
      id: makeId("hnd", world.handoverCount++),
      positionId: position.id,
      agencyId: at(world.agencies, position.agencyIdx).id,
      outgoingAssignmentId: previous.assignmentId,
      outgoingPersonId: at(world.persons, previous.personIdx).id,
      incomingPersonId: incoming === null ? null : at(world.persons, incoming).id,
      status,
      ongoingMatters: paragraph(rng, 3),
      pendingDecisions: paragraph(rng, 1),
      keyContacts: `${rng.pick(world.persons).name}; ${rng.pick(world.persons).name}`,
      risks: rng.chance(0.5) ? paragraph(rng, 1) : null,
      filesLocation: `\\\\fileserver\\${at(world.agencies, position.agencyIdx).acronym}\\post-${position.id}`,
      otherNotes: null,
      dossierSnapshot:
        submittedMs === null ? null : JSON.stringify({ position: position.title, openActions: rng.int(0, 12), upcomingMeetings: rng.int(0, 6) }),
      submittedAt: submittedMs === null ? null : iso(submittedMs),
      acknowledgedAt: acknowledgedMs === null ? null : iso(acknowledgedMs),
      acknowledgedById: acknowledgedMs === null ? null : rng.pick(world.userIds),
      confidentiality: c < 0.8 ? "restricted" : c < 0.95 ? "internal" : "confidential",
      archivedAt: null,
      createdAt: iso(createdMs),
      updatedAt: iso(acknowledgedMs ?? submittedMs ?? createdMs),
    });
  }
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
