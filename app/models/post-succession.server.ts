// What follows a post when its holder changes. Work belongs to posts: actions and milestones are owned
// by the post (found through it, so they need no move), committee seats designate the post. What names
// a person as well is moved here, inside the caller's transaction, each row with its audit event:
// - invitations and participations of the post in meetings not yet held (the new holder appears, the
//   former one no longer); held meetings keep who actually attended;
// - the chair of meetings not yet held, when it was the former holder chairing for the post's agency,
//   or when it fell empty while the post was vacant and the post still holds the chair's seat;
// - the named person on the post's open actions, and a new holder of a vacant post is named on the
//   open actions that name nobody (they were left so when it fell vacant);
// - notices addressed to the post that found nobody while it was vacant wait for its next holder
//   (app/models/outbox.server.ts) and are released to them here.
import type { Prisma } from "@prisma/client";
import { NOTICE_WAITING } from "~/domain/notifications";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { recordAudit } from "./audit.server";

type Tx = Prisma.TransactionClient;

/** Meetings that have not taken place: what an invitation still means something for. */
const NOT_HELD = ["planned", "confirmed", "postponed"];

export type Succession = {
  positionId: string;
  agencyId: string;
  /** The people whose post work moves (the former holders). */
  fromPersonIds: string[];
  /** The new holder, or null when the post falls vacant (the work is then addressed to the post). */
  toPersonId: string | null;
  /** Meetings starting from this instant move. */
  from: Date;
  /**
   * The post had no holder in place when the new one arrives: its open actions that name nobody
   * (left so when it fell vacant, or created for the vacant post) are addressed to the new holder.
   */
  wasVacant?: boolean;
};

export async function moveFuturePostWork(
  tx: Tx,
  actorId: string | null,
  s: Succession,
): Promise<{ participations: number; chairs: number; actions: number; notices: number }> {
  const from = s.fromPersonIds.filter((id) => id !== s.toPersonId);
  if (from.length === 0 && s.toPersonId === null) return { participations: 0, chairs: 0, actions: 0, notices: 0 };

  const participations = await tx.participation.findMany({
    where: {
      positionId: s.positionId,
      // An invitation left addressed to the vacant post (no person) goes to its new holder too.
      OR: [{ personId: { in: from } }, ...(s.toPersonId ? [{ personId: null }] : [])],
      archivedAt: null,
      meeting: { startsAt: { gte: s.from }, status: { in: NOT_HELD }, archivedAt: null },
    },
    take: 5000,
    select: { id: true, personId: true, attendance: true },
  });
  for (const p of participations) {
    const after = await tx.participation.update({ where: { id: p.id }, data: { personId: s.toPersonId }, select: { id: true, personId: true, attendance: true } });
    await recordAudit(tx, { actorId, entity: "participation", entityId: p.id, action: "follow_post", before: p, after });
  }

  const chaired = await tx.meeting.findMany({
    where: {
      startsAt: { gte: s.from },
      status: { in: NOT_HELD },
      archivedAt: null,
      OR: [
        { chairPersonId: { in: from }, OR: [{ chairAgencyId: s.agencyId }, { chairAgencyId: null, committee: { chairAgencyId: s.agencyId } }] },
        // A chair left empty while the post was vacant, where the post still holds the chair's seat:
        // its new holder chairs (as the chair's participation, moved above, already says).
        ...(s.toPersonId ? [{ chairPersonId: null, participations: { some: { positionId: s.positionId, role: "chair", archivedAt: null } } }] : []),
      ],
    },
    take: 5000,
    select: { id: true, chairPersonId: true },
  });
  for (const m of chaired) {
    const after = await tx.meeting.update({ where: { id: m.id }, data: { chairPersonId: s.toPersonId, icalSequence: { increment: 1 } }, select: { id: true, chairPersonId: true } });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: m.id, action: "follow_post", before: m, after });
  }

  const actions = await tx.action.findMany({
    where: {
      ownerPositionId: s.positionId,
      // An open action left with nobody named while the post was vacant goes to its next holder.
      OR: [{ ownerPersonId: { in: from } }, ...(s.toPersonId && s.wasVacant ? [{ ownerPersonId: null }] : [])],
      status: { in: [...ACTIVE_ACTION_STATUSES] },
      archivedAt: null,
    },
    take: 5000,
    select: { id: true, ownerPersonId: true },
  });
  for (const a of actions) {
    const after = await tx.action.update({ where: { id: a.id }, data: { ownerPersonId: s.toPersonId }, select: { id: true, ownerPersonId: true } });
    await recordAudit(tx, { actorId, entity: "action", entityId: a.id, action: "follow_post", before: a, after });
  }
  // Notices that reached nobody while the post was vacant go out again, to the new holder, from their
  // first day (resolved then, as every notice to a post, to whoever holds it).
  const notices = s.toPersonId
    ? (await tx.notice.updateMany({ where: { positionId: s.positionId, status: NOTICE_WAITING }, data: { status: "queued", notBefore: s.from } })).count
    : 0;
  return { participations: participations.length, chairs: chaired.length, actions: actions.length, notices };
}
