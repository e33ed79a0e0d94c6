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
import { visibleAuditSubjects, visibleCommittees, visibleDecisions, visibleDocuments, visibleMeetings } from "~/permissions.server";
import { accountName, personName } from "~/domain/labels";

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

/** Names of the referenced records the reader may see, by kind and id (absent: not visible or gone). */
async function resolveRefs(ctx: AccessContext, wanted: Map<RefKind, Set<string>>): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const ids = (kind: RefKind) => [...(wanted.get(kind) ?? [])];
  const put = (kind: RefKind, id: string, label: string) => labels.set(`${kind}:${id}`, label);
  const tasks: Promise<void>[] = [];
  const run = <T>(kind: RefKind, query: (list: string[]) => Promise<T[]>, label: (row: T) => [string, string]) => {
    const list = ids(kind);
    if (list.length) tasks.push(query(list).then((rows) => rows.forEach((row) => put(kind, ...label(row)))));
  };
  run("agency", (list) => prisma.agency.findMany({ where: { id: { in: list } }, select: { id: true, name: true } }), (r) => [r.id, r.name]);
  run("position", (list) => prisma.position.findMany({ where: { id: { in: list } }, select: { id: true, title: true } }), (r) => [r.id, r.title]);
  run(
    "person",
    (list) => prisma.person.findMany({ where: { id: { in: list } }, select: { id: true, givenName: true, familyName: true } }),
    (r) => [r.id, personName(r)],
  );
  run("committee", (list) => prisma.committee.findMany({ where: { AND: [{ id: { in: list } }, visibleCommittees(ctx)] }, select: { id: true, name: true } }), (r) => [r.id, r.name]);
  run("meeting", (list) => prisma.meeting.findMany({ where: { AND: [{ id: { in: list } }, visibleMeetings(ctx)] }, select: { id: true, title: true } }), (r) => [r.id, r.title]);
  run("decision", (list) => prisma.decision.findMany({ where: { AND: [{ id: { in: list } }, visibleDecisions(ctx)] }, select: { id: true, title: true } }), (r) => [r.id, r.title]);
  run(
    "document",
    (list) => prisma.document.findMany({ where: { AND: [{ id: { in: list } }, visibleDocuments(ctx)] }, select: { id: true, symbol: true, title: true } }),
    (r) => [r.id, r.symbol ?? r.title],
  );
  await Promise.all(tasks);
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
  const where = { entity, entityId } satisfies Prisma.AuditEventWhereInput;
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (safePage - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: { id: true, at: true, action: true, before: true, after: true, actor: { select: actorSelect } },
    }),
    prisma.auditEvent.count({ where }),
  ]);

  const events = await describeAuditEvents(
    ctx,
    rows.map((row) => ({ ...row, entity })),
  );
  return { events, page: safePage, pageSize: HISTORY_PAGE_SIZE, total };
}

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
  const labels = await resolveRefs(ctx, wanted);
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
