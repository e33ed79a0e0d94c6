// What every user changes about their own account: language, time zone, password.
import { prisma } from "~/db.server";
import { verifyPassword } from "~/auth/password.server";
import { EMAIL_RULE, throttleState } from "~/domain/throttle";
import type { Locale } from "~/domain/vocabulary";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import { NO_PASSWORD } from "./user.server";

/** The account's own language and time zone, with the version a form of them is drawn at. */
export function preferencesOf(userId: string) {
  return prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true, timeZone: true, version: true } });
}

/**
 * Language and time zone, from a form drawn at the account's `version`: a second tab's older form is
 * refused with `StaleEditError` (nothing written) instead of silently reverting the first tab's save.
 */
export function updatePreferences(userId: string, data: { locale: Locale; timeZone: string }, version: number) {
  return prisma.$transaction(async (tx) => {
    const select = { locale: true, timeZone: true, version: true } as const;
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
    await claimVersion(tx, { entity: "user", id: userId, expected: version, current: before }, (where) =>
      tx.user.updateMany({ where, data: { ...data, ...nextVersion } }),
    );
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
    await recordAudit(tx, { actorId: userId, entity: "user", entityId: userId, action: "update", before, after });
    return after;
  });
}

/**
 * The language switch in the header: the signed-in account keeps the language it chose. No version
 * check: the switch is one click, and the last click is what the reader wants.
 */
export function setLanguage(user: { id: string; locale: string }, locale: Locale) {
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { locale }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, entity: "user", entityId: user.id, action: "update", before: { locale: user.locale }, after: { locale } });
  });
}

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong" } | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * The current password must be given; wrong guesses are throttled like sign-ins. On success every
 * other session of the account ends (the one changing it stays signed in). `newHash` is computed by
 * the caller, outside the transaction.
 */
export async function changePassword(
  userId: string,
  { current, newHash, keepSessionId }: { current: string; newHash: () => Promise<string>; keepSessionId: string | null },
  now = new Date(),
): Promise<ChangePasswordResult> {
  const key = `password:${userId}`;
  const failures = await prisma.signInAttempt.findMany({
    where: { key, succeeded: false, at: { gt: new Date(now.getTime() - EMAIL_RULE.windowMs) } },
    orderBy: { at: "desc" },
    take: EMAIL_RULE.maxFailures,
    select: { at: true },
  });
  const state = throttleState(failures.map((f) => f.at), now, EMAIL_RULE);
  if (state.blocked) return { ok: false, reason: "throttled", retryAfterMs: state.retryAfterMs };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const valid = user.passwordHash !== NO_PASSWORD && (await verifyPassword(user.passwordHash, current).catch(() => false));
  if (!valid) {
    await prisma.signInAttempt.create({ data: { key, succeeded: false, at: now }, select: { id: true } });
    return { ok: false, reason: "wrong" };
  }
  const passwordHash = await newHash();
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } });
    const { version } = await tx.user.update({ where: { id: userId }, data: { passwordHash, ...nextVersion }, select: { version: true } });
    const ended = await tx.session.updateMany({
      where: { userId, expiresAt: { gt: now }, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
      data: { expiresAt: now },
    });
    await recordAudit(tx, { actorId: userId, entity: "user", entityId: userId, action: "password_change", before, after: { version, sessionsEnded: ended.count } });
  });
  return { ok: true };
}
