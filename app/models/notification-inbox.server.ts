// Reading the outbox: a user's own notifications (the bell, the notifications page), the
// administrators' outbox page, and each user's email choices. Every write is audited.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { readQuery } from "~/read-db.server";
import { canSee, OPEN_LEVELS, type AccessContext, type Classified, type ConfidentialEntity } from "~/domain/access";
import { emailChoiceField, OPTIONAL_EMAIL_KINDS, RETRYABLE_STATUSES, type NotificationStatus } from "~/domain/notifications";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";

// The bell's count is read on every page (the root loader): on the raw read path, from the
// (userId, readAt) index, it costs a few microseconds where Prisma's compiled count cost ~3 ms.
const unreadNotifications = readQuery<{ userId: string }, { unread: number }>(`
  SELECT count(*) AS unread FROM Notification WHERE userId = @userId AND readAt IS NULL`);

export function unreadCount(userId: string): number {
  return unreadNotifications.get({ userId })?.unread ?? 0;
}

export async function listMyNotifications(userId: string, { unreadOnly }: { unreadOnly: boolean }, page: { skip: number; take: number }) {
  const where: Prisma.NotificationWhereInput = { userId, ...(unreadOnly ? { readAt: null } : {}) };
  const [rows, total] = await Promise.all([
    prisma.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, kind: true, subject: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    prisma.notification.count({ where }),
  ]);
  return { rows, total };
}

/** Marks one of the user's own notifications read; someone else's is "not found". */
export function markRead(userId: string, id: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const changed = await tx.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
    if (changed.count) await recordAudit(tx, { actorId: userId, entity: "notification", entityId: id, action: "read", after: { readAt: now } });
    return changed.count;
  });
}

export function markAllRead(userId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const changed = await tx.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
    if (changed.count) await recordAudit(tx, { actorId: userId, entity: "notification", entityId: userId, action: "read_all", after: { count: changed.count } });
    return changed.count;
  });
}

// ─── The administrators' outbox ─────────────────────────────────────────────

export async function listOutbox(ctx: AccessContext, { status }: { status: NotificationStatus | null }, page: { skip: number; take: number }) {
  const where: Prisma.NotificationWhereInput = status ? { status } : {};
  const [rows, total, queued] = await Promise.all([
    prisma.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        kind: true,
        email: true,
        recipientName: true,
        subject: true,
        body: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        sentAt: true,
        error: true,
        createdAt: true,
        user: { select: { email: true } },
        notice: { select: { content: true } },
      },
    }),
    prisma.notification.count({ where }),
    prisma.notice.count({ where: { status: "queued" } }),
  ]);
  // The outbox is no way round clearance: a message about a record the admin may not see shows
  // its envelope (who, when, state, error), not its content. Account messages carry a one-time
  // link (an invitation, a password reset): their body never leaves the server, so the link works
  // only for the person it was sent to (their subject says which kind of message it is).
  return {
    rows: rows.map(({ notice, ...r }) => {
      const hidden = !readable(ctx, notice.content);
      const secret = r.kind === "account";
      return { ...r, subject: hidden ? null : r.subject, body: hidden || secret ? null : r.body };
    }),
    total,
    queued,
  };
}

function readable(ctx: AccessContext, content: string): boolean {
  const parsed: unknown = JSON.parse(content);
  if (typeof parsed !== "object" || parsed === null || !("about" in parsed)) return true;
  const about = parsed.about as { entity: ConfidentialEntity; record: Classified } | undefined;
  if (!about) return true;
  return (OPEN_LEVELS as readonly string[]).includes(about.record.confidentiality) || canSee(ctx, about.entity, about.record);
}

/** Puts a failed or uncertain message back in the queue, now (an admin's decision, audited). */
export function retryNotification(actorId: string, id: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.notification.findUnique({ where: { id }, select: { status: true, attempts: true, error: true } });
    if (!before || !(RETRYABLE_STATUSES as readonly string[]).includes(before.status)) return false;
    await tx.notification.update({
      where: { id },
      data: { status: "pending", nextAttemptAt: now, claimToken: null, claimedAt: null, handedAt: null },
      select: { id: true },
    });
    await recordAudit(tx, { actorId, entity: "notification", entityId: id, action: "retry", before, after: { status: "pending", attempts: before.attempts, error: before.error } });
    return true;
  });
}

// ─── Email choices ──────────────────────────────────────────────────────────

type EmailKind = (typeof OPTIONAL_EMAIL_KINDS)[number];

export async function emailChoices(userId: string) {
  const [rows, user] = await Promise.all([
    prisma.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } }),
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } }),
  ]);
  return { choices: choicesFrom(rows), version: user.version };
}

function choicesFrom(rows: { kind: string; email: boolean }[]) {
  const off = new Set(rows.filter((r) => !r.email).map((r) => r.kind));
  return Object.fromEntries(OPTIONAL_EMAIL_KINDS.map((k) => [k, !off.has(k)])) as Record<EmailKind, boolean>;
}

/**
 * The email choices, from a form drawn at the account's `version` (the choices belong to the
 * account's record, as its language and time zone): an older form — a second tab — is refused with
 * `StaleEditError`, nothing written, instead of silently reverting what the other tab saved.
 */
export function saveEmailChoices(userId: string, choices: Record<EmailKind, boolean>, version: number) {
  return prisma.$transaction(async (tx) => {
    const read = async () => {
      const [rows, user] = await Promise.all([
        tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } }),
        tx.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } }),
      ]);
      const current = choicesFrom(rows);
      return { version: user.version, ...Object.fromEntries(OPTIONAL_EMAIL_KINDS.map((k) => [emailChoiceField(k), current[k]])) };
    };
    const before = await read();
    await claimVersion(tx, { entity: "user", id: userId, expected: version, current: before }, (where) =>
      tx.user.updateMany({ where, data: nextVersion }),
    );
    for (const kind of OPTIONAL_EMAIL_KINDS) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, email: choices[kind] },
        update: { email: choices[kind] },
        select: { id: true },
      });
    }
    await recordAudit(tx, { actorId: userId, entity: "user", entityId: userId, action: "update", before, after: await read() });
  });
}
