// One-time links that let a person set a password: an invitation to a new account, or a reset.
// The token is random (32 bytes, 256 bits), sent once and stored only as a hash; these are the rules
// that decide whether a presented token still works. Pure: `now` is passed in.

export const TOKEN_PURPOSES = ["invitation", "reset"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const TOKEN_BYTES = 32;

/** An invitation waits a week for a newcomer; a reset link is only good for an hour. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

export function tokenExpiry(purpose: TokenPurpose, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
}

// base64url of 32 bytes: 43 characters, no padding.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether text could be a token at all; anything else is refused before the database is asked. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

export type TokenRecord = { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null };
export type TokenState = "valid" | "used" | "revoked" | "expired";

/** Used beats revoked beats expired, so the page can say what happened to a link. */
export function tokenState(token: TokenRecord, now: Date): TokenState {
  if (token.usedAt) return "used";
  if (token.revokedAt) return "revoked";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/**
 * "Forgot password" requests, counted per address asked for and per client, whether or not the
 * address has an account (so the throttle itself says nothing about it).
 */
export const RESET_EMAIL_RULE = { maxFailures: 3, windowMs: 15 * 60 * 1000 };
export const RESET_ADDRESS_RULE = { maxFailures: 20, windowMs: 15 * 60 * 1000 };
