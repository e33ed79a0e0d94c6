import type { Prisma } from "@prisma/client";
import { redirect } from "@remix-run/node";
import { prisma } from "~/db.server";
import { readQuery, sqlDate } from "~/read-db.server";
import { ADDRESS_RULE, EMAIL_RULE, throttleState } from "~/domain/throttle";
import { recordAudit } from "~/models/audit.server";
import { getSession, SESSION_TTL_MS, sessionStorage } from "~/session.server";
import { hashPassword, verifyPassword } from "./password.server";

// A hash to verify against when the email is unknown (or the account has no password yet: an
// invitation not taken up), so every failure takes the same time.
let dummyHash: Promise<string> | undefined;
function unknownUserHash() {
  return (dummyHash ??= hashPassword("relais-unknown-user"));
}

export type SignInResult =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };


/**
 * A failed sign-in in the audit trail: the address typed (never the password), the client address
 * as app/http/client-address.server.ts gives it, and why it failed. Nobody is signed in: no actor.
 */
function auditFailedSignIn(
  tx: Prisma.TransactionClient,
  { email, address, reason }: { email: string; address: string; reason: "unknown_account" | "disabled" | "wrong_password" | "throttled" },
) {
  const typed = email.trim().toLowerCase().slice(0, 254);
  return recordAudit(tx, { actorId: null, entity: "signIn", entityId: typed, action: "sign_in_failed", after: { email: typed, address: address.slice(0, 100), reason } });
}

async function recentFailures(key: string, since: Date): Promise<Date[]> {
  const lastSuccess = await prisma.signInAttempt.findFirst({
    where: { key, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const rows = await prisma.signInAttempt.findMany({
    where: { key, succeeded: false, at: { gte: lastSuccess?.at ?? since } },
    select: { at: true },
    orderBy: { at: "desc" },
    take: 100,
  });
  return rows.map((r) => r.at);
}

export async function signIn(
  request: Request,
  { email, password }: { email: string; password: string },
  { address, now = new Date() }: { address: string; now?: Date },
): Promise<SignInResult> {
  const emailKey = `email:${email.trim().toLowerCase()}`;
  const addressKey = `ip:${address}`;
  const since = new Date(now.getTime() - EMAIL_RULE.windowMs);
  for (const [key, rule] of [
    [emailKey, EMAIL_RULE],
    [addressKey, ADDRESS_RULE],
  ] as const) {
    const state = throttleState(await recentFailures(key, since), now, rule);
    if (state.blocked) {
      await prisma.$transaction((tx) => auditFailedSignIn(tx, { email, address, reason: "throttled" }));
      return { ok: false, reason: "throttled", retryAfterMs: state.retryAfterMs };
    }
  }

  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash || (await unknownUserHash()), password).catch(() => false);
  const succeeded = Boolean(user && !user.disabledAt && valid);

  if (!user || !succeeded) {
    const reason = !user ? "unknown_account" : user.disabledAt ? "disabled" : "wrong_password";
    await prisma.$transaction(async (tx) => {
      await tx.signInAttempt.createMany({
        data: [
          { key: emailKey, succeeded: false, at: now },
          { key: addressKey, succeeded: false, at: now },
        ],
      });
      await auditFailedSignIn(tx, { email, address, reason });
    });
    return { ok: false, reason: "invalid" };
  }

  const session = await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.createMany({
      data: [
        { key: emailKey, succeeded: true, at: now },
        { key: addressKey, succeeded: true, at: now },
      ],
    });
    const created = await tx.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        userAgent: request.headers.get("User-Agent")?.slice(0, 200) ?? null,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, { actorId: user.id, entity: "session", entityId: created.id, action: "sign_in" });
    return created;
  });
  return { ok: true, sessionId: session.id };
}

// The session row and the access version in one indexed read on the raw read path: the only
// statement a signed-in request costs before its page when the access context is cached.
const sessionQuery = readQuery<{ id: string; now: string }, { userId: string; accessVersion: number | null }>(`
  SELECT s.userId, (SELECT version FROM AccessVersion WHERE id = 1) AS accessVersion
  FROM Session s JOIN User u ON u.id = s.userId
  WHERE s.id = @id AND s.expiresAt > @now AND u.disabledAt IS NULL`);

/** The signed-in user of a live session, with the access version read in the same statement. */
export async function getSessionAccessVersion(request: Request): Promise<{ userId: string; accessVersion: number | null } | null> {
  const session = await getSession(request);
  const sessionId: unknown = session.get("sessionId");
  if (typeof sessionId !== "string") return null;
  return sessionQuery.get({ id: sessionId, now: sqlDate(new Date()) }) ?? null;
}

export async function getSessionUserId(request: Request): Promise<string | null> {
  return (await getSessionAccessVersion(request))?.userId ?? null;
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getSessionUserId(request);
  if (!userId) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    const params = redirectTo === "/" ? "" : `?${new URLSearchParams({ redirectTo })}`;
    throw redirect(`/login${params}`);
  }
  return userId;
}

/** Ends the session row (kept, with its expiry moved to now) and clears the cookie. */
export async function signOut(request: Request): Promise<string> {
  const session = await getSession(request);
  const sessionId: unknown = session.get("sessionId");
  if (typeof sessionId === "string") {
    await prisma.$transaction(async (tx) => {
      const row = await tx.session.findUnique({ where: { id: sessionId }, select: { userId: true } });
      if (!row) return;
      await tx.session.update({ where: { id: sessionId }, data: { expiresAt: new Date() }, select: { id: true } });
      await recordAudit(tx, { actorId: row.userId, entity: "session", entityId: sessionId, action: "sign_out" });
    });
  }
  return sessionStorage.destroySession(session);
}
