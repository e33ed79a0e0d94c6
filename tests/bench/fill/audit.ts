// The audit trail: the bulk of the database (200,000 or 2,000,000 rows). Events point at records
// that exist, are spread evenly over five years in time order, and carry small before/after diffs
// like the ones auditDiff() produces.
import { encodeCursor } from "../../../app/domain/audit-log";
import type { World } from "./context";
import { DAY, YEAR, inserter, iso, makeId } from "./context";

const BATCH = 50_000;

type Target = { entity: string; prefix: string; count: number; weight: number; fields: Record<string, readonly string[]> };

const STATUS = ["open", "in_progress", "done", "cancelled"];
const MEETING_STATUS = ["planned", "confirmed", "held", "postponed"];
const LEVELS = ["public", "internal", "restricted", "confidential"];
const NAMES = ["Review of brokering controls", "Draft national report", "Customs data exchange", "Licensing statistics"];

function targets(world: World): Target[] {
  const lastMeeting = world.meetings[world.meetings.length - 1];
  const agendaItems = lastMeeting ? lastMeeting.agendaFirst + lastMeeting.agendaCount : 0;
  const all: Target[] = [
    { entity: "action", prefix: "act", count: world.actionCount, weight: 35, fields: { status: STATUS, title: NAMES, confidentiality: LEVELS } },
    { entity: "meeting", prefix: "mtg", count: world.meetings.length, weight: 15, fields: { status: MEETING_STATUS, room: ["Room 1", "Room 7", "Room 12"] } },
    { entity: "agendaItem", prefix: "agi", count: agendaItems, weight: 12, fields: { title: NAMES, notes: ["Deferred.", "Agreed.", "Noted."] } },
    { entity: "decision", prefix: "dec", count: world.decisions.length, weight: 6, fields: { status: ["adopted", "deferred", "rejected"], title: NAMES } },
    { entity: "document", prefix: "doc", count: world.documentCount, weight: 8, fields: { title: NAMES, languages: ["en", "en,fr"] } },
    { entity: "reportingDeadline", prefix: "ddl", count: world.deadlineCount, weight: 3, fields: { status: ["upcoming", "in_preparation", "submitted", "late"] } },
    { entity: "agency", prefix: "agy", count: world.agencies.length, weight: 3, fields: { phone: ["+1 555 0100", "+1 555 0199"], acronym: ["MFA", "DGC"] } },
    { entity: "person", prefix: "per", count: world.persons.length, weight: 5, fields: { phone: ["+1 555 0101", "+1 555 0142"], honorific: ["Mr.", "Ms.", "Dr."] } },
    { entity: "position", prefix: "pos", count: world.positions.length, weight: 4, fields: { title: ["Licensing Officer", "Legal Adviser", "Desk Officer"] } },
    { entity: "committee", prefix: "cmt", count: world.committees.length, weight: 2, fields: { cadence: ["every month", "every 2 months"], confidentiality: LEVELS } },
    { entity: "handover", prefix: "hnd", count: world.handoverCount, weight: 2, fields: { status: ["draft", "submitted", "acknowledged"] } },
  ];
  return all.filter((t) => t.count > 0);
}

/**
 * Fills the trail; returns the keyset cursor of the event four fifths of the way down the log
 * (newest first), for the audit page's deep-page benchmark.
 */
export function fillAudit(world: World): string {
  const { db, rng, now, size } = world;
  const insert = inserter(db, "AuditEvent", ["id", "actorId", "entity", "entityId", "action", "before", "after", "at"] as const);
  const pool = targets(world);
  const cumulative: number[] = [];
  let total = 0;
  for (const target of pool) cumulative.push((total += target.weight));
  const personaUsers = Object.values(world.personas).flatMap((p) => world.userIdOf.get(p.personIdx) ?? []);
  const from = now - 5 * YEAR;
  const step = (now - from) / size.auditEvents;

  const pickTarget = () => {
    const r = rng.next() * total;
    const index = cumulative.findIndex((c) => r < c);
    return pool[index] ?? pool[0];
  };
  // Oldest first: the event at this index is four fifths of the way down the newest-first log.
  const deepIndex = Math.floor(size.auditEvents / 5);
  let deepCursor = "";
  const writeBatch = db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const target = pickTarget();
      if (!target) return;
      const atMs = Math.min(now, Math.round(from + i * step + rng.next() * DAY * 0.01));
      const r = rng.next();
      const action = r < 0.12 ? "create" : r < 0.95 ? "update" : r < 0.99 ? "archive" : "restore";
      const fieldNames = Object.keys(target.fields);
      const field = fieldNames[rng.int(0, fieldNames.length - 1)] ?? "title";
      const values = target.fields[field] ?? NAMES;
      const was = rng.pick(values);
      let becomes = rng.pick(values);
      if (becomes === was) becomes = values[(values.indexOf(was) + 1) % values.length] ?? was;
      const diff =
        action === "create" ? { before: null, after: JSON.stringify({ [field]: becomes }) }
        : action === "update" ? { before: JSON.stringify({ [field]: was }), after: JSON.stringify({ [field]: becomes }) }
        : action === "archive" ? { before: JSON.stringify({ archivedAt: null }), after: JSON.stringify({ archivedAt: iso(atMs) }) }
        : { before: JSON.stringify({ archivedAt: iso(atMs - 30 * DAY) }), after: JSON.stringify({ archivedAt: null }) };
      const a = rng.next();
      if (i === deepIndex) deepCursor = encodeCursor({ at: new Date(atMs), id: makeId("aud", i) });
      insert({
        id: makeId("aud", i),
        actorId: a < 0.08 ? null : a < 0.3 ? rng.pick(personaUsers) : rng.pick(world.userIds),
        entity: target.entity,
        entityId: makeId(target.prefix, rng.int(0, target.count - 1)),
        action,
        ...diff,
        at: iso(atMs),
      });
    }
  });
  for (let start = 0; start < size.auditEvents; start += BATCH) {
    writeBatch(start, Math.min(size.auditEvents, start + BATCH));
  }
  return deepCursor;
}
