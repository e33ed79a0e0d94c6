// The one place that decides access on the server: every loader and action, search, export and
// calendar feed builds its AccessContext here and asks `can`/`canSee` (app/domain/access.ts), or
// scopes its query with the visibility filters below, which encode the same rules as `canSee`.
import { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { getSessionAccessVersion, requireUserId } from "~/auth/auth.server";
import { fromSqlDate, readQuery, sqlDate, sqlList, type SqlParams } from "~/read-db.server";
import {
  can,
  canSee,
  CONFIDENTIAL_ENTITIES,
  OPEN_LEVELS,
  type AccessContext,
  type Classified,
  type ConfidentialEntity,
  type Ownership,
  type PermissionAction,
  type PermissionEntity,
} from "~/domain/access";
import { isOneOf, ROLE_NAMES, type RoleName } from "~/domain/vocabulary";
import { personName } from "~/domain/labels";

export type CurrentUser = {
  id: string;
  email: string;
  locale: string;
  timeZone: string | null;
  displayName: string;
  personId: string | null;
};

export type Access = { user: CurrentUser; ctx: AccessContext };

/** Current = started and not ended (an end date in the future still counts). */
export function currentAssignmentWhere(now: Date): Prisma.AssignmentWhereInput {
  return { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] };
}

/** A committee seat held at `now`: started and not ended, as for assignments. */
export function currentMembershipWhere(now: Date): Prisma.CommitteeMembershipWhereInput {
  return { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] };
}

type UserRow = {
  id: string;
  email: string;
  locale: string;
  timeZone: string | null;
  personId: string | null;
  givenName: string | null;
  familyName: string | null;
};
const userQuery = readQuery<{ userId: string }, UserRow>(`
  SELECT u.id, u.email, u.locale, u.timeZone, u.personId, p.givenName, p.familyName
  FROM User u LEFT JOIN Person p ON p.id = u.personId
  WHERE u.id = @userId AND u.disabledAt IS NULL`);

const rolesQuery = readQuery<{ userId: string }, { role: string; permission: string | null }>(`
  SELECT r.name AS role, pm.action || ':' || pm.entity || ':' || pm.access AS permission
  FROM _RoleToUser ru
  JOIN Role r ON r.id = ru.A
  LEFT JOIN _PermissionToRole pr ON pr.B = r.id
  LEFT JOIN Permission pm ON pm.id = pr.A
  WHERE ru.B = @userId`);

const postsQuery = readQuery<{ personId: string; now: string }, { positionId: string; agencyId: string }>(`
  SELECT a.positionId, po.agencyId
  FROM Assignment a JOIN Position po ON po.id = a.positionId
  WHERE a.personId = @personId AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now)`);

const committeesQuery = readQuery<{ agencyIds: string; now: string }, { committeeId: string }>(`
  SELECT m.committeeId FROM CommitteeMembership m
  WHERE m.agencyId IN (SELECT value FROM json_each(@agencyIds))
    AND m.startDate <= @now AND (m.endDate IS NULL OR m.endDate > @now)
  UNION
  SELECT c.id FROM Committee c WHERE c.secretariatAgencyId IN (SELECT value FROM json_each(@agencyIds))`);

const grantsQuery = readQuery<{ personId: string }, { entity: string; entityId: string }>(`
  SELECT entity, entityId FROM AccessGrant WHERE personId = @personId`);

// When the context built now stops being true by itself: the next start or end of one of the
// person's assignments, or of a membership of their agencies (the triggers catch every edit).
const nextChangeQuery = readQuery<{ personId: string; agencyIds: string; now: string }, { at: string | null }>(`
  SELECT min(t) AS at FROM (
    SELECT min(startDate) AS t FROM Assignment WHERE personId = @personId AND startDate > @now
    UNION ALL SELECT min(endDate) FROM Assignment WHERE personId = @personId AND endDate > @now
    UNION ALL SELECT min(startDate) FROM CommitteeMembership
      WHERE agencyId IN (SELECT value FROM json_each(@agencyIds)) AND startDate > @now
    UNION ALL SELECT min(endDate) FROM CommitteeMembership
      WHERE agencyId IN (SELECT value FROM json_each(@agencyIds)) AND endDate > @now)`);

/** The access context as of `now`, and until when it holds unless the data change. */
function buildAccess(userId: string, now: Date): { access: Access; validUntil: number } | null {
  const at = sqlDate(now);
  const user = userQuery.get({ userId });
  if (!user) return null;
  const posts = user.personId ? postsQuery.all({ personId: user.personId, now: at }) : [];
  const positionIds = [...new Set(posts.map((a) => a.positionId))];
  const agencyIds = [...new Set(posts.map((a) => a.agencyId))];
  const agencyList = sqlList(agencyIds);
  const committeeIds = agencyIds.length ? committeesQuery.all({ agencyIds: agencyList, now: at }).map((c) => c.committeeId) : [];
  const grants = user.personId ? grantsQuery.all({ personId: user.personId }) : [];
  const nextChange = user.personId ? nextChangeQuery.get({ personId: user.personId, agencyIds: agencyList, now: at })?.at : null;

  const grantMap: Partial<Record<ConfidentialEntity, string[]>> = {};
  for (const g of grants) {
    if (!isOneOf(CONFIDENTIAL_ENTITIES, g.entity)) continue;
    (grantMap[g.entity] ??= []).push(g.entityId);
  }
  const roleRows = rolesQuery.all({ userId });
  const roles = [...new Set(roleRows.map((r) => r.role))].filter((name): name is RoleName => isOneOf(ROLE_NAMES, name));
  const permissions = [...new Set(roleRows.flatMap((r) => (r.permission ? [r.permission] : [])))];

  const access: Access = {
    user: {
      id: user.id,
      email: user.email,
      locale: user.locale,
      timeZone: user.timeZone,
      personId: user.personId,
      displayName: user.givenName !== null && user.familyName !== null ? personName({ givenName: user.givenName, familyName: user.familyName }) : user.email,
    },
    ctx: {
      userId: user.id,
      personId: user.personId,
      roles,
      permissions,
      agencyIds,
      positionIds,
      committeeIds: [...new Set(committeeIds)],
      grants: grantMap,
    },
  };
  return { access, validUntil: nextChange ? fromSqlDate(nextChange).getTime() : Number.POSITIVE_INFINITY };
}

/** The user's access context, read now (no cache): current posts, agencies, committees, grants. */
export async function loadAccess(userId: string, now = new Date()): Promise<Access | null> {
  return buildAccess(userId, now)?.access ?? null;
}

// ─── The per-worker cache of access contexts ───────────────────────────────────
// Keyed by user, stamped with AccessVersion's version: SQLite triggers bump it on every change to
// roles, user roles, users, names, assignments, posts' agencies, memberships, secretariats and
// grants, whichever worker or tool writes. A request costs one indexed read (the session row and the
// version together); the context is rebuilt when the version moved or a date in it has passed.

type CachedAccess = { version: number; validUntil: number; access: Access };
const ACCESS_CACHE_LIMIT = 1000;
const accessCache = new Map<string, CachedAccess>();

/** How many access contexts this worker holds (tests and the memory notes). */
export function accessCacheSize(): number {
  return accessCache.size;
}

export async function loadAccessCached(userId: string, version: number | null, now = new Date()): Promise<Access | null> {
  const cached = accessCache.get(userId);
  if (cached && version !== null && cached.version === version && now.getTime() < cached.validUntil) {
    // Most recently used last, so the oldest entry is the first to go when the cache is full.
    accessCache.delete(userId);
    accessCache.set(userId, cached);
    return cached.access;
  }
  const built = buildAccess(userId, now);
  accessCache.delete(userId);
  if (!built) return null;
  if (version !== null) {
    if (accessCache.size >= ACCESS_CACHE_LIMIT) {
      const oldest = accessCache.keys().next().value;
      if (oldest !== undefined) accessCache.delete(oldest);
    }
    accessCache.set(userId, { version, ...built });
  }
  return built.access;
}

// Loaders of one request (root and page) share the same Request: compute the context once.
const perRequest = new WeakMap<Request, Promise<Access | null>>();

export async function getAccess(request: Request): Promise<Access | null> {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = (async () => {
      const session = await getSessionAccessVersion(request);
      return session ? loadAccessCached(session.userId, session.accessVersion) : null;
    })();
    perRequest.set(request, pending);
  }
  return pending;
}

/** Signed-in user and their access context, or a redirect to the sign-in page. */
export async function requireAccess(request: Request): Promise<Access> {
  const access = await getAccess(request);
  if (access) return access;
  await requireUserId(request);
  // requireUserId throws when nobody is signed in; a disabled user lands here.
  throw new Response("Forbidden", { status: 403 });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export function notFound(): Response {
  return new Response("Not Found", { status: 404, statusText: "Not Found" });
}

export function assertCan(
  ctx: AccessContext,
  action: PermissionAction,
  entity: PermissionEntity,
  owner?: Ownership,
): void {
  if (!can(ctx, action, entity, owner)) throw forbidden();
}

/** Requires the permission; answers 403 when the role lacks it. */
export async function requirePermission(
  request: Request,
  action: PermissionAction,
  entity: PermissionEntity,
  owner?: Ownership,
): Promise<Access> {
  const access = await requireAccess(request);
  assertCan(access.ctx, action, entity, owner);
  return access;
}

/** A record the reader is not cleared for is answered as missing, so its existence does not leak. */
export function assertVisible(ctx: AccessContext, entity: ConfidentialEntity, record: Classified | null): asserts record {
  if (!record || !canSee(ctx, entity, record)) throw notFound();
}

// ─── Visibility filters: the same rule as canSee, as Prisma where clauses ─────

const openLevels = { confidentiality: { in: [...OPEN_LEVELS] } };

function granted(ctx: AccessContext, entity: ConfidentialEntity) {
  return { id: { in: [...(ctx.grants[entity] ?? [])] } };
}

export function visibleCommittees(ctx: AccessContext): Prisma.CommitteeWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", id: { in: [...ctx.committeeIds] } },
      granted(ctx, "committee"),
    ],
  };
}

export function visibleMeetings(ctx: AccessContext): Prisma.MeetingWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", committeeId: { in: [...ctx.committeeIds] } },
      granted(ctx, "meeting"),
    ],
  };
}

export function visibleDecisions(ctx: AccessContext): Prisma.DecisionWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", committeeId: { in: [...ctx.committeeIds] } },
      granted(ctx, "decision"),
    ],
  };
}

export function visibleActions(ctx: AccessContext): Prisma.ActionWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", committeeId: { in: [...ctx.committeeIds] } },
      { confidentiality: "restricted", committeeId: null, ownerAgencyId: { in: [...ctx.agencyIds] } },
      granted(ctx, "action"),
    ],
  };
}

export function visibleDocuments(ctx: AccessContext): Prisma.DocumentWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", committeeId: { in: [...ctx.committeeIds] } },
      { confidentiality: "restricted", committeeId: null, agencyId: { in: [...ctx.agencyIds] } },
      granted(ctx, "document"),
    ],
  };
}

export function visibleHandovers(ctx: AccessContext): Prisma.HandoverWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", agencyId: { in: [...ctx.agencyIds] } },
      granted(ctx, "handover"),
    ],
  };
}

/**
 * Reporting obligations: "restricted" means the staff of the lead agency and of the contributing
 * agencies; "confidential" the people named on it.
 */
export function visibleObligations(ctx: AccessContext): Prisma.ReportingObligationWhereInput {
  return {
    OR: [
      openLevels,
      { confidentiality: "restricted", leadAgencyId: { in: [...ctx.agencyIds] } },
      { confidentiality: "restricted", contributors: { some: { agencyId: { in: [...ctx.agencyIds] }, archivedAt: null } } },
      granted(ctx, "reportingObligation"),
    ],
  };
}

/** A cycle (deadline) and its milestones are seen by whoever sees its obligation. */
export function visibleDeadlines(ctx: AccessContext): Prisma.ReportingDeadlineWhereInput {
  return { obligation: visibleObligations(ctx) };
}

// ─── Visibility filters: the same rule again, as SQL for the raw read path ─────
// Each fragment takes the alias of the table it filters and reads the named parameters of
// accessSqlParams(ctx); pass `{ ...accessSqlParams(ctx), ...yours }` to the query. The integration
// test tests/integration/visibility.test.ts checks them against canSee like the Prisma filters.

export type AccessSqlParams = {
  ctxAgencyIds: string;
  ctxPositionIds: string;
  ctxCommitteeIds: string;
} & Record<`ctxGrants_${ConfidentialEntity}`, string>;

export function accessSqlParams(ctx: AccessContext): AccessSqlParams & SqlParams {
  const grants = Object.fromEntries(CONFIDENTIAL_ENTITIES.map((e) => [`ctxGrants_${e}`, sqlList(ctx.grants[e] ?? [])])) as Record<
    `ctxGrants_${ConfidentialEntity}`,
    string
  >;
  return {
    ctxAgencyIds: sqlList(ctx.agencyIds),
    ctxPositionIds: sqlList(ctx.positionIds),
    ctxCommitteeIds: sqlList(ctx.committeeIds),
    ...grants,
  };
}

const OPEN_SQL = `(${OPEN_LEVELS.map((level) => `'${level}'`).join(", ")})`;
const inList = (param: keyof AccessSqlParams) => `(SELECT value FROM json_each(@${param}))`;

function restrictedToCommittee(alias: string) {
  return `(${alias}.confidentiality = 'restricted' AND ${alias}.committeeId IN ${inList("ctxCommitteeIds")})`;
}

export function visibleCommitteesSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL}
    OR (${alias}.confidentiality = 'restricted' AND ${alias}.id IN ${inList("ctxCommitteeIds")})
    OR ${alias}.id IN ${inList("ctxGrants_committee")})`;
}

export function visibleMeetingsSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL} OR ${restrictedToCommittee(alias)} OR ${alias}.id IN ${inList("ctxGrants_meeting")})`;
}

export function visibleDecisionsSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL} OR ${restrictedToCommittee(alias)} OR ${alias}.id IN ${inList("ctxGrants_decision")})`;
}

export function visibleActionsSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL} OR ${restrictedToCommittee(alias)}
    OR (${alias}.confidentiality = 'restricted' AND ${alias}.committeeId IS NULL AND ${alias}.ownerAgencyId IN ${inList("ctxAgencyIds")})
    OR ${alias}.id IN ${inList("ctxGrants_action")})`;
}

export function visibleDocumentsSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL} OR ${restrictedToCommittee(alias)}
    OR (${alias}.confidentiality = 'restricted' AND ${alias}.committeeId IS NULL AND ${alias}.agencyId IN ${inList("ctxAgencyIds")})
    OR ${alias}.id IN ${inList("ctxGrants_document")})`;
}

export function visibleHandoversSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL}
    OR (${alias}.confidentiality = 'restricted' AND ${alias}.agencyId IN ${inList("ctxAgencyIds")})
    OR ${alias}.id IN ${inList("ctxGrants_handover")})`;
}

/** visibleObligations as SQL: "restricted" = the lead agency's and the contributing agencies' staff. */
export function visibleObligationsSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL}
    OR (${alias}.confidentiality = 'restricted' AND ${alias}.leadAgencyId IN ${inList("ctxAgencyIds")})
    OR (${alias}.confidentiality = 'restricted' AND EXISTS (SELECT 1 FROM ObligationContributor oc
      WHERE oc.obligationId = ${alias}.id AND oc.archivedAt IS NULL AND oc.agencyId IN ${inList("ctxAgencyIds")}))
    OR ${alias}.id IN ${inList("ctxGrants_reportingObligation")})`;
}

export function visibleDeadlinesSql(alias: string): string {
  return `(${alias}.confidentiality IN ${OPEN_SQL} OR ${alias}.id IN ${inList("ctxGrants_reportingDeadline")})`;
}

// ─── The same rule in SQL, for the search index (app/search/index-definition.ts) ─────
// A SearchEntry row (alias `e`) carries its record's level and "restricted" scope, and, for agenda
// items and statements, their meeting's. The search applies this inside its query, so results,
// counts and snippets never include a record canSee would refuse (tests/integration/search-clearance).

function grantKeys(ctx: AccessContext): string[] {
  return Object.entries(ctx.grants).flatMap(([entity, ids]) => (ids ?? []).map((id) => `${entity}:${id}`));
}

/** The parameters searchEntryVisibleSql reads: accessSqlParams plus every grant as "entity:id". */
export function searchAccessSqlParams(ctx: AccessContext): AccessSqlParams & { ctxGrantKeys: string } & SqlParams {
  return { ...accessSqlParams(ctx), ctxGrantKeys: sqlList(grantKeys(ctx)) };
}

function levelVisibleSql(columns: { level: string; committeeId: string; agencyId: string | null; grantEntity: string; grantId: string }): string {
  const agencyScope = columns.agencyId ? ` OR (${columns.committeeId} IS NULL AND ${columns.agencyId} IN ${inList("ctxAgencyIds")})` : "";
  return `(${columns.level} IN ${OPEN_SQL}
    OR (${columns.level} = 'restricted' AND (${columns.committeeId} IN ${inList("ctxCommitteeIds")}${agencyScope}))
    OR (${columns.grantEntity} || ':' || ${columns.grantId}) IN (SELECT value FROM json_each(@ctxGrantKeys)))`;
}

/**
 * SQL condition on SearchEntry `e` (read path, parameters of searchAccessSqlParams): the reader may
 * see the record (canSee, and its meeting's canSee).
 */
export function searchEntryVisibleSql(): string {
  const own = levelVisibleSql({ level: `e.level`, committeeId: `e.levelCommitteeId`, agencyId: `e.levelAgencyId`, grantEntity: `e.grantEntity`, grantId: `e.grantId` });
  const parent = levelVisibleSql({ level: `e.parentLevel`, committeeId: `e.parentCommitteeId`, agencyId: null, grantEntity: `'meeting'`, grantId: `e.parentGrantId` });
  return `((e.level IS NULL OR ${own}) AND (e.parentLevel IS NULL OR ${parent}))`;
}

// ─── Audit events: may the reader see the record an event is about? ─────────────
// The audit log shows every event to those who may read it (read:audit), but the content of an
// event (its record and its field-by-field diff) only when the reader may see that record, by the
// same rules as its page: a record of a confidential kind through the visibility filters above, a
// part of one (a statement, a milestone, a version…) through the record it belongs to. Kinds with
// no confidentiality are open; a kind this function does not know is hidden (fail closed).

export type AuditSubject = { entity: string; entityId: string };

/** Kinds of audited record that carry no confidentiality of their own nor of a parent. */
const OPEN_AUDIT_ENTITIES: ReadonlySet<string> = new Set([
  "agency",
  "person",
  "position",
  "assignment",
  "responsibility",
  "responsibility_assignment",
  "user",
  "session",
  "system",
  "signIn",
  "request",
  "export",
  "calendarFeedToken",
  "notification",
  "notificationPreference",
  "rotationRiskSettings",
]);

type Parent = { entity: ConfidentialEntity; id: string };

/** The record a part belongs to, for the parts that have no level of their own. */
async function auditParents(entity: string, ids: string[]): Promise<Map<string, Parent | "open">> {
  const out = new Map<string, Parent | "open">();
  const put = (id: string, parent: Parent | "open") => out.set(id, parent);
  const where = { id: { in: ids } };
  switch (entity) {
    case "statement":
      for (const r of await prisma.statement.findMany({ where, select: { id: true, agendaItemId: true } })) put(r.id, { entity: "agendaItem", id: r.agendaItemId });
      break;
    case "milestone":
      for (const r of await prisma.milestone.findMany({ where, select: { id: true, deadlineId: true } })) put(r.id, { entity: "reportingDeadline", id: r.deadlineId });
      break;
    case "handoverVersion":
      for (const r of await prisma.handoverVersion.findMany({ where, select: { id: true, handoverId: true } })) put(r.id, { entity: "handover", id: r.handoverId });
      break;
    case "participation":
      for (const r of await prisma.participation.findMany({ where, select: { id: true, meetingId: true } })) put(r.id, { entity: "meeting", id: r.meetingId });
      break;
    case "meetingTimeMark":
      for (const r of await prisma.meetingTimeMark.findMany({ where, select: { id: true, meetingId: true } })) put(r.id, { entity: "meeting", id: r.meetingId });
      break;
    case "standingAgendaItem":
      for (const r of await prisma.standingAgendaItem.findMany({ where, select: { id: true, committeeId: true } })) put(r.id, { entity: "committee", id: r.committeeId });
      break;
    case "committeeMembership":
      for (const r of await prisma.committeeMembership.findMany({ where, select: { id: true, committeeId: true } })) put(r.id, { entity: "committee", id: r.committeeId });
      break;
    case "meetingSeries":
      for (const r of await prisma.meetingSeries.findMany({ where, select: { id: true, committeeId: true } })) put(r.id, { entity: "committee", id: r.committeeId });
      break;
    case "documentLink":
      for (const r of await prisma.documentLink.findMany({ where, select: { id: true, documentId: true } })) put(r.id, { entity: "document", id: r.documentId });
      break;
    case "documentFile":
      for (const r of await prisma.documentFile.findMany({ where, select: { id: true, documentId: true } })) put(r.id, { entity: "document", id: r.documentId });
      break;
    case "obligationContributor":
      for (const r of await prisma.obligationContributor.findMany({ where, select: { id: true, obligationId: true } })) put(r.id, { entity: "reportingObligation", id: r.obligationId });
      break;
    case "accessGrant":
      for (const r of await prisma.accessGrant.findMany({ where, select: { id: true, entity: true, entityId: true } })) {
        // A grant on a kind without confidentiality is about an open record.
        put(r.id, isOneOf(CONFIDENTIAL_ENTITIES, r.entity) ? { entity: r.entity, id: r.entityId } : "open");
      }
      break;
  }
  return out;
}

/** The ids among `ids` of a confidential kind the reader may see. */
// The kinds an audit export meets by the thousand, checked on the raw read path with the SQL twins
// of the filters above (tests/integration/visibility.test.ts holds them to canSee).
const visibleIdQueries = {
  committee: readQuery<SqlParams, string>(`SELECT r.id FROM Committee r WHERE r.id IN (SELECT value FROM json_each(@ids)) AND ${visibleCommitteesSql("r")}`),
  meeting: readQuery<SqlParams, string>(`SELECT r.id FROM Meeting r WHERE r.id IN (SELECT value FROM json_each(@ids)) AND ${visibleMeetingsSql("r")}`),
  decision: readQuery<SqlParams, string>(`SELECT r.id FROM Decision r WHERE r.id IN (SELECT value FROM json_each(@ids)) AND ${visibleDecisionsSql("r")}`),
  action: readQuery<SqlParams, string>(`SELECT r.id FROM Action r WHERE r.id IN (SELECT value FROM json_each(@ids)) AND ${visibleActionsSql("r")}`),
};

async function visibleIdsOf(ctx: AccessContext, entity: ConfidentialEntity, ids: string[]): Promise<Set<string>> {
  const inIds = { id: { in: ids } };
  const select = { id: true } as const;
  const pick = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  switch (entity) {
    case "committee":
    case "meeting":
    case "decision":
    case "action":
      return new Set(visibleIdQueries[entity].column<string>({ ...accessSqlParams(ctx), ids: sqlList(ids) }));
    case "document":
      return pick(await prisma.document.findMany({ where: { AND: [inIds, visibleDocuments(ctx)] }, select }));
    case "handover":
      return pick(await prisma.handover.findMany({ where: { AND: [inIds, visibleHandovers(ctx)] }, select }));
    case "reportingObligation":
      return pick(await prisma.reportingObligation.findMany({ where: { AND: [inIds, visibleObligations(ctx)] }, select }));
    case "reportingDeadline":
      return pick(await prisma.reportingDeadline.findMany({ where: { AND: [inIds, visibleDeadlines(ctx)] }, select }));
    case "agendaItem": {
      // An agenda item is seen by whoever sees its meeting and, for its own level, the meeting's committee.
      const items = await prisma.agendaItem.findMany({
        where: { AND: [inIds, { meeting: visibleMeetings(ctx) }] },
        select: { id: true, confidentiality: true, meeting: { select: { committeeId: true } } },
      });
      return pick(items.filter((item) => canSee(ctx, "agendaItem", { id: item.id, confidentiality: item.confidentiality, committeeId: item.meeting.committeeId })));
    }
  }
}

/**
 * The subjects (as `entity:entityId` keys) whose content the reader may see. One query per kind
 * and page, however many events: call it with the events of one page or one export batch.
 */
export async function visibleAuditSubjects(ctx: AccessContext, subjects: readonly AuditSubject[]): Promise<Set<string>> {
  const key = (entity: string, id: string) => `${entity}:${id}`;
  const visible = new Set<string>();
  const byKind = new Map<string, Set<string>>();
  for (const s of subjects) {
    if (OPEN_AUDIT_ENTITIES.has(s.entity)) visible.add(key(s.entity, s.entityId));
    else (byKind.get(s.entity) ?? byKind.set(s.entity, new Set()).get(s.entity))?.add(s.entityId);
  }
  // Parts are resolved to the record they belong to; the check is then made on those records.
  const checks = new Map<ConfidentialEntity, Set<string>>();
  const want = (entity: ConfidentialEntity, id: string) => (checks.get(entity) ?? checks.set(entity, new Set()).get(entity))?.add(id);
  const owners: { subject: string; parent: Parent }[] = [];
  for (const [entity, ids] of byKind) {
    if (isOneOf(CONFIDENTIAL_ENTITIES, entity)) {
      for (const id of ids) {
        want(entity, id);
        owners.push({ subject: key(entity, id), parent: { entity, id } });
      }
      continue;
    }
    const parents = await auditParents(entity, [...ids]);
    for (const id of ids) {
      // A part that is gone (or of an unknown kind) has nothing to check against: hidden.
      const parent = parents.get(id);
      if (parent === "open") visible.add(key(entity, id));
      else if (parent) {
        want(parent.entity, parent.id);
        owners.push({ subject: key(entity, id), parent });
      }
    }
  }
  // A statement's parent is an agenda item, which is checked against its meeting in visibleIdsOf.
  const seen = new Map<ConfidentialEntity, Set<string>>();
  for (const [entity, ids] of checks) seen.set(entity, await visibleIdsOf(ctx, entity, [...ids]));
  for (const { subject, parent } of owners) if (seen.get(parent.entity)?.has(parent.id)) visible.add(subject);
  return visible;
}
