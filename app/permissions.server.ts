// The one place that decides access on the server: every loader and action, search, export and
// calendar feed builds its AccessContext here and asks `can`/`canSee` (app/domain/access.ts), or
// scopes its query with the visibility filters below, which encode the same rules as `canSee`.
import { Prisma } from "@prisma/client";
import { getSessionUserId, requireUserId } from "~/auth/auth.server";
import { prisma } from "~/db.server";
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

export async function loadAccess(userId: string, now = new Date()): Promise<Access | null> {
  const user = await prisma.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: {
      id: true,
      email: true,
      locale: true,
      timeZone: true,
      personId: true,
      person: { select: { givenName: true, familyName: true } },
      roles: { select: { name: true, permissions: { select: { action: true, entity: true, access: true } } } },
    },
  });
  if (!user) return null;

  const assignments = user.personId
    ? await prisma.assignment.findMany({
        where: { personId: user.personId, ...currentAssignmentWhere(now) },
        select: { positionId: true, position: { select: { agencyId: true } } },
      })
    : [];
  const positionIds = [...new Set(assignments.map((a) => a.positionId))];
  const agencyIds = [...new Set(assignments.map((a) => a.position.agencyId))];

  const [memberships, secretariats, grants] = await Promise.all([
    agencyIds.length
      ? prisma.committeeMembership.findMany({
          where: { agencyId: { in: agencyIds }, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] },
          select: { committeeId: true },
        })
      : [],
    agencyIds.length
      ? prisma.committee.findMany({ where: { secretariatAgencyId: { in: agencyIds } }, select: { id: true } })
      : [],
    user.personId
      ? prisma.accessGrant.findMany({ where: { personId: user.personId }, select: { entity: true, entityId: true } })
      : [],
  ]);

  const grantMap: Partial<Record<ConfidentialEntity, string[]>> = {};
  for (const g of grants) {
    if (!isOneOf(CONFIDENTIAL_ENTITIES, g.entity)) continue;
    (grantMap[g.entity] ??= []).push(g.entityId);
  }

  const roles = user.roles.map((r) => r.name).filter((name): name is RoleName => isOneOf(ROLE_NAMES, name));
  const permissions = [
    ...new Set(user.roles.flatMap((r) => r.permissions.map((p) => `${p.action}:${p.entity}:${p.access}`))),
  ];

  return {
    user: {
      id: user.id,
      email: user.email,
      locale: user.locale,
      timeZone: user.timeZone,
      personId: user.personId,
      displayName: user.person ? `${user.person.givenName} ${user.person.familyName}` : user.email,
    },
    ctx: {
      userId: user.id,
      personId: user.personId,
      roles,
      permissions,
      agencyIds,
      positionIds,
      committeeIds: [...new Set([...memberships.map((m) => m.committeeId), ...secretariats.map((c) => c.id)])],
      grants: grantMap,
    },
  };
}

// Loaders of one request (root and page) share the same Request: compute the context once.
const perRequest = new WeakMap<Request, Promise<Access | null>>();

export async function getAccess(request: Request): Promise<Access | null> {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = (async () => {
      const userId = await getSessionUserId(request);
      return userId ? loadAccess(userId) : null;
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

export function visibleDeadlines(ctx: AccessContext): Prisma.ReportingDeadlineWhereInput {
  return { OR: [openLevels, granted(ctx, "reportingDeadline")] };
}

// ─── The same rule in SQL, for the search index (app/search/index-definition.ts) ─────
// A SearchEntry row (alias `e`) carries its record's level and "restricted" scope, and, for agenda
// items and statements, their meeting's. The search applies this inside its query, so results,
// counts and snippets never include a record canSee would refuse (tests/integration/search-clearance).

function grantKeys(ctx: AccessContext): string[] {
  return Object.entries(ctx.grants).flatMap(([entity, ids]) => (ids ?? []).map((id) => `${entity}:${id}`));
}

function levelVisibleSql(
  columns: { level: string; committeeId: string; agencyId: string | null; grantEntity: string; grantId: string },
  lists: { committees: string; agencies: string; grants: string },
): Prisma.Sql {
  const { raw, sql } = Prisma;
  const open = OPEN_LEVELS.map((l) => `'${l}'`).join(", ");
  const agencyScope = columns.agencyId
    ? sql` OR (${raw(columns.committeeId)} IS NULL AND ${raw(columns.agencyId)} IN (SELECT value FROM json_each(${lists.agencies})))`
    : sql``;
  return sql`(${raw(columns.level)} IN (${raw(open)})
    OR (${raw(columns.level)} = 'restricted' AND (${raw(columns.committeeId)} IN (SELECT value FROM json_each(${lists.committees}))${agencyScope}))
    OR (${raw(columns.grantEntity)} || ':' || ${raw(columns.grantId)}) IN (SELECT value FROM json_each(${lists.grants})))`;
}

/** SQL condition on SearchEntry `e`: the reader may see the record (canSee, and its meeting's canSee). */
export function searchEntryVisibleSql(ctx: AccessContext): Prisma.Sql {
  const { sql } = Prisma;
  const lists = {
    committees: JSON.stringify(ctx.committeeIds),
    agencies: JSON.stringify(ctx.agencyIds),
    grants: JSON.stringify(grantKeys(ctx)),
  };
  const own = levelVisibleSql(
    { level: `e."level"`, committeeId: `e."levelCommitteeId"`, agencyId: `e."levelAgencyId"`, grantEntity: `e."grantEntity"`, grantId: `e."grantId"` },
    lists,
  );
  const parent = levelVisibleSql(
    { level: `e."parentLevel"`, committeeId: `e."parentCommitteeId"`, agencyId: null, grantEntity: `'meeting'`, grantId: `e."parentGrantId"` },
    lists,
  );
  return sql`((e."level" IS NULL OR ${own}) AND (e."parentLevel" IS NULL OR ${parent}))`;
}
