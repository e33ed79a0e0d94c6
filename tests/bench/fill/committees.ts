// Committees with their standing agenda, member agencies and meeting series. The secretary
// persona's agency is the secretariat of every fourth committee; the focal persona's agency sits on
// every third.
import { faker } from "@faker-js/faker";
import type { World } from "./context";
import { DAY, YEAR, at, inserter, iso, isoDate, makeId } from "./context";
import { TIME_ZONES, TOPICS } from "./text";

export const STANDING_ITEMS = [
  "Adoption of the agenda",
  "Matters arising from the previous meeting",
  "Status of national reporting",
  "Information exchange between agencies",
  "Licensing statistics",
  "Outreach and assistance",
  "Any other business",
];

const KINDS = [
  { kind: "standing", prefix: "Inter-ministerial Committee on", short: "IMC" },
  { kind: "working_group", prefix: "Working Group on", short: "WG" },
  { kind: "sub_group", prefix: "Sub-group on", short: "SG" },
  { kind: "ad_hoc", prefix: "Task Force on", short: "TF" },
] as const;

export function fillCommittees(world: World) {
  const { db, rng, now, size, personas } = world;
  const insertCommittee = inserter(db, "Committee", [
    "id", "name", "shortName", "kind", "parentId", "legalBasis", "mandate", "objectives", "chairAgencyId",
    "secretariatAgencyId", "cadence", "cadenceRule", "defaultTimeZone", "defaultVenue", "meetingNoun", "decisionPrefix",
    "decisionRule", "nextReviewDate", "confidentiality", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertStanding = inserter(db, "StandingAgendaItem", ["id", "committeeId", "order", "label", "title", "archivedAt"] as const);
  const insertMembership = inserter(db, "CommitteeMembership", [
    "id", "committeeId", "agencyId", "positionId", "role", "startDate", "endDate", "createdAt", "updatedAt",
  ] as const);
  const insertSeries = inserter(db, "MeetingSeries", [
    "id", "committeeId", "rrule", "firstStartLocal", "durationMinutes", "timeZone", "venue", "titleTemplate", "archivedAt",
    "createdAt", "updatedAt",
  ] as const);

  const start = now - 5 * YEAR - 60 * DAY;
  const created = iso(start);
  let standingIdx = 0;
  let membershipIdx = 0;
  const agencyIdxs = world.agencies.map((_, i) => i);
  const postOf = (agencyIdx: number) => {
    const persona = Object.values(personas).find((p) => p.agencyIdx === agencyIdx);
    return persona ? persona.positionIdx : at(at(world.agencies, agencyIdx).positionIdxs, 0);
  };

  for (let c = 0; c < size.committees; c++) {
    const type = c < 5 ? at(KINDS, 0) : rng.chance(0.4) ? at(KINDS, 0) : rng.pick(KINDS);
    const topic = at(TOPICS, c % TOPICS.length);
    const round = Math.floor(c / TOPICS.length);
    const name = `${type.prefix} ${topic}${round > 0 ? ` (${round + 1})` : ""}`;
    const shortName = `${type.short}${c + 1}`;
    const parentIdx = type.kind === "sub_group" ? rng.int(0, 4) : null;
    const secretariatAgencyIdx = c % 4 === 0 ? personas.secretary.agencyIdx : rng.int(0, world.agencies.length - 1);
    const chairAgencyIdx = rng.chance(0.5) ? secretariatAgencyIdx : rng.int(0, world.agencies.length - 1);
    const months = rng.int(1, 3);
    const timeZone = rng.pick(TIME_ZONES);
    const venue = `${faker.location.city()} conference centre`;
    const id = makeId("cmt", c);
    const seriesId = makeId("ser", c);
    const level = rng.chance(0.8) ? "internal" : rng.chance(0.5) ? "public" : "restricted";
    insertCommittee({
      id,
      name,
      shortName,
      kind: type.kind,
      parentId: parentIdx === null ? null : makeId("cmt", parentIdx),
      legalBasis: `Decree ${rng.int(100, 999)}/${rng.int(2005, 2020)}`,
      mandate: `Coordinates the national implementation of ${topic}.`,
      objectives: `Agree a national position on ${rng.pick(TOPICS)}; track follow-up actions; prepare reports.`,
      chairAgencyId: at(world.agencies, chairAgencyIdx).id,
      secretariatAgencyId: at(world.agencies, secretariatAgencyIdx).id,
      cadence: months === 1 ? "every month" : `every ${months} months`,
      cadenceRule: `FREQ=MONTHLY;INTERVAL=${months}`,
      defaultTimeZone: timeZone,
      defaultVenue: venue,
      meetingNoun: type.kind === "standing" ? "plenary meeting" : "meeting",
      decisionPrefix: `${shortName}.DEC`,
      decisionRule: "consensus",
      nextReviewDate: iso(now + rng.int(-30, 300) * DAY),
      confidentiality: level,
      archivedAt: null,
      createdAt: created,
      updatedAt: iso(now - rng.int(1, 300) * DAY),
    });
    insertSeries({
      id: seriesId,
      committeeId: id,
      rrule: `FREQ=MONTHLY;INTERVAL=${months};BYDAY=2TU`,
      firstStartLocal: `${new Date(start).toISOString().slice(0, 10)}T10:00`,
      durationMinutes: 180,
      timeZone,
      venue,
      titleTemplate: `{n} ${type.kind === "standing" ? "plenary meeting" : "meeting"} of the ${shortName}`,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });

    const standingItemIds: string[] = [];
    const standingCount = rng.int(3, 7);
    for (let k = 0; k < standingCount; k++) {
      const sid = makeId("sai", standingIdx++);
      insertStanding({
        id: sid,
        committeeId: id,
        order: k + 1,
        label: `(${String.fromCharCode(97 + k)})`,
        title: at(STANDING_ITEMS, k),
        archivedAt: null,
      });
      standingItemIds.push(sid);
    }

    const memberIdxs = new Set([chairAgencyIdx, secretariatAgencyIdx]);
    if (c % 3 === 0) memberIdxs.add(personas.focal.agencyIdx);
    for (const agencyIdx of rng.sample(agencyIdxs, 12)) {
      if (memberIdxs.size >= rng.int(7, 9)) break;
      memberIdxs.add(agencyIdx);
    }
    const members = [...memberIdxs].map((agencyIdx) => ({ agencyIdx, positionIdx: postOf(agencyIdx) }));
    const addMembership = (agencyIdx: number, positionIdx: number, role: string, endMs: number | null) => {
      const startMs = start + rng.int(0, 60) * DAY;
      insertMembership({
        id: makeId("mbr", membershipIdx++),
        committeeId: id,
        agencyId: at(world.agencies, agencyIdx).id,
        positionId: at(world.positions, positionIdx).id,
        role,
        startDate: isoDate(startMs),
        endDate: endMs === null ? null : isoDate(endMs),
        createdAt: iso(startMs),
        updatedAt: iso(endMs ?? startMs),
      });
    };
    members.forEach(({ agencyIdx, positionIdx }, k) => {
      const role =
        agencyIdx === chairAgencyIdx ? "chair" : agencyIdx === secretariatAgencyIdx ? "secretariat" : k === members.length - 1 ? "observer" : "member";
      addMembership(agencyIdx, positionIdx, role, null);
    });
    // A former member, so membership history is not empty.
    const formerIdx = rng.int(0, world.agencies.length - 1);
    if (!memberIdxs.has(formerIdx)) addMembership(formerIdx, postOf(formerIdx), "member", now - rng.int(60, 900) * DAY);

    world.committees.push({
      id,
      name,
      shortName,
      chairAgencyIdx,
      secretariatAgencyIdx,
      members,
      standingItemIds,
      seriesId,
      timeZone,
      venue,
      decisionPrefix: `${shortName}.DEC`,
      confidentiality: level,
    });
  }
}
