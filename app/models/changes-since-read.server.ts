// "What changed since the handover" on a post's page, on the raw read path (decisions 012 and 064):
// one statement lists, newest first, the post's actions created or closed since, the decisions and
// meetings of its committees created since, the deadlines it leads created since, and the moves and
// cancellations the audit log recorded since for its deadlines, milestones and meetings — and returns
// one page of them with the total. The rules are app/domain/changes-since.ts's (its unit tests hold
// them); tests/integration/changes-since-read.test.ts holds this read to that function over the
// Prisma rows it was given before. Clearance comes from the SQL fragments of app/permissions.server.ts.
import type { AccessContext } from "~/domain/access";
import type { Change, ChangeKind } from "~/domain/changes-since";
import type { SectionPage } from "~/models/position-read.server";
import { accessSqlParams, visibleActionsSql, visibleDecisionsSql, visibleMeetingsSql, visibleObligationsSql, type AccessSqlParams } from "~/permissions.server";
import { fromSqlDate, readQuery, readSnapshot, sqlDate } from "~/read-db.server";

type Post = { positionId: string; now: string };
type Since = AccessSqlParams & Post & { since: string };

// The reference date: the latest submitted version of the post's latest handover (the date of a
// submission is a fact of the handover, open to every reader: decision 033), else the start of the
// current holder's tenure.
const handoverQuery = readQuery<{ positionId: string }, { id: string; submittedAt: string }>(`
  SELECT h.id, h.submittedAt FROM Handover h
  WHERE h.positionId = @positionId AND h.archivedAt IS NULL AND h.submittedAt IS NOT NULL
  ORDER BY h.submittedAt DESC LIMIT 1`);
const tenureQuery = readQuery<Post, { startDate: string }>(`
  SELECT a.startDate FROM Assignment a
  WHERE a.positionId = @positionId AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now)
  ORDER BY a.startDate DESC LIMIT 1`);

/** A text field of a stored audit diff (JSON), or NULL: anything unreadable is "not changed", as in the domain's `field`. */
const textField = (column: string, key: string) =>
  `(CASE WHEN json_valid(${column}) THEN CASE WHEN json_type(${column}, '$.${key}') = 'text' THEN json_extract(${column}, '$.${key}') END END)`;
/** A date field of an audit event (alias e) before and after. */
const diff = (key: string) => `${textField("e.before", key)} AS fromDate, ${textField("e.after", key)} AS toDate`;
/** The date moved: both sides present, non-empty and different. */
const MOVED = `fromDate <> '' AND toDate <> '' AND fromDate <> toDate`;
const CLOSED = `('done', 'cancelled')`;

// Each part gives (kind, at, entity, id, title, fromDate, toDate, eventId); `at` is stored text, which
// orders as the instants do (one format throughout: sqlDate).
const CHANGES = `
  seats AS (
    SELECT DISTINCT m.committeeId FROM CommitteeMembership m
    WHERE m.positionId = @positionId AND m.startDate <= @now AND (m.endDate IS NULL OR m.endDate > @since)),
  meetings AS (
    SELECT mt.id, mt.title, mt.createdAt FROM Meeting mt
    WHERE mt.committeeId IN (SELECT committeeId FROM seats) AND mt.archivedAt IS NULL
      AND (mt.createdAt > @since OR mt.updatedAt > @since) AND ${visibleMeetingsSql("mt")}),
  deadlines AS (
    SELECT d.id, o.title || ' (' || d.cycle || ')' AS title, d.createdAt
    FROM ReportingObligation o JOIN ReportingDeadline d ON d.obligationId = o.id
    WHERE o.leadPositionId = @positionId AND d.archivedAt IS NULL AND (d.createdAt > @since OR d.updatedAt > @since)
      AND ${visibleObligationsSql("o")}),
  milestones AS (
    SELECT m.id, coalesce(m.title, m.kind) || ' — ' || o.title || ' (' || d.cycle || ')' AS title
    FROM Milestone m JOIN ReportingDeadline d ON d.id = m.deadlineId JOIN ReportingObligation o ON o.id = d.obligationId
    WHERE m.ownerPositionId = @positionId AND m.archivedAt IS NULL AND m.updatedAt > @since AND ${visibleObligationsSql("o")}),
  changes AS (
    SELECT 'action_new' AS kind, x.createdAt AS at, 'action' AS entity, x.id, x.title, NULL AS fromDate, NULL AS toDate, '' AS eventId
    FROM Action x WHERE x.ownerPositionId = @positionId AND x.createdAt > @since AND ${visibleActionsSql("x")}
    UNION ALL
    SELECT 'action_closed', closedAt, 'action', id, title, NULL, NULL, '' FROM (
      SELECT x.id, x.title,
        (SELECT max(u.at) FROM ActionUpdate u WHERE u.actionId = x.id AND u.at > @since AND u.status IN ${CLOSED}) AS closedAt
      FROM Action x WHERE x.ownerPositionId = @positionId AND x.status IN ${CLOSED} AND ${visibleActionsSql("x")})
    WHERE closedAt IS NOT NULL
    UNION ALL
    SELECT 'decision', dc.createdAt, 'decision', dc.id, dc.title, NULL, NULL, ''
    FROM Decision dc WHERE dc.committeeId IN (SELECT committeeId FROM seats) AND dc.archivedAt IS NULL AND dc.createdAt > @since
      AND ${visibleDecisionsSql("dc")}
    UNION ALL
    SELECT 'deadline_new', createdAt, 'reportingDeadline', id, title, NULL, NULL, '' FROM deadlines WHERE createdAt > @since
    UNION ALL
    SELECT 'meeting_new', createdAt, 'meeting', id, title, NULL, NULL, '' FROM meetings WHERE createdAt > @since
    UNION ALL
    -- A record created and then moved since is simply new: its history starts after the handover.
    SELECT 'deadline_moved', at, 'reportingDeadline', id, title, fromDate, toDate, eventId FROM (
      SELECT e.at, d.id, d.title, ${diff("dueDate")}, e.id AS eventId
      FROM deadlines d CROSS JOIN AuditEvent e ON e.entityId = d.id AND +e.entity = 'reportingDeadline' AND e.at > @since
      WHERE d.createdAt <= @since)
    WHERE ${MOVED}
    UNION ALL
    SELECT 'milestone_moved', at, 'milestone', id, title, fromDate, toDate, eventId FROM (
      SELECT e.at, m.id, m.title, ${diff("dueDate")}, e.id AS eventId
      FROM milestones m CROSS JOIN AuditEvent e ON e.entityId = m.id AND +e.entity = 'milestone' AND e.at > @since)
    WHERE ${MOVED}
    UNION ALL
    SELECT CASE WHEN status = 'cancelled' THEN 'meeting_cancelled' ELSE 'meeting_moved' END, at, 'meeting', id, title, fromDate, toDate, eventId FROM (
      SELECT e.at, mt.id, mt.title, ${diff("startsAt")}, ${textField("e.after", "status")} AS status, e.id AS eventId
      FROM meetings mt CROSS JOIN AuditEvent e ON e.entityId = mt.id AND +e.entity = 'meeting' AND e.at > @since
      WHERE mt.createdAt <= @since)
    WHERE status = 'cancelled' OR (${MOVED}))`;

type ChangeRow = { kind: ChangeKind; at: string; entity: Change["entity"]; id: string; title: string; fromDate: string | null; toDate: string | null; total: number };
const changesPage = readQuery<Since & SectionPage, ChangeRow>(`
  WITH ${CHANGES}
  SELECT kind, at, entity, id, title, fromDate, toDate, count(*) OVER () AS total FROM changes
  ORDER BY at DESC, kind, id, eventId LIMIT @take OFFSET @skip`);
const changesCount = readQuery<Since, { n: number }>(`WITH ${CHANGES} SELECT count(*) AS n FROM changes`);

export type ChangesSincePage = { since: Date; handoverId: string | null; changes: Change[]; total: number };

/**
 * One page of what changed on the post since its latest handover (else since its holder took it up),
 * newest first, as the reader may see it; null when there is neither (nothing to compare with).
 */
export function readChangesSince(ctx: AccessContext, positionId: string, now: Date, page: SectionPage): ChangesSincePage | null {
  return readSnapshot(() => {
    const at = sqlDate(now);
    const handover = handoverQuery.get({ positionId });
    const ref = handover ? { since: handover.submittedAt, handoverId: handover.id } : tenureOf(positionId, at);
    if (!ref) return null;
    const params: Since = { ...accessSqlParams(ctx), positionId, now: at, since: ref.since };
    const rows = changesPage.all({ ...params, ...page });
    // Past the last page the window gives no row to carry the total: count apart.
    const total = rows[0]?.total ?? (page.skip > 0 ? (changesCount.get(params)?.n ?? 0) : 0);
    return { since: fromSqlDate(ref.since), handoverId: ref.handoverId, changes: rows.map(changeOf), total };
  });
}

function tenureOf(positionId: string, now: string) {
  const tenure = tenureQuery.get({ positionId, now });
  return tenure ? { since: tenure.startDate, handoverId: null } : null;
}

function changeOf(row: ChangeRow): Change {
  const change: Change = { kind: row.kind, at: fromSqlDate(row.at).toISOString(), entity: row.entity, id: row.id, title: row.title };
  if (row.kind === "meeting_cancelled" || row.fromDate === null || row.toDate === null) return change;
  return { ...change, from: row.fromDate, to: row.toDate };
}
