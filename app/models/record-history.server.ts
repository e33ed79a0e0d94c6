// The history of one record, from its audit events: who, when, and which fields changed from what
// to what. Used by every record page through <RecordHistory> (app/components/record-history.tsx).
//
// Clearance: the history of a record the reader may not see is not given at all, and a value that
// points at another record (an agency, a post, a committee, a meeting…) is shown by that record's
// name only when the reader may see it; otherwise it reads "a record you are not cleared for".
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import {
  accessSqlParams,
  visibleAuditSubjects,
  visibleCommitteesSql,
  visibleDecisionsSql,
  visibleDocumentsSql,
  visibleMeetingsSql,
  type AccessSqlParams,
} from "~/permissions.server";
import { readQuery, readSnapshot, sqlList } from "~/read-db.server";
import { accountName } from "~/domain/labels";

export const HISTORY_PAGE_SIZE = 20;

/** What a changed value is shown as. */
export type HistoryValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "date"; iso: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "record"; label: string; href: string | null }
  | { kind: "hidden" };

export type HistoryChange = { field: string; before: HistoryValue; after: HistoryValue };

export type HistoryEvent = {
  id: string;
  at: Date;
  action: string;
  actor: string | null;
  changes: HistoryChange[];
};

export type RecordHistoryPage = { events: HistoryEvent[]; page: number; pageSize: number; total: number };

// ─── Is the record itself visible? ─────────────────────────────────────────

/** May the reader see this record? Decided in app/permissions.server.ts, as for the audit log. */
export async function historyVisible(ctx: AccessContext, entity: string, id: string): Promise<boolean> {
  return (await visibleAuditSubjects(ctx, [{ entity, entityId: id }])).has(`${entity}:${id}`);
}

// ─── Values that point at other records ────────────────────────────────────

type RefKind = "agency" | "position" | "person" | "committee" | "meeting" | "decision" | "document";

/** Which kind of record a foreign-key field points at. */
const REF_FIELDS: Record<string, RefKind> = {
  agencyId: "agency",
  ownerAgencyId: "agency",
  chairAgencyId: "agency",
  secretariatAgencyId: "agency",
  leadAgencyId: "agency",
  presenterAgencyId: "agency",
  speakerAgencyId: "agency",
  positionId: "position",
  ownerPositionId: "position",
  leadPositionId: "position",
  personId: "person",
  ownerPersonId: "person",
  chairPersonId: "person",
  speakerPersonId: "person",
  outgoingPersonId: "person",
  incomingPersonId: "person",
  representedById: "person",
  committeeId: "committee",
  meetingId: "meeting",
  postponedToId: "meeting",
  decisionId: "decision",
  supersedesId: "decision",
  documentId: "document",
};

/** parentId points at a record of the same kind as the history's own. */
function refKind(entity: string, field: string): RefKind | null {
  if (field === "parentId") return entity === "agency" ? "agency" : entity === "committee" ? "committee" : null;
  return REF_FIELDS[field] ?? null;
}

const HREF: Record<RefKind, string> = {
  agency: "/agencies/",
  position: "/positions/",
  person: "/people/",
  committee: "/committees/",
  meeting: "/meetings/",
  decision: "/decisions/",
  document: "/documents/",
};

type Label = { id: string; label: string };
const ids = `(SELECT value FROM json_each(@ids))`;
/** One prepared statement per kind of referenced record; the classified kinds with their clearance. */
const REF_QUERIES: Record<RefKind, ReturnType<typeof readQuery<AccessSqlParams & { ids: string }, Label>>> = {
  agency: readQuery(`SELECT id, name AS label FROM Agency WHERE id IN ${ids}`),
  position: readQuery(`SELECT id, title AS label FROM Position WHERE id IN ${ids}`),
  person: readQuery(`SELECT id, givenName || ' ' || familyName AS label FROM Person WHERE id IN ${ids}`),
  committee: readQuery(`SELECT c.id, c.name AS label FROM Committee c WHERE c.id IN ${ids} AND ${visibleCommitteesSql("c")}`),
  meeting: readQuery(`SELECT m.id, m.title AS label FROM Meeting m WHERE m.id IN ${ids} AND ${visibleMeetingsSql("m")}`),
  decision: readQuery(`SELECT d.id, d.title AS label FROM Decision d WHERE d.id IN ${ids} AND ${visibleDecisionsSql("d")}`),
  document: readQuery(`SELECT d.id, coalesce(d.symbol, d.title) AS label FROM Document d WHERE d.id IN ${ids} AND ${visibleDocumentsSql("d")}`),
};

/**
 * Names of the referenced records the reader may see, by kind and id (absent: not visible or gone),
 * on the raw read path (decision 012): one statement per kind present.
 */
function resolveRefs(ctx: AccessContext, wanted: Map<RefKind, Set<string>>): Map<string, string> {
  const labels = new Map<string, string>();
  const access = accessSqlParams(ctx);
  for (const [kind, set] of wanted) {
    if (!set.size) continue;
    for (const row of REF_QUERIES[kind].all({ ...access, ids: sqlList([...set]) })) labels.set(`${kind}:${row.id}`, row.label);
  }
  return labels;
}

// ─── Reading the events ─────────────────────────────────────────────────────

const diffObject = z.record(z.string(), z.unknown());

function parseDiff(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed = diffObject.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Fields never shown: bookkeeping and secrets. */
const HIDDEN_FIELDS = new Set(["id", "createdAt", "updatedAt", "passwordHash", "tokenHash", "version", "dossierSnapshot"]);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_TEXT = 500;

function plainValue(value: unknown): HistoryValue {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string" && ISO_INSTANT.test(value)) return { kind: "date", iso: value };
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return { kind: "text", text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
}

export const actorSelect = { email: true, person: { select: { givenName: true, familyName: true } } } satisfies Prisma.UserSelect;

/**
 * One page of the history of a record, newest first; null when the reader may not see the record.
 * `entity` is the name used in audit events ("agency", "meeting", "handover"…).
 */
export async function recordHistory(ctx: AccessContext, entity: string, entityId: string, page = 1): Promise<RecordHistoryPage | null> {
  if (!(await historyVisible(ctx, entity, entityId))) return null;
  const safePage = Math.max(1, Math.min(page, 10_000));
  const params = { entity, entityId, take: HISTORY_PAGE_SIZE, skip: (safePage - 1) * HISTORY_PAGE_SIZE };
  const { rows, total } = readSnapshot(() => {
    const page = historyPageQuery.all(params);
    // The window's count rides on the page's rows; past the last page there are none to carry it.
    return { rows: page, total: page[0]?.total ?? historyCountQuery.get({ entity, entityId })?.n ?? 0 };
  });
  const events = await describeAuditEvents(
    ctx,
    rows.map((row) => ({
      id: row.id,
      at: new Date(row.at),
      entity,
      action: row.action,
      before: row.before,
      after: row.after,
      actor: row.actorEmail === null ? null : { email: row.actorEmail, person: row.actorGiven !== null && row.actorFamily !== null ? { givenName: row.actorGiven, familyName: row.actorFamily } : null },
    })),
  );
  return { events, page: safePage, pageSize: HISTORY_PAGE_SIZE, total };
}

type HistoryParams = { entity: string; entityId: string; take: number; skip: number };
/** One page of a record's events, newest first, with who made each and the total (index entityId, at, id). */
const historyPageQuery = readQuery<
  HistoryParams,
  { id: string; at: string; action: string; before: string | null; after: string | null; actorEmail: string | null; actorGiven: string | null; actorFamily: string | null; total: number }
>(`
  SELECT e.id, e.at, e.action, e.before, e.after, u.email AS actorEmail, p.givenName AS actorGiven, p.familyName AS actorFamily,
    count(*) OVER () AS total
  FROM AuditEvent e
  LEFT JOIN User u ON u.id = e.actorId
  LEFT JOIN Person p ON p.id = u.personId
  WHERE e.entityId = @entityId AND e.entity = @entity
  ORDER BY e.at DESC, e.id DESC
  LIMIT @take OFFSET @skip`);
const historyCountQuery = readQuery<{ entity: string; entityId: string }, { n: number }>(`
  SELECT count(*) AS n FROM AuditEvent e WHERE e.entityId = @entityId AND e.entity = @entity`);

export type AuditEventRow = {
  id: string;
  at: Date;
  entity: string;
  action: string;
  before: string | null;
  after: string | null;
  actor: { email: string; person: { givenName: string; familyName: string } | null } | null;
};

/**
 * Audit events as the reader is shown them: each changed field from what to what, references to
 * other records named only when the reader may see them. The caller decides whether the reader may
 * see the events' records at all (recordHistory; the audit log through visibleAuditSubjects).
 */
export async function describeAuditEvents(ctx: AccessContext, rows: readonly AuditEventRow[]): Promise<HistoryEvent[]> {
  const parsed = rows.map((row) => ({ row, before: parseDiff(row.before), after: parseDiff(row.after) }));
  const wanted = new Map<RefKind, Set<string>>();
  for (const { row, before, after } of parsed) {
    for (const [field, value] of [...Object.entries(before), ...Object.entries(after)]) {
      const kind = refKind(row.entity, field);
      if (kind && typeof value === "string" && value) (wanted.get(kind) ?? wanted.set(kind, new Set()).get(kind))?.add(value);
    }
  }
  const labels = resolveRefs(ctx, wanted);
  const valueOf = (entity: string, field: string, value: unknown): HistoryValue => {
    const kind = refKind(entity, field);
    if (!kind || typeof value !== "string" || !value) return plainValue(value);
    const label = labels.get(`${kind}:${value}`);
    return label === undefined ? { kind: "hidden" } : { kind: "record", label, href: `${HREF[kind]}${value}` };
  };

  return parsed.map(({ row, before, after }): HistoryEvent => {
    const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((f) => !HIDDEN_FIELDS.has(f));
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      actor: actorName(row.actor),
      changes: fields.map((field) => ({ field, before: valueOf(row.entity, field, before[field]), after: valueOf(row.entity, field, after[field]) })),
    };
  });
}

export function actorName(actor: AuditEventRow["actor"]): string | null {
  return actor ? accountName(actor) : null;
}

/** The history page number from a record page's URL (?historyPage=2). */
export function historyPageFrom(request: Request): number {
  const raw = Number.parseInt(new URL(request.url).searchParams.get("historyPage") ?? "1", 10);
  return Number.isFinite(raw) && raw > 0 ? Math.min(raw, 10_000) : 1;
}
