// One-time links to set a password (docs/decisions/019). The token is 32 random bytes, given to the
// caller once (for the email, or to show the administrator); only its SHA-256 is stored. Issuing a
// new token revokes the unused ones of the same purpose, and using one is a conditional update, so
// two tabs racing on one link cannot both succeed.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { looksLikeToken, TOKEN_BYTES, tokenExpiry, tokenState, type TokenPurpose, type TokenState } from "~/domain/account-tokens";
import { isOneOf } from "~/domain/vocabulary";
import { TOKEN_PURPOSES } from "~/domain/account-tokens";
import { recordAudit } from "./audit.server";

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  { userId, purpose, now }: { userId: string; purpose: TokenPurpose; now: Date },
) {
  await tx.accountToken.updateMany({
    where: { userId, purpose, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const row = await tx.accountToken.create({
    data: { userId, purpose, tokenHash: hashAccountToken(token), expiresAt: tokenExpiry(purpose, now) },
    select: { id: true, expiresAt: true },
  });
  return { token, tokenId: row.id, expiresAt: row.expiresAt };
}

/** Ends every unused link of an account (when it is disabled). */
export function revokeAccountTokens(tx: Prisma.TransactionClient, userId: string, now: Date) {
  return tx.accountToken.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
}

export type PresentedToken = {
  state: TokenState;
  purpose: TokenPurpose;
  user: { id: string; email: string; locale: string };
};

/** What a link is: null when it is no token of ours (wrong shape or unknown hash). Reads only. */
export async function findAccountToken(token: string, now = new Date()): Promise<PresentedToken | null> {
  if (!looksLikeToken(token)) return null;
  const row = await prisma.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, locale: true, disabledAt: true } },
    },
  });
  if (!row || !isOneOf(TOKEN_PURPOSES, row.purpose)) return null;
  const state = row.user.disabledAt ? "revoked" : tokenState(row, now);
  return { state, purpose: row.purpose, user: { id: row.user.id, email: row.user.email, locale: row.user.locale } };
}

export type UseTokenResult = { ok: true; userId: string; purpose: TokenPurpose } | { ok: false; state: TokenState | "unknown" };

/**
 * Sets the password through a link: the token is marked used in the same transaction, only if it
 * still works, and every session of the account ends (whoever knew the old password is out).
 * `passwordHash` is computed by the caller before, since hashing is slow on purpose.
 */
export function consumePasswordToken(token: string, passwordHash: string, now = new Date()): Promise<UseTokenResult> {
  return prisma.$transaction(async (tx) => {
    if (!looksLikeToken(token)) return { ok: false, state: "unknown" };
    const row = await tx.accountToken.findUnique({
      where: { tokenHash: hashAccountToken(token) },
      select: { id: true, purpose: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { id: true, disabledAt: true } } },
    });
    if (!row || !isOneOf(TOKEN_PURPOSES, row.purpose)) return { ok: false, state: "unknown" };
    const state = row.user.disabledAt ? "revoked" : tokenState(row, now);
    if (state !== "valid") return { ok: false, state };
    const claimed = await tx.accountToken.updateMany({
      where: { id: row.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return { ok: false, state: "used" };
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash }, select: { id: true } });
    const ended = await tx.session.updateMany({ where: { userId: row.user.id, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, {
      actorId: row.user.id,
      entity: "user",
      entityId: row.user.id,
      action: row.purpose === "invitation" ? "password_set" : "password_reset",
      after: { tokenId: row.id, sessionsEnded: ended.count },
    });
    return { ok: true, userId: row.user.id, purpose: row.purpose };
  });
}
