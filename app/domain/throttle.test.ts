import { describe, expect, it } from "vitest";
import { throttleState } from "./throttle";

const rule = { maxFailures: 3, windowMs: 10 * 60_000 };
const now = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("sign-in throttling", () => {
  it("lets attempts through below the limit", () => {
    expect(throttleState([minutesAgo(1), minutesAgo(2)], now, rule)).toEqual({ blocked: false });
  });

  it("blocks at the limit until the oldest counted failure leaves the window", () => {
    const state = throttleState([minutesAgo(1), minutesAgo(2), minutesAgo(4)], now, rule);
    expect(state).toEqual({ blocked: true, retryAfterMs: 6 * 60_000 });
  });

  it("forgets failures older than the window", () => {
    expect(throttleState([minutesAgo(1), minutesAgo(2), minutesAgo(11)], now, rule)).toEqual({ blocked: false });
  });

  it("with more failures than the limit, waits for enough of them to expire", () => {
    const state = throttleState([minutesAgo(9), minutesAgo(1), minutesAgo(3), minutesAgo(5)], now, rule);
    // Newest three are 1, 3, 5 minutes old: the 5-minute one leaves after 5 more minutes.
    expect(state).toEqual({ blocked: true, retryAfterMs: 5 * 60_000 });
  });
});
