// Follow-up actions. They belong to a post (and its agency), so when the holder changes nothing moves:
// the new holder sees the post's actions at once. Each status change is appended to the history.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { ACTION_STATUS_FILTERS, completedAtAfter, statusChangeProblem, type ActionStatusFilter } from "~/domain/action-status";
import { ACTIVE_ACTION_STATUSES, DUE_WINDOWS, dueWindowRange, type DueWindow } from "~/domain/overdue";
import { isOneOf, type ActionStatus } from "~/domain/vocabulary";
import type { FieldErrors } from "~/forms/form-result";
import {
  accessSqlParams,
  currentAssignmentWhere,
  visibleActions,
  visibleActionsSql,
  visibleCommittees,
  visibleDecisions,
  visibleMeetings,
} from "~/permissions.server";
import type { ActionData } from "~/schemas/action";
import { notifyActionAssigned } from "./action-notifications.server";
import { recordAudit } from "./audit.server";
import { fromSqlDate, readQuery, sqlDate, sqlList, type SqlParams } from "~/read-db.server";
import { claimVersion, nextVersion } from "./record-version.server";

const actionFields = {
  id: true,
  title: true,
  description: true,
  ownerPositionId: true,
  ownerAgencyId: true,
  ownerPersonId: true,
  dueDate: true,
  status: true,
  committeeId: true,
  meetingId: true,
  decisionId: true,
  completedAt: true,
  confidentiality: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.ActionSelect;

type Actor = { userId: string; personId: string | null };

/** What a list row shows, including whether anyone holds the owner post today. */
export function actionRowSelect(now: Date) {
  return {
    id: true,
    title: true,
    status: true,
    dueDate: true,
    confidentiality: true,
    archivedAt: true,
    ownerPosition: {
      select: {
        id: true,
        title: true,
        assignments: { where: currentAssignmentWhere(now), take: 1, select: { id: true } },
      },
    },
    ownerAgency: { select: { id: true, name: true, acronym: true } },
    committee: { select: { id: true, name: true, shortName: true } },
    decision: { select: { id: true, year: true, serial: true, committee: { select: { decisionPrefix: true } } } },
  } satisfies Prisma.ActionSelect;
}


// The list rows by id on the raw read path (decision 012), in the shape of actionRowSelect.
type ActionRowSql = {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  confidentiality: string;
  archivedAt: string | null;
  positionId: string;
  positionTitle: string;
  holderId: string | null;
  agencyId: string;
  agencyName: string;
  agencyAcronym: string | null;
  committeeId: string | null;
  committeeName: string | null;
  committeeShortName: string | null;
  decisionId: string | null;
  decisionYear: number | null;
  decisionSerial: number | null;
  decisionPrefix: string | null;
};
/** The list row's tables (owner post and agency, committee, decision and its committee), by id. */
const ACTION_ROW_FROM = `FROM Action x
  JOIN Position po ON po.id = x.ownerPositionId
  JOIN Agency ag ON ag.id = x.ownerAgencyId
  LEFT JOIN Committee c ON c.id = x.committeeId
  LEFT JOIN Decision d ON d.id = x.decisionId
  LEFT JOIN Committee dc ON dc.id = d.committeeId`;
const ACTION_ROW_COLUMNS = `x.id, x.title, x.status, x.dueDate, x.confidentiality, x.archivedAt,
         po.id AS positionId, po.title AS positionTitle,
         ag.id AS agencyId, ag.name AS agencyName, ag.acronym AS agencyAcronym,
         c.id AS committeeId, c.name AS committeeName, c.shortName AS committeeShortName,
         d.id AS decisionId, d.year AS decisionYear, d.serial AS decisionSerial, dc.decisionPrefix`;
const actionRowsQuery = readQuery<{ ids: string; now: string }, ActionRowSql>(`
  SELECT ${ACTION_ROW_COLUMNS},
         (SELECT a.id FROM Assignment a WHERE a.positionId = po.id AND a.startDate <= @now
            AND (a.endDate IS NULL OR a.endDate > @now) LIMIT 1) AS holderId
  ${ACTION_ROW_FROM}
  WHERE x.id IN (SELECT value FROM json_each(@ids))`);

export type ActionRow = ReturnType<typeof actionRowOf>;
function actionRowOf(r: ActionRowSql) {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    dueDate: fromSqlDate(r.dueDate),
    confidentiality: r.confidentiality,
    archivedAt: fromSqlDate(r.archivedAt),
    ownerPosition: { id: r.positionId, title: r.positionTitle, assignments: r.holderId ? [{ id: r.holderId }] : [] },
    ownerAgency: { id: r.agencyId, name: r.agencyName, acronym: r.agencyAcronym },
    committee: r.committeeId ? { id: r.committeeId, name: r.committeeName ?? "", shortName: r.committeeShortName } : null,
    decision:
      r.decisionId && r.decisionYear !== null && r.decisionSerial !== null
        ? { id: r.decisionId, year: r.decisionYear, serial: r.decisionSerial, committee: { decisionPrefix: r.decisionPrefix } }
        : null,
  };
}

/** List rows for these ids, in the order given. */
export function actionRowsByIds(ids: readonly string[], now: Date): ActionRow[] {
  if (!ids.length) return [];
  const byId = new Map(actionRowsQuery.all({ ids: sqlList(ids), now: sqlDate(now) }).map((r) => [r.id, actionRowOf(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type ActionFilters = {
  committeeId: string | null;
  agencyId: string | null;
  positionId: string | null;
  mine: boolean;
  status: ActionStatusFilter;
  due: DueWindow | null;
  archived: boolean;
};

/** The list's where clause, shared by the page and the CSV export so both show the same rows. */
export function actionListWhere(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string): Prisma.ActionWhereInput {
  const range = f.due ? dueWindowRange(f.due, now, timeZone) : undefined;
  return {
    AND: [
      visibleActions(ctx),
      { archivedAt: f.archived ? { not: null } : null },
      f.committeeId ? { committeeId: f.committeeId } : {},
      f.agencyId ? { ownerAgencyId: f.agencyId } : {},
      f.positionId ? { ownerPositionId: f.positionId } : {},
      f.mine ? { ownerPositionId: { in: [...ctx.positionIds] } } : {},
      f.status === "active" ? { status: { in: [...ACTIVE_ACTION_STATUSES] } } : f.status === "all" ? {} : { status: f.status },
      range === undefined ? {} : range === null ? { dueDate: null } : { dueDate: range },
    ],
  };
}

/** A bound on one export; past it, filter the list. */
export const EXPORT_LIMIT = 100_000;

const listOrder: Prisma.ActionOrderByWithRelationInput[] = [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }];

export async function listActions(
  ctx: AccessContext,
  f: ActionFilters,
  page: { skip: number; take: number },
  { now, timeZone }: { now: Date; timeZone: string },
) {
  const where = actionListWhere(ctx, f, now, timeZone);
  // The page's ids first, then their rows: the sort then only needs the filtered columns (an index
  // can cover them) instead of dragging every matching row along, which matters at 200,000 actions.
  const [pageIds, total] = await Promise.all([
    prisma.action.findMany({ where, orderBy: listOrder, skip: page.skip, take: page.take, select: { id: true } }),
    prisma.action.count({ where }),
  ]);
  return { rows: actionRowsByIds(pageIds.map((r) => r.id), now), total };
}

// ─── The CSV export on the raw read path (decision 056) ─────────────────────────
// The same rows as actionListWhere, in the list's order: the ordered ids are read once (one sort,
// bounded by EXPORT_LIMIT), then the rows by id a batch at a time, so a large export neither re-sorts
// per batch nor sits in memory whole. Clearance is visibleActionsSql, the SQL twin of visibleActions
// (tests/integration/action-export.test.ts checks the two agree filter by filter).

/** The WHERE clause of a filter set: fixed fragments, values as named parameters; the text depends only on which filters are set. */
function exportConditions(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string): { where: string[]; params: SqlParams } {
  // With a committee, agency or post (or "mine"), that column is the selective one: "+" keeps the
  // planner off the archivedAt-led covering index, which would walk every live action (10× slower).
  const narrowed = f.committeeId || f.agencyId || f.positionId || f.mine ? "+" : "";
  const where = [visibleActionsSql("x"), f.archived ? `${narrowed}x.archivedAt IS NOT NULL` : `${narrowed}x.archivedAt IS NULL`];
  const range = f.due ? dueWindowRange(f.due, now, timeZone) : undefined;
  // Each filter: whether it is set, its fragment, and the values it reads.
  const filters: [boolean, string, SqlParams][] = [
    [Boolean(f.committeeId), "x.committeeId = @committeeId", { committeeId: f.committeeId }],
    [Boolean(f.agencyId), "x.ownerAgencyId = @agencyId", { agencyId: f.agencyId }],
    [Boolean(f.positionId), "x.ownerPositionId = @positionId", { positionId: f.positionId }],
    [f.mine, "x.ownerPositionId IN (SELECT value FROM json_each(@ctxPositionIds))", {}],
    [f.status === "active", "x.status IN (SELECT value FROM json_each(@activeStatuses))", { activeStatuses: sqlList(ACTIVE_ACTION_STATUSES) }],
    [f.status !== "active" && f.status !== "all", "x.status = @status", { status: f.status }],
    [range === null, "x.dueDate IS NULL", {}],
    [Boolean(range?.gte), "x.dueDate >= @dueFrom", { dueFrom: range?.gte ? sqlDate(range.gte) : null }],
    [Boolean(range?.lt), "x.dueDate < @dueBefore", { dueBefore: range?.lt ? sqlDate(range.lt) : null }],
  ];
  const params: SqlParams = { ...accessSqlParams(ctx) };
  for (const [set, fragment, values] of filters) {
    if (!set) continue;
    where.push(fragment);
    Object.assign(params, values);
  }
  return { where, params };
}

/** A list row (without whether the post is held) plus what the file adds: completion and the named person. */
type ExportRowSql = Omit<ActionRowSql, "holderId"> & { completedAt: string | null; givenName: string | null; familyName: string | null };
const exportRowsQuery = readQuery<{ ids: string }, ExportRowSql>(`
  SELECT ${ACTION_ROW_COLUMNS}, x.completedAt, pe.givenName, pe.familyName
  ${ACTION_ROW_FROM}
  LEFT JOIN Person pe ON pe.id = x.ownerPersonId
  WHERE x.id IN (SELECT value FROM json_each(@ids))`);

function exportRowOf(r: ExportRowSql) {
  return {
    ...actionRowOf({ ...r, holderId: null }),
    completedAt: fromSqlDate(r.completedAt),
    ownerPerson: r.givenName !== null && r.familyName !== null ? { givenName: r.givenName, familyName: r.familyName } : null,
  };
}

/** The ids of the export, in list order (due date, undated last, then id), at most EXPORT_LIMIT. */
export function actionExportIds(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string): string[] {
  const { where, params } = exportConditions(ctx, f, now, timeZone);
  const sql = `SELECT x.id FROM Action x WHERE ${where.join(" AND ")} ORDER BY x.dueDate ASC NULLS LAST, x.id ASC LIMIT @limit`;
  return readQuery<SqlParams, string>(sql).column<string>({ ...params, limit: EXPORT_LIMIT });
}

/** The rows of the CSV export, in list order, a batch at a time. */
export function* actionExportBatches(ctx: AccessContext, f: ActionFilters, now: Date, timeZone: string, batchSize = 1000) {
  const ids = actionExportIds(ctx, f, now, timeZone);
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const byId = new Map(exportRowsQuery.all({ ids: sqlList(batch) }).map((r) => [r.id, exportRowOf(r)]));
    yield batch.flatMap((id) => byId.get(id) ?? []);
  }
}

export function actionFilterOptions(ctx: AccessContext) {
  return Promise.all([
    prisma.committee.findMany({
      where: { AND: [{ archivedAt: null }, visibleCommittees(ctx)] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
      select: { id: true, name: true, shortName: true },
    }),
    prisma.agency.findMany({
      where: { archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 2000,
      select: { id: true, name: true, acronym: true },
    }),
  ]);
}

export function positionLabel(id: string) {
  return prisma.position.findUnique({ where: { id }, select: { id: true, title: true, agency: { select: { acronym: true, name: true } } } });
}

export function getAction(id: string, now = new Date()) {
  return prisma.action.findUnique({
    where: { id },
    select: {
      ...actionFields,
      createdAt: true,
      ownerPosition: {
        select: {
          id: true,
          title: true,
          archivedAt: true,
          assignments: {
            where: currentAssignmentWhere(now),
            orderBy: { startDate: "asc" },
            select: { acting: true, person: { select: { id: true, givenName: true, familyName: true } } },
          },
        },
      },
      ownerAgency: { select: { id: true, name: true, acronym: true } },
      ownerPerson: { select: { id: true, givenName: true, familyName: true } },
      committee: { select: { id: true, name: true, shortName: true } },
      meeting: { select: { id: true, title: true, startsAt: true, timeZone: true, confidentiality: true, committeeId: true } },
      decision: {
        select: {
          id: true,
          year: true,
          serial: true,
          title: true,
          confidentiality: true,
          committeeId: true,
          committee: { select: { decisionPrefix: true } },
        },
      },
      updates: {
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: 100,
        select: {
          id: true,
          status: true,
          note: true,
          at: true,
          author: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
        },
      },
    },
  });
}


/** The classification `canSee` reads: "restricted" means the committee, else the owner agency. */
export function classified(action: { id: string; confidentiality: string; committeeId: string | null; ownerAgencyId: string }) {
  return { id: action.id, confidentiality: action.confidentiality, committeeId: action.committeeId, agencyId: action.ownerAgencyId };
}

/** Who owns it, for "own" permissions: the post and its agency. */
export function ownership(action: { ownerPositionId: string; ownerAgencyId: string }) {
  return { positionId: action.ownerPositionId, agencyId: action.ownerAgencyId };
}

/** Where an action is being created from, as far as the reader may see it. */
export async function actionContext(ctx: AccessContext, { decisionId, meetingId }: { decisionId: string | null; meetingId: string | null }) {
  const [decision, meeting] = await Promise.all([
    decisionId
      ? prisma.decision.findFirst({
          where: { AND: [{ id: decisionId, archivedAt: null }, visibleDecisions(ctx)] },
          select: {
            id: true,
            year: true,
            serial: true,
            title: true,
            committeeId: true,
            meetingId: true,
            confidentiality: true,
            committee: { select: { name: true, shortName: true, decisionPrefix: true } },
          },
        })
      : null,
    meetingId
      ? prisma.meeting.findFirst({
          where: { AND: [{ id: meetingId, archivedAt: null }, visibleMeetings(ctx)] },
          select: { id: true, title: true, committeeId: true, confidentiality: true, committee: { select: { name: true, shortName: true } } },
        })
      : null,
  ]);
  return { decision, meeting };
}

/**
 * The posts offered as owner: those of the chosen agency, and of the agencies sitting on the
 * committee concerned (the usual owners). Grouped by agency in the select.
 */
export async function ownerOptions({ agencyId, committeeId }: { agencyId: string | null; committeeId: string | null }, now = new Date()) {
  const memberAgencyIds = committeeId
    ? (
        await prisma.committeeMembership.findMany({
          where: { committeeId, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] },
          select: { agencyId: true },
        })
      ).map((m) => m.agencyId)
    : [];
  const agencyIds = [...new Set([...(agencyId ? [agencyId] : []), ...memberAgencyIds])];
  if (!agencyIds.length) return [];
  return prisma.position.findMany({
    where: { agencyId: { in: agencyIds }, archivedAt: null, agency: { archivedAt: null } },
    orderBy: [{ agency: { name: "asc" } }, { title: "asc" }],
    take: 1000,
    select: { id: true, title: true, agency: { select: { id: true, name: true, acronym: true } } },
  });
}

/** People who may be named on an action of this agency: those currently holding one of its posts. */
export async function ownerPersonOptions(agencyId: string, now = new Date()) {
  const rows = await prisma.assignment.findMany({
    where: { ...currentAssignmentWhere(now), position: { agencyId, archivedAt: null } },
    orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
    take: 500,
    select: { person: { select: { id: true, givenName: true, familyName: true } } },
  });
  return [...new Map(rows.map((r) => [r.person.id, r.person])).values()];
}

export type CheckedAction = {
  errors: FieldErrors;
  /** What the server decides from the references, never taken from the form. */
  derived: { ownerAgencyId: string; committeeId: string | null; meetingId: string | null; decisionId: string | null };
};

/**
 * The rules that need the database. Nobody is ever left without an owner: the post must exist and be
 * in use. The committee and meeting follow from the decision or meeting the action comes from.
 */
export async function checkAction(ctx: AccessContext, data: ActionData, now = new Date()): Promise<CheckedAction> {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const post = await prisma.position.findFirst({
    where: { id: data.ownerPositionId, archivedAt: null, agency: { archivedAt: null } },
    select: { id: true, agencyId: true },
  });
  if (!post) add("ownerPositionId", "error.action.ownerMissing");

  if (data.ownerPersonId && post) {
    const holds = await prisma.assignment.findFirst({
      where: { personId: data.ownerPersonId, ...currentAssignmentWhere(now), position: { agencyId: post.agencyId } },
      select: { id: true },
    });
    if (!holds) add("ownerPersonId", "error.action.personNotInAgency");
  }

  const { decision, meeting } = await actionContext(ctx, { decisionId: data.decisionId, meetingId: data.meetingId });
  if (data.decisionId && !decision) add("decisionId", "error.action.decisionMissing");
  if (data.meetingId && !meeting) add("meetingId", "error.action.meetingMissing");
  if (decision && meeting && decision.committeeId !== meeting.committeeId) add("meetingId", "error.action.meetingOtherCommittee");

  let committeeId = decision?.committeeId ?? meeting?.committeeId ?? null;
  if (!committeeId && data.committeeId) {
    const committee = await prisma.committee.findFirst({
      where: { AND: [{ id: data.committeeId, archivedAt: null }, visibleCommittees(ctx)] },
      select: { id: true },
    });
    if (!committee) add("committeeId", "error.action.committeeMissing");
    committeeId = committee?.id ?? null;
  }
  return {
    errors,
    derived: {
      ownerAgencyId: post?.agencyId ?? "",
      committeeId,
      meetingId: meeting?.id ?? decision?.meetingId ?? null,
      decisionId: decision?.id ?? null,
    },
  };
}

function actionRow(data: ActionData, derived: CheckedAction["derived"]) {
  return {
    title: data.title,
    description: data.description,
    ownerPositionId: data.ownerPositionId,
    ownerAgencyId: derived.ownerAgencyId,
    ownerPersonId: data.ownerPersonId,
    dueDate: data.dueDate,
    confidentiality: data.confidentiality,
    committeeId: derived.committeeId,
    meetingId: derived.meetingId,
    decisionId: derived.decisionId,
  };
}

async function grantCreatorIfConfidential(tx: Prisma.TransactionClient, actor: Actor, record: { id: string; confidentiality: string }) {
  if (record.confidentiality !== "confidential" || !actor.personId) return;
  await tx.accessGrant.upsert({
    where: { entity_entityId_personId: { entity: "action", entityId: record.id, personId: actor.personId } },
    create: { entity: "action", entityId: record.id, personId: actor.personId, grantedById: actor.userId },
    update: {},
    select: { id: true },
  });
}

export function createAction(actor: Actor, data: ActionData, derived: CheckedAction["derived"], now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const created = await tx.action.create({ data: { ...actionRow(data, derived), status: "open" }, select: actionFields });
    // The history starts with the creation, so "who asked for this, when" survives every rotation.
    await tx.actionUpdate.create({ data: { actionId: created.id, status: "open", authorId: actor.userId, at: now }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.userId, entity: "action", entityId: created.id, action: "create", after: created });
    await grantCreatorIfConfidential(tx, actor, created);
    await notifyActionAssigned(tx, created, now);
    return created;
  });
}

/** Edits what the action is and who owns it; its status only changes through an update with a note. */
export function updateAction(
  actor: Actor,
  id: string,
  { version, ...data }: ActionData & { version: number },
  derived: CheckedAction["derived"],
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.action.findUniqueOrThrow({ where: { id }, select: actionFields });
    await claimVersion(tx, { entity: "action", id, expected: version, current: before }, (where) =>
      tx.action.updateMany({ where, data: { ...actionRow(data, derived), ...nextVersion } }),
    );
    const after = await tx.action.findUniqueOrThrow({ where: { id }, select: actionFields });
    await recordAudit(tx, { actorId: actor.userId, entity: "action", entityId: id, action: "update", before, after });
    await grantCreatorIfConfidential(tx, actor, after);
    // A reassignment tells the new owner post; other edits tell nobody.
    if (after.ownerPositionId !== before.ownerPositionId) await notifyActionAssigned(tx, after, now);
    return after;
  });
}

export type StatusUpdate = { id: string; status: ActionStatus; note: string | null };

/** Thrown inside the transaction so a refused row rolls back the whole batch. */
export class ActionUpdateRefused extends Error {
  constructor(readonly problems: { id: string; message: string }[]) {
    super("action update refused");
  }
}

/**
 * Records status changes (one, or several during a meeting) with their notes: each appends an
 * ActionUpdate and an audit event. All or nothing: if one is refused, none is written.
 */
export function recordStatusUpdates(actor: Actor, updates: readonly StatusUpdate[], now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.action.findMany({
      where: { id: { in: updates.map((u) => u.id) } },
      select: actionFields,
    });
    const byId = new Map(current.map((a) => [a.id, a]));
    const problems: { id: string; message: string }[] = [];
    for (const u of updates) {
      const before = byId.get(u.id);
      if (!before || before.archivedAt) problems.push({ id: u.id, message: "error.action.missing" });
      else {
        const problem = statusChangeProblem(before.status, u.status, u.note);
        if (problem) problems.push({ id: u.id, message: problem });
      }
    }
    if (problems.length) throw new ActionUpdateRefused(problems);
    for (const u of updates) {
      const before = byId.get(u.id);
      if (!before) continue;
      const after = await tx.action.update({
        where: { id: u.id },
        data: { status: u.status, completedAt: completedAtAfter(before.status, u.status, before.completedAt, now), ...nextVersion },
        select: actionFields,
      });
      await tx.actionUpdate.create({ data: { actionId: u.id, status: u.status, note: u.note, authorId: actor.userId, at: now }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.userId, entity: "action", entityId: u.id, action: "status", before, after: { ...after, note: u.note } });
    }
    return updates.length;
  });
}

export function setActionArchived(actor: Actor, id: string, archived: boolean, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.action.findUniqueOrThrow({ where: { id }, select: actionFields });
    const after = await tx.action.update({ where: { id }, data: { archivedAt: archived ? now : null, ...nextVersion }, select: actionFields });
    await recordAudit(tx, { actorId: actor.userId, entity: "action", entityId: id, action: archived ? "archive" : "restore", before, after });
    return after;
  });
}

/**
 * The committee's actions still to do: the "matters arising" of its next meeting, and the rows of
 * the bulk update page. Overdue first (earliest due date first).
 */
export async function listCommitteeOpenActions(
  ctx: AccessContext,
  committeeId: string,
  page: { skip: number; take: number },
  now = new Date(),
) {
  const where: Prisma.ActionWhereInput = {
    AND: [{ committeeId, status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null }, visibleActions(ctx)],
  };
  const [rows, total] = await Promise.all([
    prisma.action.findMany({
      where,
      orderBy: listOrder,
      skip: page.skip,
      take: page.take,
      select: { ...actionRowSelect(now), ownerPositionId: true, ownerAgencyId: true },
    }),
    prisma.action.count({ where }),
  ]);
  return { rows, total };
}

/** The follow-up actions of a decision that the reader may see. */
export function decisionActions(ctx: AccessContext, decisionId: string, now = new Date()) {
  return prisma.action.findMany({
    where: { AND: [{ decisionId, archivedAt: null }, visibleActions(ctx)] },
    orderBy: listOrder,
    take: 200,
    select: actionRowSelect(now),
  });
}

/** The list's filters from its query string; unknown values are ignored rather than refused. */
export function actionFiltersFromSearch(search: URLSearchParams): ActionFilters {
  const id = (name: string) => search.get(name)?.trim().slice(0, 64) || null;
  const status = search.get("status");
  const due = search.get("due");
  return {
    committeeId: id("committee"),
    agencyId: id("agency"),
    positionId: id("position"),
    mine: search.get("mine") === "1",
    status: isOneOf(ACTION_STATUS_FILTERS, status) ? status : "active",
    due: isOneOf(DUE_WINDOWS, due) ? due : null,
    archived: search.get("archived") === "1",
  };
}

/** The meeting whose committee's open actions are reviewed, if the reader may see it. */
export function meetingForActions(ctx: AccessContext, id: string) {
  return prisma.meeting.findFirst({
    where: { AND: [{ id, archivedAt: null }, visibleMeetings(ctx)] },
    select: { id: true, title: true, startsAt: true, timeZone: true, committeeId: true, committee: { select: { name: true, shortName: true } } },
  });
}

/** Owners and committees of the actions about to be updated, to check each one before writing. */
export function actionsToUpdate(ids: string[]) {
  return prisma.action.findMany({
    where: { id: { in: ids } },
    select: { id: true, ownerPositionId: true, ownerAgencyId: true, committeeId: true, confidentiality: true, archivedAt: true },
  });
}
