// Follow-up actions. They belong to a post (and its agency), so when the holder changes nothing moves:
// the new holder sees the post's actions at once. Each status change is appended to the history.
// This module is the record: its reads, the database checks and the writes. The lists of rows and
// the CSV export are in action-list.server.ts.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { completedAtAfter, statusChangeProblem } from "~/domain/action-status";
import type { ActionStatus } from "~/domain/vocabulary";
import type { FieldErrors } from "~/submissions/form-result";
import { currentAssignmentWhere, currentMembershipWhere, visibleCommittees, visibleDecisions, visibleMeetings } from "~/permissions.server";
import type { ActionData } from "~/schemas/action";
import { grantCreatorIfConfidential, type Actor } from "./access-grant.server";
import { notifyActionAssigned } from "./action-notifications.server";
import { keptOut, requireReferences, type References } from "~/submissions/references.server";
import { recordAudit } from "./audit.server";
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
          where: { committeeId, ...currentMembershipWhere(now) },
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

/**
 * What checkAction found, checked again inside the write's transaction (decision 029): the owning post
 * still in use and still of the agency the permission was granted for, the named person still holding a
 * post there, and the decision, meeting and committee still there. A record archived between the check
 * and the write refuses the save (ReferenceRefused: the form again, nothing written).
 */
function actionReferences(data: ActionData, derived: CheckedAction["derived"], now: Date): References {
  return {
    ownerPositionId: { kind: "position", id: data.ownerPositionId, where: { agencyId: derived.ownerAgencyId, agency: { archivedAt: null } }, error: "error.action.ownerMissing" },
    ownerPersonId: {
      kind: "person",
      id: data.ownerPersonId,
      where: { assignments: { some: { ...currentAssignmentWhere(now), position: { agencyId: derived.ownerAgencyId } } } },
      error: "error.action.personNotInAgency",
    },
    decisionId: { kind: "decision", id: derived.decisionId, error: "error.action.decisionMissing" },
    meetingId: { kind: "meeting", id: derived.meetingId, error: "error.action.meetingMissing" },
    committeeId: { kind: "committee", id: derived.committeeId, error: "error.action.committeeMissing" },
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

export function createAction(actor: Actor, data: ActionData, derived: CheckedAction["derived"], now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await requireReferences(tx, actionReferences(data, derived, now));
    const created = await tx.action.create({ data: { ...actionRow(data, derived), status: "open" }, select: actionFields });
    // The history starts with the creation, so "who asked for this, when" survives every rotation.
    await tx.actionUpdate.create({ data: { actionId: created.id, status: "open", authorId: actor.userId, at: now }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.userId, entity: "action", entityId: created.id, action: "create", after: created });
    await grantCreatorIfConfidential(tx, actor, "action", created);
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
    // Where it comes from is kept as recorded, even if that decision or meeting was archived since.
    await requireReferences(tx, keptOut(actionReferences(data, derived, now), before));
    await claimVersion(tx, { entity: "action", id, expected: version, current: before }, (where) =>
      tx.action.updateMany({ where, data: { ...actionRow(data, derived), ...nextVersion } }),
    );
    const after = await tx.action.findUniqueOrThrow({ where: { id }, select: actionFields });
    await recordAudit(tx, { actorId: actor.userId, entity: "action", entityId: id, action: "update", before, after });
    await grantCreatorIfConfidential(tx, actor, "action", after);
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
