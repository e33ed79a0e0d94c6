// "Forgot password": a reset link by email, for an address that may or may not have an account.
// The answer is the same either way; requests are throttled per address and per client with the
// sign-in throttle's rule, counted whether or not the address exists.
import { prisma } from "~/db.server";
import { RESET_ADDRESS_RULE, RESET_EMAIL_RULE } from "~/domain/account-tokens";
import { throttleState } from "~/domain/throttle";
import { queueAccountLinkEmail } from "./account-mail.server";
import { issueAccountToken } from "./account-token.server";
import { recordAudit } from "./audit.server";
import { NO_PASSWORD } from "./user.server";

export type ResetRequestResult = { throttled: false } | { throttled: true; retryAfterMs: number };

/** `address` is the client's, as the sign-in throttle counts it (app/http/client-address.server.ts). */
export async function requestPasswordReset(address: string, email: string, now = new Date()): Promise<ResetRequestResult> {
  const keys = [
    [`reset:email:${email}`, RESET_EMAIL_RULE],
    [`reset:ip:${address}`, RESET_ADDRESS_RULE],
  ] as const;
  for (const [key, rule] of keys) {
    const rows = await prisma.signInAttempt.findMany({
      where: { key, at: { gt: new Date(now.getTime() - rule.windowMs) } },
      orderBy: { at: "desc" },
      take: rule.maxFailures,
      select: { at: true },
    });
    const state = throttleState(rows.map((r) => r.at), now, rule);
    if (state.blocked) return { throttled: true, retryAfterMs: state.retryAfterMs };
  }
  await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.createMany({ data: keys.map(([key]) => ({ key, succeeded: false, at: now })) });
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true, disabledAt: true, passwordHash: true } });
    // A disabled account gets nothing; an invited one gets a new invitation rather than a reset.
    if (!user || user.disabledAt) return;
    const purpose = user.passwordHash === NO_PASSWORD ? "invitation" : "reset";
    const issued = await issueAccountToken(tx, { userId: user.id, purpose, now });
    await recordAudit(tx, {
      actorId: null,
      entity: "user",
      entityId: user.id,
      action: purpose === "invitation" ? "invite" : "reset_link",
      after: { tokenId: issued.tokenId, expiresAt: issued.expiresAt, requested: "forgot_password" },
    });
    await queueAccountLinkEmail(tx, { token: issued.token, expiresAt: issued.expiresAt, purpose, user });
  });
  return { throttled: false };
}
