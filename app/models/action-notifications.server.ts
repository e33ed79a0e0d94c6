// What the outbox tells an action's owner post: that the action was assigned to it (inside the
// create or reassign transaction) and, once a week while it is overdue, that it is overdue.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { enqueueNotification } from "./notifications.server";
import { toIsoDate } from "~/domain/calendar-date";
import { agencyLabel } from "~/domain/labels";

type Tx = Prisma.TransactionClient;

type NotifiedAction = {
  id: string;
  title: string;
  ownerPositionId: string;
  ownerAgencyId: string;
  committeeId: string | null;
  dueDate: Date | null;
  confidentiality: string;
};

function about(a: NotifiedAction) {
  return {
    entity: "action" as const,
    record: { id: a.id, confidentiality: a.confidentiality, committeeId: a.committeeId, agencyId: a.ownerAgencyId },
  };
}

async function postLabel(db: Tx, positionId: string) {
  const post = await db.position.findUnique({
    where: { id: positionId },
    select: { title: true, agency: { select: { name: true, acronym: true } } },
  });
  return { post: post?.title ?? "", agency: post ? agencyLabel(post.agency) : "" };
}

/** Tells the owner post that the action is now theirs. `occasion` tells reassignments apart. */
export async function notifyActionAssigned(tx: Tx, action: NotifiedAction, occasion: Date) {
  const label = await postLabel(tx, action.ownerPositionId);
  return enqueueNotification(tx, {
    kind: "action_assigned",
    to: { positionId: action.ownerPositionId },
    key: `action-assigned:${action.id}:${action.ownerPositionId}:${occasion.getTime()}`,
    subject: { key: "notify.actionAssigned.subject", values: { title: action.title } },
    body: {
      key: "notify.actionAssigned.body",
      values: { title: action.title, ...label, due: action.dueDate ? { date: action.dueDate.toISOString(), timeZone: "UTC" } : "—" },
    },
    link: `/actions/${action.id}`,
    about: about(action),
  });
}

const DAY = 86_400_000;
const BATCH = 500;

/**
 * Overdue actions: one reminder on the first day overdue, then one a week. The key names the week
 * of lateness and the due date, so a tick that runs twice (or in two processes) enqueues nothing
 * new, and a new due date starts afresh.
 */
export async function produceOverdueActionReminders(now: Date): Promise<number> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let produced = 0;
  let cursor: string | undefined;
  for (;;) {
    const overdue = await prisma.action.findMany({
      where: { status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null, dueDate: { lt: today } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        title: true,
        status: true,
        ownerPositionId: true,
        ownerAgencyId: true,
        committeeId: true,
        dueDate: true,
        confidentiality: true,
        ownerPosition: { select: { title: true, agency: { select: { name: true, acronym: true } } } },
      },
    });
    if (!overdue.length) break;
    cursor = overdue[overdue.length - 1]?.id;
    const keyed = overdue.map((a) => {
      const due = a.dueDate ?? today;
      const week = Math.floor((today.getTime() - due.getTime()) / DAY / 7);
      return { a, key: `action-overdue:${a.id}:${toIsoDate(due)}:week-${week}` };
    });
    const existing = new Set(
      (await prisma.notice.findMany({ where: { idempotencyKey: { in: keyed.map((k) => k.key) } }, select: { idempotencyKey: true } })).map(
        (n) => n.idempotencyKey,
      ),
    );
    const fresh = keyed.filter((k) => !existing.has(k.key));
    if (fresh.length) {
      await prisma.$transaction(async (tx) => {
        for (const { a, key } of fresh) {
          const enqueued = await enqueueNotification(tx, {
            kind: "action_overdue",
            to: { positionId: a.ownerPositionId },
            key,
            subject: { key: "notify.actionOverdue.subject", values: { title: a.title } },
            body: {
              key: "notify.actionOverdue.body",
              values: {
                title: a.title,
                post: a.ownerPosition.title,
                agency: agencyLabel(a.ownerPosition.agency),
                date: { date: (a.dueDate ?? today).toISOString(), timeZone: "UTC" },
              },
            },
            link: `/actions/${a.id}`,
            about: about(a),
          });
          if (enqueued) produced++;
        }
      });
    }
    if (overdue.length < BATCH) break;
  }
  return produced;
}
