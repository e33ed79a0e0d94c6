// Sign-in throttling: after too many failures inside a window, wait until the oldest counted
// failure leaves the window. Pure so it can be tested with a fixed clock.

export type ThrottleRule = { maxFailures: number; windowMs: number };

export const EMAIL_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * 60 * 1000 };

export type ThrottleState = { blocked: false } | { blocked: true; retryAfterMs: number };

/** `failures` are the instants of failed attempts since the last success, any order. */
export function throttleState(failures: readonly Date[], now: Date, rule: ThrottleRule): ThrottleState {
  const windowStart = now.getTime() - rule.windowMs;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return { blocked: false };
  // The attempt that would bring the count back under the limit leaves the window first.
  const pivot = recent[rule.maxFailures - 1] ?? now.getTime();
  return { blocked: true, retryAfterMs: pivot + rule.windowMs - now.getTime() };
}
