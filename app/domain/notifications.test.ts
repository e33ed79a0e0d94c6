import { describe, expect, it } from "vitest";
import {
  afterFailure,
  emailKindsFrom,
  initialStatus,
  MAX_ATTEMPTS,
  postRecipients,
  recipientKey,
  retryDelayMs,
  staleClaimOutcome,
  wantsEmail,
  type Holder,
  type HolderAccount,
} from "./notifications";

const account = (id: string, over: Partial<HolderAccount> = {}): HolderAccount => ({
  id,
  email: `${id}@gov.example`,
  locale: "en",
  timeZone: null,
  disabled: false,
  emailKinds: "all",
  ...over,
});
const holder = (name: string, over: Partial<Holder> = {}): Holder => ({
  personId: `p-${name}`,
  name,
  acting: false,
  personEmail: null,
  user: account(name),
  ...over,
});

describe("who a notice to a post reaches", () => {
  it("the holder of the day, and after a change of holder the new one only", () => {
    const before = postRecipients([holder("amina")], null, "action_assigned");
    expect(before.map((r) => r.userId)).toEqual(["amina"]);
    // The same notice resolved after the rotation: the successor, not the one who left.
    const after = postRecipients([holder("bruno")], null, "action_assigned");
    expect(after.map((r) => r.userId)).toEqual(["bruno"]);
    expect(after[0]).toMatchObject({ email: "bruno@gov.example", locale: "en" });
  });

  it("the substantive holder first, then the acting one, then the functional mailbox in both languages", () => {
    const r = postRecipients([holder("acting", { acting: true }), holder("chief", { user: account("chief", { locale: "fr" }) })], "Focal.Point@Customs.example", "action_overdue");
    expect(r.map((x) => x.userId ?? x.email)).toEqual(["chief", "acting", "focal.point@customs.example"]);
    expect(r[0]?.locale).toBe("fr");
    expect(r[2]).toMatchObject({ userId: null, locale: null });
  });

  it("a holder without an account is reached at their directory email; a disabled account is not reached", () => {
    const r = postRecipients(
      [holder("noaccount", { user: null, personEmail: "n.account@gov.example" }), holder("gone", { user: account("gone", { disabled: true }) })],
      null,
      "action_assigned",
    );
    expect(r).toEqual([{ userId: null, email: "n.account@gov.example", name: "noaccount", locale: null, timeZone: null }]);
  });

  it("nobody twice: a mailbox equal to a holder's address is not mailed again", () => {
    const r = postRecipients([holder("amina")], "AMINA@gov.example", "action_assigned");
    expect(r).toHaveLength(1);
  });

  it("a user who turned a kind off by email still gets it in the app", () => {
    const prefs = emailKindsFrom([{ kind: "action_overdue", email: false }]);
    const r = postRecipients([holder("amina", { user: account("amina", { emailKinds: prefs }) })], null, "action_overdue");
    expect(r[0]).toMatchObject({ userId: "amina", email: null });
    expect(initialStatus(r[0] ?? { email: null })).toBe("in_app");
    expect(wantsEmail({ emailKinds: prefs }, "action_assigned")).toBe(true);
    // Account messages cannot be turned off.
    expect(wantsEmail({ emailKinds: [] }, "account")).toBe(true);
  });

  it("an empty post with no mailbox reaches nobody", () => {
    expect(postRecipients([], null, "action_assigned")).toEqual([]);
  });
});

describe("idempotency keys of recipients' rows", () => {
  it("name the notice and the recipient, so resolving twice cannot create a second row", () => {
    expect(recipientKey("action-assigned:a1:p1:5", { userId: "u1", email: "x@y" })).toBe("action-assigned:a1:p1:5|user:u1");
    expect(recipientKey("action-assigned:a1:p1:5", { userId: null, email: "x@y" })).toBe("action-assigned:a1:p1:5|email:x@y");
    expect(recipientKey("k", { userId: "u1", email: null })).not.toBe(recipientKey("k", { userId: "u2", email: null }));
  });
});

describe("back-off after a failed hand-over to SMTP", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  it("doubles from one minute and stops growing at six hours", () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(4)).toBe(480_000);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
    expect(retryDelayMs(1, 1)).toBe(72_000);
  });

  it("retries temporary failures, gives up on permanent refusals and after the last attempt", () => {
    expect(afterFailure(1, 421, now)).toEqual({ status: "pending", nextAttemptAt: new Date("2026-12-01T10:01:00Z") });
    expect(afterFailure(3, null, now)).toEqual({ status: "pending", nextAttemptAt: new Date("2026-12-01T10:04:00Z") });
    expect(afterFailure(1, 550, now)).toEqual({ status: "failed" });
    expect(afterFailure(MAX_ATTEMPTS, 451, now)).toEqual({ status: "failed" });
  });

  it("a stale claim goes back to the queue only if it was never handed to SMTP", () => {
    expect(staleClaimOutcome("claimed")).toBe("pending");
    expect(staleClaimOutcome("sending")).toBe("uncertain");
  });
});
