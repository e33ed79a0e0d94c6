// Agencies, people, posts and tenures. Posts 0-3 in agencies 0-3 are held by persons 0-3, the
// benchmark personas (see accounts.ts), and nobody else holds or held them.
import { faker } from "@faker-js/faker";
import type { World } from "./context";
import { DAY, YEAR, at, bool, inserter, iso, isoDate, makeId } from "./context";
import { AGENCY_TEMPLATES, DIVISIONS, POST_TITLES, TOPICS } from "./text";

export const PERSONA_COUNT = 4;

export function fillAgencies(world: World) {
  const { db, rng, size, now } = world;
  const insert = inserter(db, "Agency", [
    "id", "name", "acronym", "kind", "parentId", "mandate", "address", "email", "phone", "website", "country",
    "archivedAt", "createdAt", "updatedAt",
  ] as const);
  for (let i = 0; i < size.agencies; i++) {
    const template = at(AGENCY_TEMPLATES, i % AGENCY_TEMPLATES.length);
    const round = Math.floor(i / AGENCY_TEMPLATES.length);
    // After the first round, a third of agencies are units of an earlier one, the rest regional offices.
    const parentIdx = round > 0 && rng.chance(0.33) ? rng.int(0, AGENCY_TEMPLATES.length - 1) : null;
    const parent = parentIdx === null ? null : at(world.agencies, parentIdx);
    const name =
      round === 0
        ? template.name
        : parent
          ? `${rng.pick(DIVISIONS)} Division ${round}, ${parent.name}`
          : `${template.name}, ${faker.location.city()} office`;
    const acronym = round === 0 ? template.acronym : `${parent?.acronym ?? template.acronym}-${round}${i % 10}`;
    const id = makeId("agy", i);
    const createdMs = now - 6 * YEAR + rng.int(0, 200) * DAY;
    insert({
      id,
      name,
      acronym,
      kind: parent ? parent.kind : template.kind,
      parentId: parent?.id ?? null,
      mandate: `Leads the national work on ${rng.pick(TOPICS)}.`,
      address: faker.location.streetAddress(),
      email: `contact-${acronym.toLowerCase()}@gov.example`,
      phone: faker.phone.number(),
      website: `https://${acronym.toLowerCase()}.gov.example`,
      country: "Freedonia",
      archivedAt: i >= PERSONA_COUNT && rng.chance(0.03) ? iso(now - rng.int(30, 700) * DAY) : null,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs + rng.int(0, 1500) * DAY),
    });
    world.agencies.push({ id, name, acronym, kind: parent ? parent.kind : template.kind, positionIdxs: [] });
  }
}

export function fillPersons(world: World) {
  const { db, rng, size, now } = world;
  const insert = inserter(db, "Person", [
    "id", "honorific", "givenName", "familyName", "email", "phone", "notes", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  for (let i = 0; i < size.people; i++) {
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const id = makeId("per", i);
    const createdMs = now - rng.int(30, 6 * 365) * DAY;
    insert({
      id,
      honorific: rng.chance(0.6) ? faker.person.prefix() : null,
      givenName,
      familyName,
      email: `${givenName}.${familyName}.${i}@gov.example`.toLowerCase().replace(/[^a-z0-9.@-]/g, ""),
      phone: rng.chance(0.7) ? faker.phone.number() : null,
      notes: null,
      archivedAt: null,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
    });
    world.persons.push({ id, name: `${givenName} ${familyName}` });
  }
}

/**
 * About 1.2 posts per person. 85% of people hold one post; the other posts are vacant (5%) or held
 * by someone acting. Each post has 0-2 earlier tenures, so about two assignments per post.
 */
export function fillPositions(world: World) {
  const { db, rng, size, now } = world;
  const insertPosition = inserter(db, "Position", [
    "id", "agencyId", "title", "description", "functionalEmail", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertAssignment = inserter(db, "Assignment", [
    "id", "positionId", "personId", "startDate", "plannedEndDate", "endDate", "acting", "notes", "createdAt", "updatedAt",
  ] as const);
  const count = Math.round(size.people * 1.2);
  const formerStaffFrom = Math.round(size.people * 0.85);
  let nextHolder = PERSONA_COUNT;
  let assignmentIdx = 0;
  const otherPerson = () =>
    rng.chance(0.6) ? rng.int(formerStaffFrom, size.people - 1) : rng.int(PERSONA_COUNT, size.people - 1);

  for (let i = 0; i < count; i++) {
    const agencyIdx = i < size.agencies ? i : rng.int(0, size.agencies - 1);
    const agency = at(world.agencies, agencyIdx);
    const title = i < size.agencies ? `National Point of Contact, ${agency.acronym}` : `${rng.pick(POST_TITLES)}, ${agency.acronym}`;
    const id = makeId("pos", i);
    insertPosition({
      id,
      agencyId: agency.id,
      title,
      description: null,
      functionalEmail: `post-${i}@${agency.acronym.toLowerCase()}.gov.example`,
      archivedAt: null,
      createdAt: iso(now - 6 * YEAR),
      updatedAt: iso(now - rng.int(0, 900) * DAY),
    });

    let holderIdx: number | null = null;
    let acting = false;
    if (i < PERSONA_COUNT) holderIdx = i;
    else if (rng.chance(0.05)) holderIdx = null;
    else if (nextHolder < formerStaffFrom) holderIdx = nextHolder++;
    else {
      holderIdx = rng.int(PERSONA_COUNT, formerStaffFrom - 1);
      acting = true;
    }

    // Walk back in time from the current tenure (or from the vacancy).
    let boundary = now - rng.int(30, 4 * 365) * DAY;
    if (holderIdx !== null) {
      insertAssignment({
        id: makeId("asg", assignmentIdx++),
        positionId: id,
        personId: at(world.persons, holderIdx).id,
        startDate: isoDate(boundary),
        plannedEndDate: acting ? null : isoDate(boundary + 3 * YEAR),
        endDate: null,
        acting: bool(acting),
        notes: acting ? "Acting until the post is filled." : null,
        createdAt: iso(boundary),
        updatedAt: iso(boundary),
      });
    } else {
      boundary = now - rng.int(10, 300) * DAY;
    }
    let previous: World["positions"][number]["previous"] = null;
    const earlier = i < PERSONA_COUNT ? 0 : rng.int(0, 2);
    for (let k = 0; k < earlier; k++) {
      const endMs = boundary - rng.int(0, 30) * DAY;
      const startMs = endMs - rng.int(365, 4 * 365) * DAY;
      const personIdx = otherPerson();
      const assignmentId = makeId("asg", assignmentIdx++);
      insertAssignment({
        id: assignmentId,
        positionId: id,
        personId: at(world.persons, personIdx).id,
        startDate: isoDate(startMs),
        plannedEndDate: isoDate(startMs + 3 * YEAR),
        endDate: isoDate(endMs),
        acting: bool(false),
        notes: null,
        createdAt: iso(startMs),
        updatedAt: iso(endMs),
      });
      previous ??= { assignmentId, personIdx, endMs };
      boundary = startMs;
    }
    world.positions.push({ id, agencyIdx, title, holderIdx, previous });
    agency.positionIdxs.push(i);
  }
}
