// One run of the outbox (the server's timer and `npm run notify` both call runOutbox): producers
// enqueue what is due, queued notices are resolved into one row per recipient, stale claims are
// recovered, and pending emails are claimed, handed to SMTP and recorded. Several processes may run
// it at once: every transition is a conditional update, so a row is only ever taken by one of them.
// States and why: docs/decisions/015.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import {
  addressRecipient,
  afterFailure,
  CLAIM_LEASE_MS,
  emailKindsFrom,
  initialStatus,
  postRecipients,
  recipientKey,
  userRecipient,
  type Recipient,
  NOTICE_WAITING,
} from "~/domain/notifications";
import { isOneOf, LOCALES } from "~/domain/vocabulary";
import { prisma } from "~/db.server";
import { currentAssignmentWhere } from "~/permissions.server";
import { journalHtml } from "./journal-email.server";
import { responseCodeOf, type Mailer, type OutgoingRow } from "./mailer.server";
import { registerHtmlRenderer, renderNotice } from "./notification-render.server";
import { dueProducers, type NoticeContent } from "./notifications.server";
import { personName } from "~/domain/labels";

// The circulated journal's body; registered here, where it is used, rather than as an import's side
// effect (which the bundler drops under "sideEffects": false).
registerHtmlRenderer("journal", (locale, params) => journalHtml(locale, params.meetingId ?? ""));

export type OutboxRun = { produced: number; resolved: number; recovered: number; sent: number; failed: number };

const accountSelect = {
  id: true,
  email: true,
  locale: true,
  timeZone: true,
  disabledAt: true,
  notificationPreferences: { select: { kind: true, email: true } },
} as const;

type AccountRow = {
  id: string;
  email: string;
  locale: string;
  timeZone: string | null;
  disabledAt: Date | null;
  notificationPreferences: { kind: string; email: boolean }[];
};

function account(u: AccountRow) {
  return {
    id: u.id,
    email: u.email,
    locale: u.locale,
    timeZone: u.timeZone,
    disabled: u.disabledAt !== null,
    emailKinds: emailKindsFrom(u.notificationPreferences),
  };
}

type QueuedNotice = {
  id: string;
  kind: string;
  idempotencyKey: string;
  positionId: string | null;
  userId: string | null;
  email: string | null;
  recipientName: string | null;
  locale: string | null;
};

/** Who a notice reaches, read now: a post's holders today, not those of the day it was written. */
export async function recipientsOf(notice: QueuedNotice, now: Date): Promise<Recipient[]> {
  if (notice.positionId) {
    const post = await prisma.position.findUnique({
      where: { id: notice.positionId },
      select: {
        functionalEmail: true,
        assignments: {
          where: currentAssignmentWhere(now),
          orderBy: [{ acting: "asc" }, { startDate: "desc" }],
          take: 10,
          select: {
            acting: true,
            person: { select: { id: true, givenName: true, familyName: true, email: true, user: { select: accountSelect } } },
          },
        },
      },
    });
    if (!post) return [];
    const holders = post.assignments.map((a) => ({
      personId: a.person.id,
      name: personName(a.person),
      acting: a.acting,
      personEmail: a.person.email,
      user: a.person.user ? account(a.person.user) : null,
    }));
    return postRecipients(holders, post.functionalEmail, notice.kind);
  }
  if (notice.userId) {
    const user = await prisma.user.findUnique({
      where: { id: notice.userId },
      select: { ...accountSelect, person: { select: { givenName: true, familyName: true } } },
    });
    const r = user ? userRecipient(account(user), user.person ? personName(user.person) : null, notice.kind) : null;
    return r ? [r] : [];
  }
  if (notice.email) {
    const r = addressRecipient(notice.email, notice.recipientName, isOneOf(LOCALES, notice.locale) ? notice.locale : null);
    return r ? [r] : [];
  }
  return [];
}

async function resolveNotice(notice: QueuedNotice & { content: string }, now: Date): Promise<boolean> {
  const content = JSON.parse(notice.content) as NoticeContent;
  const recipients = await recipientsOf(notice, now);
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const r of recipients) {
    const rendered = await renderNotice(notice.kind, content, r, now);
    rows.push({
      noticeId: notice.id,
      kind: notice.kind,
      idempotencyKey: recipientKey(notice.idempotencyKey, r),
      userId: r.userId,
      email: r.email,
      recipientName: r.name,
      ...rendered,
      status: initialStatus(r),
      nextAttemptAt: now,
    });
  }
  return prisma.$transaction(async (tx) => {
    // Taking the notice and writing its rows is one step: a second process finds it taken.
    const taken = await tx.notice.updateMany({
      where: { id: notice.id, status: "queued" },
      // A vacant post's notice waits for its next holder (released by app/models/post-succession.server.ts).
      data: { status: rows.length ? "resolved" : notice.positionId ? NOTICE_WAITING : "dropped", resolvedAt: now },
    });
    if (taken.count !== 1) return false;
    if (rows.length) await tx.notification.createMany({ data: rows });
    return true;
  });
}

/** Resolves up to `batch` due notices into their recipients' rows. Returns how many were resolved. */
export async function resolveQueuedNotices(now: Date, batch = 50): Promise<number> {
  const notices = await prisma.notice.findMany({
    where: { status: "queued", notBefore: { lte: now } },
    orderBy: [{ notBefore: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true, kind: true, idempotencyKey: true, positionId: true, userId: true, email: true, recipientName: true, locale: true, content: true },
  });
  let resolved = 0;
  for (const notice of notices) {
    try {
      if (await resolveNotice(notice, now)) resolved++;
    } catch (error) {
      // A notice that cannot be rendered must not block the queue behind it.
      console.error(`notice ${notice.id} could not be resolved`, error);
      await prisma.notice.updateMany({ where: { id: notice.id, status: "queued" }, data: { status: "dropped", resolvedAt: now } });
    }
  }
  return resolved;
}

/**
 * Claims that outlived their lease belong to a process that died. Never handed to SMTP ("claimed"):
 * back to the queue. Possibly handed ("sending"): "uncertain", never sent again without an admin.
 */
export async function recoverStaleClaims(now: Date): Promise<number> {
  const staleBefore = new Date(now.getTime() - CLAIM_LEASE_MS);
  const requeued = await prisma.notification.updateMany({
    where: { status: "claimed", claimedAt: { lt: staleBefore } },
    data: { status: "pending", claimToken: null, claimedAt: null },
  });
  const uncertain = await prisma.notification.updateMany({
    where: { status: "sending", claimedAt: { lt: staleBefore } },
    data: { status: "uncertain" },
  });
  return requeued.count + uncertain.count;
}

const outgoingSelect = {
  id: true,
  email: true,
  recipientName: true,
  locale: true,
  subject: true,
  body: true,
  html: true,
  link: true,
  attachment: true,
  userId: true,
  attempts: true,
} as const;

/** Takes up to `batch` due emails for this process; another process's claim is never taken. */
export async function claimDue(now: Date, batch = 20) {
  const due = await prisma.notification.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, email: { not: null } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true },
  });
  if (!due.length) return { token: null, rows: [] };
  const token = randomUUID();
  await prisma.notification.updateMany({
    where: { id: { in: due.map((d) => d.id) }, status: "pending" },
    data: { status: "claimed", claimToken: token, claimedAt: now, attempts: { increment: 1 } },
  });
  const rows = await prisma.notification.findMany({ where: { claimToken: token, status: "claimed" }, select: outgoingSelect });
  return { token, rows };
}

/** Recorded just before the message goes to SMTP: from here on, a crash means "uncertain". */
export async function markHandedOver(id: string, token: string, now: Date): Promise<boolean> {
  const r = await prisma.notification.updateMany({ where: { id, claimToken: token, status: "claimed" }, data: { status: "sending", handedAt: now } });
  return r.count === 1;
}

export async function markSent(id: string, token: string, now: Date) {
  await prisma.notification.updateMany({
    where: { id, claimToken: token, status: { in: ["sending", "uncertain"] } },
    data: { status: "sent", sentAt: now, error: null },
  });
}

export async function markFailed(row: { id: string; attempts: number }, token: string, error: unknown, now: Date) {
  const outcome = afterFailure(row.attempts, responseCodeOf(error), now, Math.random());
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  await prisma.notification.updateMany({
    where: { id: row.id, claimToken: token, status: "sending" },
    data:
      outcome.status === "pending"
        ? { status: "pending", nextAttemptAt: outcome.nextAttemptAt, claimToken: null, claimedAt: null, error: message }
        : { status: "failed", error: message },
  });
  return outcome.status;
}

export async function deliverDue(mailer: Mailer, now: Date, batch = 20) {
  const { token, rows } = await claimDue(now, batch);
  let sent = 0;
  let failed = 0;
  if (!token) return { sent, failed };
  for (const row of rows) {
    if (!(await markHandedOver(row.id, token, now))) continue;
    try {
      await mailer.send(row satisfies OutgoingRow);
    } catch (error) {
      await markFailed(row, token, error, new Date());
      failed++;
      continue;
    }
    await markSent(row.id, token, new Date());
    sent++;
  }
  return { sent, failed };
}

async function runProducers(now: Date): Promise<number> {
  let produced = 0;
  for (const [name, produce] of dueProducers(now)) {
    try {
      produced += await produce(now);
    } catch (error) {
      // One broken producer must not stop the others nor the delivery of what is queued.
      console.error(`notification producer ${name} failed`, error);
    }
  }
  return produced;
}

/** One tick. With no mailer (no SMTP configured), emails stay pending in the outbox. */
export async function runOutbox({ now = new Date(), mailer = null as Mailer | null, batch = 50 } = {}): Promise<OutboxRun> {
  const produced = await runProducers(now);
  // What the producers have just enqueued is due too (their notices are stamped after `now`).
  const resolveAt = new Date(Math.max(now.getTime(), Date.now()));
  let resolved = 0;
  for (let n = await resolveQueuedNotices(resolveAt, batch); n > 0; n = await resolveQueuedNotices(resolveAt, batch)) resolved += n;
  const recovered = await recoverStaleClaims(now);
  let sent = 0;
  let failed = 0;
  if (mailer) {
    // Delivered as of resolveAt: notices the producers and the resolver have just stamped are due now.
    const result = await deliverDue(mailer, resolveAt, batch);
    sent = result.sent;
    failed = result.failed;
  }
  return { produced, resolved, recovered, sent, failed };
}
