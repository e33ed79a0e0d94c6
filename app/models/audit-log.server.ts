// The audit log (docs/decisions/024-audit-log.md): every audit event, newest first, filtered by
// actor, kind, action, record and date range, read by keyset — (at, id) — on an index that ends in
// (at, id) for every filter, so a deep page costs what the first one does. An event's content (its
// record and field-by-field diff) is given only when the reader may see its record
// (visibleAuditSubjects in app/permissions.server.ts).
import { AUDIT_PAGE_SIZE, auditRecordHref, type AuditCursor } from "~/domain/audit-log";
import { wallToUtc } from "~/domain/wall-clock";
import { readQuery, sqlDate, type SqlParams } from "~/read-db.server";
import type { AccessContext } from "~/domain/access";
import { visibleAuditSubjects } from "~/permissions.server";
import type { AuditFilters } from "~/schemas/audit-log";
import { describeAuditEvents, type HistoryChange } from "./record-history.server";
import { toIsoDate } from "~/domain/calendar-date";
import { personName } from "~/domain/labels";

export type AuditLogEntry = {
  id: string;
  at: Date;
  entity: string;
  action: string;
  actor: { name: string; email: string } | null;
  /** False: the reader may not see the record; entityId, href and changes are withheld. */
  visible: boolean;
  entityId: string | null;
  href: string | null;
  changes: HistoryChange[];
};

export type AuditLogPage = {
  entries: AuditLogEntry[];
  /** Cursors of the neighbouring pages (null: there is none). */
  older: string | null;
  newer: string | null;
};

type Row = {
  id: string;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  actorEmail: string | null;
  givenName: string | null;
  familyName: string | null;
};

/** The WHERE clause of a filter set: fixed SQL fragments, values only as named parameters. */
function conditions(filters: AuditFilters, timeZone: string): { where: string[]; params: SqlParams } {
  const where: string[] = [];
  const params: SqlParams = {};
  if (filters.actor) {
    where.push("e.actorId = (SELECT id FROM User WHERE email = @actor)");
    params.actor = filters.actor;
  }
  if (filters.entity) {
    // With a record, its id is the selective column: "+" keeps the planner off the kind's index.
    where.push(filters.record ? "+e.entity = @entity" : "e.entity = @entity");
    params.entity = filters.entity;
  }
  if (filters.action) {
    where.push("e.action = @action");
    params.action = filters.action;
  }
  if (filters.record) {
    where.push("e.entityId = @record");
    params.record = filters.record;
  }
  // Days in the reader's time zone: from the first instant of `from` to the first of the day after `to`.
  if (filters.from) {
    where.push("e.at >= @fromAt");
    params.fromAt = sqlDate(wallToUtc(filters.from, "00:00", timeZone));
  }
  if (filters.to) {
    const next = new Date(`${filters.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    where.push("e.at < @toAt");
    params.toAt = sqlDate(wallToUtc(toIsoDate(next), "00:00", timeZone));
  }
  return { where, params };
}

const SELECT = `SELECT e.id, e.at, e.entity, e.entityId, e.action, e.before, e.after,
    u.email AS actorEmail, p.givenName, p.familyName
  FROM AuditEvent e
  LEFT JOIN User u ON u.id = e.actorId
  LEFT JOIN Person p ON p.id = u.personId`;

/**
 * Up to `take` events from a cursor: older than `after` (newest first), or newer than `before`
 * (read oldest first, returned newest first). The SQL text depends only on which filters are set,
 * so each combination is prepared once.
 */
function readEvents(filters: AuditFilters, timeZone: string, cursor: { after: AuditCursor | null; before: AuditCursor | null }, take: number): Row[] {
  const { where, params } = conditions(filters, timeZone);
  const newerFirst = !cursor.before;
  const from = cursor.after ?? cursor.before;
  if (from) {
    where.push(newerFirst ? "(e.at, e.id) < (@cursorAt, @cursorId)" : "(e.at, e.id) > (@cursorAt, @cursorId)");
    params.cursorAt = sqlDate(new Date(from.at));
    params.cursorId = from.id;
  }
  const order = newerFirst ? "e.at DESC, e.id DESC" : "e.at ASC, e.id ASC";
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT @take`;
  const rows = readQuery<SqlParams, Row>(sql).all({ ...params, take });
  return newerFirst ? rows : rows.reverse();
}

const cursorOf = (row: Row) => `${new Date(row.at).toISOString()}~${row.id}`;

async function toEntries(ctx: AccessContext, rows: Row[]): Promise<AuditLogEntry[]> {
  const visible = await visibleAuditSubjects(ctx, rows);
  const shown = rows.filter((r) => visible.has(`${r.entity}:${r.entityId}`));
  const described = await describeAuditEvents(
    ctx,
    shown.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      entity: r.entity,
      action: r.action,
      before: r.before,
      after: r.after,
      actor: null,
    })),
  );
  const changes = new Map(described.map((d) => [d.id, d.changes]));
  return rows.map((r) => {
    const isVisible = visible.has(`${r.entity}:${r.entityId}`);
    return {
      id: r.id,
      at: new Date(r.at),
      entity: r.entity,
      action: r.action,
      actor: r.actorEmail ? { email: r.actorEmail, name: r.givenName !== null && r.familyName !== null ? personName({ givenName: r.givenName, familyName: r.familyName }) : r.actorEmail } : null,
      visible: isVisible,
      entityId: isVisible ? r.entityId : null,
      href: isVisible ? auditRecordHref(r.entity, r.entityId) : null,
      changes: isVisible ? (changes.get(r.id) ?? []) : [],
    };
  });
}

/** One page of the log. */
export async function auditLogPage(ctx: AccessContext, filters: AuditFilters, timeZone: string): Promise<AuditLogPage> {
  const rows = readEvents(filters, timeZone, { after: filters.after, before: filters.before }, AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  // The extra row is the one furthest from the cursor: the last reading forwards, the first (newest) reading backwards.
  const page = filters.before ? (more ? rows.slice(1) : rows) : rows.slice(0, AUDIT_PAGE_SIZE);
  const first = page[0];
  const last = page.at(-1);
  const entries = await toEntries(ctx, page);
  return {
    entries,
    older: last && (filters.before || more) ? cursorOf(last) : null,
    newer: first && (filters.after || (filters.before && more)) ? cursorOf(first) : null,
  };
}

export const AUDIT_EXPORT_BATCH = 500;
/** An export stops here; the CSV says so in its last line. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The filtered log in batches, newest first, at most AUDIT_EXPORT_LIMIT events (then `truncated`). */
export async function* auditExportBatches(
  ctx: AccessContext,
  filters: AuditFilters,
  timeZone: string,
): AsyncGenerator<{ entries: AuditLogEntry[]; truncated: boolean }> {
  let cursor: AuditCursor | null = filters.after;
  let sent = 0;
  const unpaged = { ...filters, after: null, before: null };
  while (sent < AUDIT_EXPORT_LIMIT) {
    const take = Math.min(AUDIT_EXPORT_BATCH, AUDIT_EXPORT_LIMIT - sent);
    const rows = readEvents(unpaged, timeZone, { after: cursor, before: null }, take + 1);
    const batch = rows.slice(0, take);
    const last = batch.at(-1);
    if (!last) return;
    sent += batch.length;
    const more = rows.length > take;
    yield { entries: await toEntries(ctx, batch), truncated: more && sent >= AUDIT_EXPORT_LIMIT };
    if (!more) return;
    cursor = { at: new Date(last.at).toISOString(), id: last.id };
  }
}
