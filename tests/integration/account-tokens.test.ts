// One-time links (invitation and reset) and the profile: tokens expire, work once and cannot be
// guessed; "forgot password" answers the same for known and unknown addresses and is throttled.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../app/auth/password.server";
import { prisma } from "../../app/db.server";
import { action as forgotAction } from "../../app/routes/forgot-password";
import { action as loginAction } from "../../app/routes/login";
import { action as passwordAction, loader as passwordLoader } from "../../app/routes/password.$token";
import { action as profileAction, loader as profileLoader } from "../../app/routes/profile._index";
import { action as choicesAction, loader as choicesLoader } from "../../app/routes/profile_.notifications";
import { action as newUserAction } from "../../app/routes/admin.users.new";
import { loader as outboxLoader } from "../../app/routes/admin.outbox";
import { runOutbox } from "../../app/models/outbox.server";
import { sessionStorage } from "../../app/session.server";
import { createUser, getRequest, postRequest, sessionCookie, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf, valuesOf } from "../support/form-results";

const context = {};
const PASSWORD = "a long and private sentence";

async function invite(email = `${unique("invitee")}@test.example`) {
  const admin = await createUser("admin");
  const result = await newUserAction({
    request: postRequest("/admin/users/new", { email, locale: "fr", personId: "", roleViewer: "on" }, await sessionCookie(admin.id)),
    params: {},
    context,
  });
  const link = payloadOf(result).link;
  if (!link || typeof link !== "object" || !("url" in link) || typeof link.url !== "string") throw new Error("no link");
  const token = link.url.split("/").pop() ?? "";
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true } });
  return { token, user };
}

function openLink(token: string) {
  return passwordLoader({ request: getRequest(`/password/${token}`), params: { token }, context });
}

function setPassword(token: string, password = PASSWORD, confirm = password) {
  return passwordAction({ request: postRequest(`/password/${token}`, { password, confirm }), params: { token }, context });
}

async function signInWith(email: string, password: string) {
  try {
    await loginAction({ request: postRequest("/login", { email, password }), params: {}, context });
  } catch (error) {
    return locationOf(error);
  }
  return null;
}

describe("an invitation link", () => {
  it("is emailed through the outbox in the invitee's language, with the same link the administrator sees", async () => {
    const email = `${unique("invitee")}@test.example`;
    const { token } = await invite(email);
    const notice = await prisma.notice.findFirstOrThrow({ where: { email }, select: { locale: true, kind: true, userId: true } });
    expect(notice).toEqual({ locale: "fr", kind: "account", userId: null });
    expect(await tokenFromOutbox(email, "account.mail.invitation.subject")).toBe(token);
  });

  it("is listed in the administrators' outbox without its body, so the link is never shown there", async () => {
    const email = `${unique("invitee")}@test.example`;
    const { token } = await invite(email);
    await runOutbox({ now: new Date() });
    // The message itself carries the link (that is what lets the outbox stand in for a mail server).
    const stored = await prisma.notification.findFirstOrThrow({ where: { email }, select: { body: true, link: true, kind: true } });
    expect(stored.kind).toBe("account");
    expect(stored.link).toContain(token);
    expect(stored.body).toContain(email);
    const admin = await createUser("admin");
    const page = await outboxLoader({ request: getRequest("/admin/outbox", await sessionCookie(admin.id)), params: {}, context });
    const row = page.rows.find((r) => r.email === email);
    expect(row).toMatchObject({ kind: "account", body: null });
    expect(row?.subject).toBeTruthy();
    expect(JSON.stringify(page)).not.toContain(token);
  });

  it("opens the form without changing anything, sets the password once, and the person signs in", async () => {
    const { token, user } = await invite();
    const page = await openLink(token);
    expect(payloadOf(page)).toMatchObject({ state: "valid", purpose: "invitation", email: user.email });
    expect(await prisma.accountToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(0);
    expect(await signInWith(user.email, PASSWORD)).toBeNull();

    const done = await setPassword(token);
    expect(locationOf(done)).toBe("/login");
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: user.id, action: "password_set" } })).toBe(1);
    expect(await signInWith(user.email, PASSWORD)).toBe("/");

    // Single use: the second submission, and a later visit, find it spent.
    const again = await setPassword(token, "another long sentence here");
    expect(statusOf(again)).toBe(410);
    expect(payloadOf(again)).toEqual({ state: "used" });
    expect(payloadOf(await openLink(token))).toEqual({ state: "used" });
    expect(await verifyPassword((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash, PASSWORD)).toBe(true);
  });

  it("expires", async () => {
    const { token, user } = await invite();
    await prisma.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(statusOf(await openLink(token))).toBe(410);
    const late = await setPassword(token);
    expect(payloadOf(late)).toEqual({ state: "expired" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash).toBe("");
  });

  it("cannot be guessed: random and malformed tokens are unknown, and tokens never repeat", async () => {
    const { token } = await invite();
    const other = (await invite()).token;
    expect(other).not.toBe(token);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    for (const guess of [randomBytes(32).toString("base64url"), `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "x", "../login"]) {
      const page = await openLink(guess);
      expect(statusOf(page)).toBe(404);
      expect(payloadOf(page)).toEqual({ state: "unknown" });
      expect(statusOf(await setPassword(guess))).toBe(404);
    }
  });

  it("stops working when the account is disabled", async () => {
    const { token, user } = await invite();
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(payloadOf(await openLink(token))).toEqual({ state: "revoked" });
    expect(statusOf(await setPassword(token))).toBe(410);
  });

  it("refuses a weak or mismatched password with field errors, without spending the link or sending the password back", async () => {
    const { token, user } = await invite();
    const short = await setPassword(token, "short");
    expect(statusOf(short)).toBe(400);
    expect(fieldErrorsOf(short).password).toEqual(["password.error.tooShort"]);
    expect(valuesOf(short)).toEqual({});
    const withEmail = await setPassword(token, `${user.email} is mine`);
    expect(fieldErrorsOf(withEmail).password).toContain("password.error.containsEmail");
    const mismatch = await setPassword(token, PASSWORD, `${PASSWORD}!`);
    expect(fieldErrorsOf(mismatch).confirm).toEqual(["password.error.mismatch"]);
    expect(payloadOf(await openLink(token))).toMatchObject({ state: "valid" });
  });

  it("is sent with no Referer and not cached", async () => {
    const { headers } = await import("../../app/routes/password.$token");
    const sent = new Headers(headers({} as Parameters<typeof headers>[0]));
    expect(sent.get("Referrer-Policy")).toBe("no-referrer");
    expect(sent.get("Cache-Control")).toBe("no-store");
  });
});

/** The link as the email carries it: read back from the outbox, where the message waits without SMTP. */
async function tokenFromOutbox(email: string, subjectKey: string) {
  const notice = await prisma.notice.findFirstOrThrow({ where: { email, kind: "account" }, orderBy: { createdAt: "desc" }, select: { content: true } });
  const content: unknown = JSON.parse(notice.content);
  if (!content || typeof content !== "object" || !("link" in content) || typeof content.link !== "string") throw new Error("no link");
  expect(content).toMatchObject({ subject: { key: subjectKey } });
  return content.link.replace("/password/", "");
}

function forgot(email: string, address = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
  return forgotAction({
    request: new Request("http://localhost/forgot-password", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email }).toString(),
    }),
    params: {},
    // The client's address, as server.js passes the socket's (X-Forwarded-For counts only behind TRUST_PROXY).
    context: { remoteAddress: address },
  });
}

async function describeResponse(result: unknown) {
  if (!(result instanceof Response)) return { status: statusOf(result), body: payloadOf(result) };
  const cookie = result.headers.get("Set-Cookie") ?? "";
  const session = await sessionStorage.getSession(cookie.split(";")[0]);
  return { status: result.status, location: result.headers.get("Location"), flash: session.get("flash") };
}

describe("forgot password", () => {
  it("answers the same for a known and an unknown address; only the known one gets a link", async () => {
    const known = await createUser("focal_point");
    await prisma.user.update({ where: { id: known.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const unknown = `${unique("nobody")}@test.example`;
    const a = await describeResponse(await forgot(known.email));
    const b = await describeResponse(await forgot(unknown));
    expect(a).toEqual(b);
    expect(a).toEqual({ status: 302, location: "/login", flash: { kind: "success", key: "reset.sent" } });
    expect(await prisma.accountToken.count({ where: { userId: known.id, purpose: "reset" } })).toBe(1);
    expect(await prisma.user.count({ where: { email: unknown } })).toBe(0);
    expect(await prisma.notice.count({ where: { email: known.email, kind: "account" } })).toBe(1);
    expect(await prisma.notice.count({ where: { email: unknown } })).toBe(0);
  });

  it("throttles per address, known or not, and the same way", async () => {
    const known = await createUser("viewer");
    await prisma.user.update({ where: { id: known.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const unknown = `${unique("nobody")}@test.example`;
    for (let i = 0; i < 3; i++) {
      await forgot(known.email);
      await forgot(unknown);
    }
    const a = await describeResponse(await forgot(known.email));
    const b = await describeResponse(await forgot(unknown));
    expect(a.status).toBe(429);
    expect(b.status).toBe(429);
    expect(a.body).toMatchObject({ formErrors: ["reset.throttled"] });
    expect({ ...a.body, values: null }).toEqual({ ...b.body, values: null });
    expect(await prisma.accountToken.count({ where: { userId: known.id } })).toBe(3);
  });

  it("throttles one client asking for many addresses", async () => {
    const address = "10.9.9.9";
    for (let i = 0; i < 20; i++) await forgot(`${unique("spray")}@test.example`, address);
    expect(statusOf(await forgot(`${unique("spray")}@test.example`, address))).toBe(429);
  });

  it("sets a new password through the reset link and ends every open session", async () => {
    const user = await createUser("focal_point");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("the old sentence here") } });
    await sessionCookie(user.id);
    await forgot(user.email);
    const token = await tokenFromOutbox(user.email, "account.mail.reset.subject");
    expect(payloadOf(await openLink(token))).toMatchObject({ state: "valid", purpose: "reset" });
    expect(locationOf(await setPassword(token))).toBe("/login");
    expect(await prisma.session.count({ where: { userId: user.id, expiresAt: { gt: new Date() } } })).toBe(0);
    expect(await signInWith(user.email, PASSWORD)).toBe("/");
    expect(await signInWith(user.email, "the old sentence here")).toBeNull();
  });

  it("refuses a malformed address with a field error", async () => {
    const result = await forgot("not-an-address");
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).email).toEqual(["error.email"]);
  });
});

describe("the profile", () => {
  async function withPassword() {
    const user = await createUser("viewer");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    return { ...user, cookie: await sessionCookie(user.id) };
  }

  function post(cookie: string, fields: Record<string, string>) {
    return profileAction({ request: postRequest("/profile", fields, cookie), params: {}, context });
  }

  it("saves language and time zone, audited, and sets the language cookie", async () => {
    const user = await withPassword();
    const page = await profileLoader({ request: getRequest("/profile", user.cookie), params: {}, context });
    expect(page.zones).toContain("Africa/Lagos");
    expect(page.zones.length).toBeGreaterThan(300);
    const saved = await post(user.cookie, { intent: "preferences", version: String(page.version), locale: "fr", timeZone: "America/Toronto" });
    expect(locationOf(saved)).toBe("/profile");
    expect(saved instanceof Response && saved.headers.get("Set-Cookie")).toContain("relais_lang=");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } })).toEqual({ locale: "fr", timeZone: "America/Toronto" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "user", entityId: user.id, action: "update" }, select: { after: true } });
    expect(JSON.parse(event.after ?? "{}")).toEqual({ locale: "fr", timeZone: "America/Toronto", version: page.version + 1 });
  });

  it("a second tab's older preferences form is a conflict, not a silent revert of the first tab's save", async () => {
    const user = await withPassword();
    const tab1 = await profileLoader({ request: getRequest("/profile", user.cookie), params: {}, context });
    const tab2 = await profileLoader({ request: getRequest("/profile", user.cookie), params: {}, context });
    expect(tab2.version).toBe(tab1.version);
    expect(locationOf(await post(user.cookie, { intent: "preferences", version: String(tab1.version), locale: "fr", timeZone: "Europe/Paris" }))).toBe("/profile");
    // Tab 2 still shows English and no zone; it only meant to set the time zone.
    const stale = await post(user.cookie, { intent: "preferences", version: String(tab2.version), locale: "en", timeZone: "Africa/Lagos" });
    expect(statusOf(stale)).toBe(409);
    const conflict = payloadOf(stale).conflict;
    expect(conflict).toMatchObject({
      since: tab2.version,
      version: tab1.version + 1,
      changes: [
        { field: "locale", was: "en", now: "fr" },
        { field: "timeZone", was: null, now: "Europe/Paris" },
      ],
    });
    expect(valuesOf(stale)).toMatchObject({ locale: "en", timeZone: "Africa/Lagos", version: String(tab1.version + 1) });
    expect(stale instanceof Response).toBe(false);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } })).toEqual({ locale: "fr", timeZone: "Europe/Paris" });
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: user.id, action: "update" } })).toBe(1);
    // Without the version the form was drawn at, nothing is applied.
    expect(statusOf(await post(user.cookie, { intent: "preferences", locale: "en", timeZone: "Africa/Lagos" }))).toBe(400);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale).toBe("fr");
  });

  it("a second tab's older email choices are a conflict too; the ticks it sent are kept", async () => {
    const user = await withPassword();
    const load = () => choicesLoader({ request: getRequest("/profile/notifications", user.cookie), params: {}, context });
    const postChoices = (fields: Record<string, string>) => choicesAction({ request: postRequest("/profile/notifications", fields, user.cookie), params: {}, context });
    const tab1 = await load();
    const tab2 = await load();
    expect(tab1.choices.action_overdue).toBe(true);
    // Tab 1 turns off the overdue-action emails (everything else stays on).
    const on = { milestone_reminder: "on", action_assigned: "on", meeting_invitation: "on", journal_circulation: "on", handover: "on" };
    expect(locationOf(await postChoices({ version: String(tab1.version), ...on }))).toBe("/profile/notifications");
    expect((await load()).choices.action_overdue).toBe(false);
    // Tab 2, drawn before, turns off the handover emails and would have turned overdue actions back on.
    const stale = await postChoices({ version: String(tab2.version), milestone_reminder: "on", action_overdue: "on", action_assigned: "on", meeting_invitation: "on", journal_circulation: "on" });
    expect(statusOf(stale)).toBe(409);
    expect(payloadOf(stale).conflict).toMatchObject({ since: tab2.version, changes: [{ field: "email_action_overdue", was: true, now: false }] });
    expect(valuesOf(stale)).toMatchObject({ action_overdue: "on", version: String(tab1.version + 1) });
    expect(valuesOf(stale).handover).toBeUndefined();
    const now = await load();
    expect(now.choices).toMatchObject({ action_overdue: false, handover: true });
    // The preferences form drawn before the choices were saved is stale as well: one version for the account.
    expect(statusOf(await post(user.cookie, { intent: "preferences", version: String(tab2.version), locale: "en", timeZone: "Africa/Lagos" }))).toBe(409);
    expect(statusOf(await postChoices({ ...on }).catch((e: unknown) => e))).toBe(400);
    const events = await prisma.auditEvent.findMany({ where: { entity: "user", entityId: user.id, action: "update" }, select: { before: true, after: true } });
    expect(events).toHaveLength(1);
    // Audited on the account's record, the changed choice only (and the version, to rebuild conflicts from).
    expect(JSON.parse(events[0]?.before ?? "{}")).toEqual({ email_action_overdue: true, version: tab1.version });
    expect(JSON.parse(events[0]?.after ?? "{}")).toEqual({ email_action_overdue: false, version: tab1.version + 1 });
  });

  it("refuses an unknown time zone and keeps what was typed", async () => {
    const user = await withPassword();
    const refused = await post(user.cookie, { intent: "preferences", version: "1", locale: "en", timeZone: "Mars/Olympus" });
    expect(statusOf(refused)).toBe(400);
    expect(fieldErrorsOf(refused).timeZone).toEqual(["profile.error.timeZone"]);
    expect(valuesOf(refused)).toMatchObject({ timeZone: "Mars/Olympus" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } })).timeZone).toBeNull();
  });

  it("changes the password only with the current one, and ends the other sessions", async () => {
    const user = await withPassword();
    const other = await sessionCookie(user.id);
    const wrong = await post(user.cookie, { intent: "password", current: "not it at all", password: "a new long sentence", confirm: "a new long sentence" });
    expect(statusOf(wrong)).toBe(400);
    expect(fieldErrorsOf(wrong).current).toEqual(["profile.error.wrongPassword"]);
    expect(valuesOf(wrong)).toMatchObject({ current: "", password: "" });
    const weak = await post(user.cookie, { intent: "password", current: PASSWORD, password: "short", confirm: "short" });
    expect(fieldErrorsOf(weak).password).toEqual(["password.error.tooShort"]);

    const done = await post(user.cookie, { intent: "password", current: PASSWORD, password: "a new long sentence", confirm: "a new long sentence" });
    expect(locationOf(done)).toBe("/profile");
    expect(statusOf(await profileLoader({ request: getRequest("/profile", user.cookie), params: {}, context }).catch((e: unknown) => e))).toBeUndefined();
    const ended = await profileLoader({ request: getRequest("/profile", other), params: {}, context }).catch((e: unknown) => e);
    expect(statusOf(ended)).toBe(302);
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: user.id, action: "password_change" } })).toBe(1);
  });

  it("throttles guesses of the current password", async () => {
    const user = await withPassword();
    for (let i = 0; i < 5; i++) await post(user.cookie, { intent: "password", current: `guess ${i}`, password: "a new long sentence", confirm: "a new long sentence" });
    const blocked = await post(user.cookie, { intent: "password", current: PASSWORD, password: "a new long sentence", confirm: "a new long sentence" });
    expect(statusOf(blocked)).toBe(429);
    expect(await verifyPassword((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash, PASSWORD)).toBe(true);
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const error = await profileLoader({ request: getRequest("/profile"), params: {}, context }).catch((e: unknown) => e);
    expect(locationOf(error)).toBe("/login?redirectTo=%2Fprofile");
  });
});
