import { describe, expect, it } from "vitest";
import { looksLikeToken, TOKEN_LIFETIME_MS, tokenExpiry, tokenState } from "./account-tokens";

const now = new Date("2026-12-01T10:00:00Z");

describe("one-time tokens", () => {
  it("expire a week after an invitation and an hour after a reset request", () => {
    expect(tokenExpiry("invitation", now).toISOString()).toBe("2026-12-08T10:00:00.000Z");
    expect(tokenExpiry("reset", now).toISOString()).toBe("2026-12-01T11:00:00.000Z");
    expect(TOKEN_LIFETIME_MS.reset).toBeLessThan(TOKEN_LIFETIME_MS.invitation);
  });

  it("work until the instant they expire, not at it", () => {
    const token = { expiresAt: new Date(now.getTime() + 1), usedAt: null, revokedAt: null };
    expect(tokenState(token, now)).toBe("valid");
    expect(tokenState({ ...token, expiresAt: now }, now)).toBe("expired");
  });

  it("work once: a used token stays used even before it expires", () => {
    const token = { expiresAt: tokenExpiry("invitation", now), usedAt: now, revokedAt: null };
    expect(tokenState(token, now)).toBe("used");
  });

  it("stop working when a newer one replaces them", () => {
    expect(tokenState({ expiresAt: tokenExpiry("reset", now), usedAt: null, revokedAt: now }, now)).toBe("revoked");
  });

  it("have the shape of 32 random bytes in base64url, and nothing else passes", () => {
    expect(looksLikeToken("A".repeat(43))).toBe(true);
    expect(looksLikeToken("abcDEF0123456789_-abcDEF0123456789_-abcDEF0")).toBe(true);
    expect(looksLikeToken("A".repeat(42))).toBe(false);
    expect(looksLikeToken("A".repeat(44))).toBe(false);
    expect(looksLikeToken(`${"A".repeat(42)}=`)).toBe(false);
    expect(looksLikeToken("../../etc/passwd")).toBe(false);
    expect(looksLikeToken("")).toBe(false);
  });
});
