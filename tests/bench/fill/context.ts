// What every fill module shares: the size of the run, a fast seeded random source, id and date
// encoders matching what Prisma writes, and the in-memory index of rows already generated (so later
// modules can point at them without reading the database back).
import type Database from "better-sqlite3";
import type { ConfidentialEntity } from "../../../app/domain/access";
import type { Confidentiality, RoleName } from "../../../app/domain/vocabulary";

export type Db = Database.Database;

export const SCALES = {
  national: {
    agencies: 60,
    people: 400,
    committees: 25,
    meetings: 2_500,
    actions: 20_000,
    auditEvents: 200_000,
    responsibilities: 60,
    raciPerResponsibility: 10,
    obligations: 10,
    accessGrantedRecords: 40,
  },
  large: {
    agencies: 600,
    people: 4_000,
    committees: 250,
    meetings: 25_000,
    actions: 200_000,
    auditEvents: 2_000_000,
    responsibilities: 300,
    raciPerResponsibility: 20,
    obligations: 150,
    accessGrantedRecords: 400,
  },
} as const;
export type ScaleName = keyof typeof SCALES;
export type ScaleSize = (typeof SCALES)[ScaleName];

export const DAY = 86_400_000;
export const YEAR = 365 * DAY;

/** mulberry32: tiny, seedable and far faster than faker for millions of picks. */
export class Rng {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick() from an empty list");
    return item;
  }
  /** Up to n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const count = Math.min(n, copy.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const a = copy[i];
      const b = copy[j];
      if (a === undefined || b === undefined) break;
      copy[i] = b;
      copy[j] = a;
    }
    return copy.slice(0, count);
  }
}

/** Text primary keys that sort in insertion order, which keeps the primary-key B-tree append-only. */
export function makeId(prefix: string, index: number): string {
  return `${prefix}_${index.toString(36).padStart(7, "0")}`;
}

/**
 * DateTime as Prisma's better-sqlite3 adapter writes it: ISO-8601 text with a "+00:00" offset, not
 * "Z" (checked against a row created through Prisma). Filters compare the text, so the exact form matters.
 */
export function iso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}+00:00`;
}

/** Date-only values are stored as UTC midnight. */
export function isoDate(ms: number): string {
  return iso(ms - (ms % DAY));
}

/** Booleans are stored as integers. */
export function bool(value: boolean): number {
  return value ? 1 : 0;
}

/** About 70% internal, 15% public, 12% restricted, 3% confidential. */
export function confidentiality(rng: Rng): Confidentiality {
  const r = rng.next();
  if (r < 0.7) return "internal";
  if (r < 0.85) return "public";
  if (r < 0.97) return "restricted";
  return "confidential";
}

/** A confidentiality level for a new record; confidential ones are remembered for access grants. */
export function classify(world: World, entity: ConfidentialEntity, id: string): Confidentiality {
  const level = confidentiality(world.rng);
  if (level === "confidential") world.confidential.push({ entity, id });
  return level;
}

export type SqlValue = string | number | null;

/** A prepared INSERT bound by column name, so a missing column fails instead of shifting values. */
export function inserter<const C extends readonly string[]>(db: Db, table: string, columns: C) {
  const names = columns.map((c) => `"${c}"`).join(", ");
  const params = columns.map((c) => `@${c}`).join(", ");
  const statement = db.prepare(`INSERT INTO "${table}" (${names}) VALUES (${params})`);
  return (row: Record<C[number], SqlValue>) => {
    statement.run(row);
  };
}

// ─── What has been generated so far ─────────────────────────────────────────

export type AgencyRef = { id: string; name: string; acronym: string; kind: string; positionIdxs: number[] };
export type PersonRef = { id: string; name: string };
export type PositionRef = {
  id: string;
  agencyIdx: number;
  title: string;
  holderIdx: number | null;
  /** The most recent closed tenure, for handovers. */
  previous: { assignmentId: string; personIdx: number; endMs: number } | null;
};
export type CommitteeRef = {
  id: string;
  name: string;
  shortName: string;
  chairAgencyIdx: number;
  secretariatAgencyIdx: number;
  /** Current members with their designated post. */
  members: { agencyIdx: number; positionIdx: number }[];
  standingItemIds: string[];
  seriesId: string;
  timeZone: string;
  venue: string;
  decisionPrefix: string;
  confidentiality: Confidentiality;
};
export type MeetingRef = {
  id: string;
  committeeIdx: number;
  startsMs: number;
  status: string;
  confidentiality: Confidentiality;
  /** Agenda item ids are contiguous: makeId("agi", agendaFirst + k) for k < agendaCount. */
  agendaFirst: number;
  agendaCount: number;
};
export type DecisionRef = { id: string; committeeIdx: number; meetingIdx: number; decidedMs: number };

/** The benchmark personas: a person holding a post in an agency, and the account they sign in with. */
export type Persona = { email: string; role: RoleName; personIdx: number; positionIdx: number; agencyIdx: number };

export type World = {
  db: Db;
  rng: Rng;
  now: number;
  size: ScaleSize;
  agencies: AgencyRef[];
  persons: PersonRef[];
  positions: PositionRef[];
  committees: CommitteeRef[];
  meetings: MeetingRef[];
  decisions: DecisionRef[];
  actionCount: number;
  documentCount: number;
  handoverCount: number;
  deadlineCount: number;
  userIds: string[];
  /** Account of a person, where they have one. */
  userIdOf: Map<number, string>;
  personas: { admin: Persona; secretary: Persona; focal: Persona; viewer: Persona };
  /** Records classified "confidential", for access grants. */
  confidential: { entity: ConfidentialEntity; id: string }[];
  /** The meeting given exactly 20 agenda items. */
  twentyItemMeetingIdx: number;
};

export function agencyOf(world: World, positionIdx: number): AgencyRef {
  const position = world.positions[positionIdx];
  const agency = position && world.agencies[position.agencyIdx];
  if (!agency) throw new Error(`No agency for position ${positionIdx}`);
  return agency;
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Index ${index} out of range (${items.length})`);
  return item;
}
