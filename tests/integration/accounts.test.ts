// Users admin: create an account with an invitation, roles, link to a person, disable and enable;
// every action valid, invalid and forbidden, against the worker's migrated SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { hashAccountToken } from "../../app/models/account-token.server";
import { action as newUserAction, loader as newUserLoader } from "../../app/routes/admin.users.new";
import { action as userAction, loader as userLoader } from "../../app/routes/admin.users.$userId";
import { loader as usersLoader } from "../../app/routes/admin.users._index";
import { loader as dashboardLoader } from "../../app/routes/_index";
import { requirePermission } from "../../app/permissions.server";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf, valuesOf } from "../support/form-results";

const context = {};

async function signedIn(role: "admin" | "secretary" | "focal_point" | "viewer", options: { agencyId?: string } = {}) {
  const user = await createUser(role, options);
  return { ...user, cookie: await sessionCookie(user.id) };
}

async function personInAgency(agencyId: string, email: string | null = null) {
  const person = await prisma.person.create({ data: { givenName: "New", familyName: unique("Holder"), email }, select: { id: true } });
  const position = await prisma.position.create({ data: { agencyId, title: unique("Post") }, select: { id: true } });
  await prisma.assignment.create({ data: { positionId: position.id, personId: person.id, startDate: new Date(Date.now() - 86_400_000) } });
  return person;
}

function createFields(overrides: Record<string, string> = {}) {
  return { email: `${unique("newcomer")}@test.example`, locale: "fr", personId: "", roleFocalPoint: "on", ...overrides };
}

async function createAs(cookie: string, fields: Record<string, string>) {
  return newUserAction({ request: postRequest("/admin/users/new", fields, cookie), params: {}, context });
}

function linkOf(result: unknown): string {
  const payload = payloadOf(result);
  const link = payload.link;
  if (!link || typeof link !== "object" || !("url" in link) || typeof link.url !== "string") throw new Error("no link shown");
  return link.url;
}

describe("creating an account", () => {
  it("creates an account without password, with its roles, person and an invitation link shown once (no SMTP), audited", async () => {
    const admin = await signedIn("admin");
    const agency = await createAgency();
    const person = await personInAgency(agency.id);
    const fields = createFields({ personId: person.id, roleViewer: "on" });
    const result = await createAs(admin.cookie, fields);
    expect(statusOf(result) ?? 200).toBe(200);
    const url = linkOf(result);
    expect(url).toMatch(/^http:\/\/localhost\/password\/[A-Za-z0-9_-]{43}$/);
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: fields.email },
      select: { id: true, passwordHash: true, locale: true, personId: true, roles: { select: { name: true }, orderBy: { name: "asc" } } },
    });
    expect(user).toMatchObject({ passwordHash: "", locale: "fr", personId: person.id, roles: [{ name: "focal_point" }, { name: "viewer" }] });
    // Only the hash of the token is stored.
    const token = url.split("/").pop() ?? "";
    const stored = await prisma.accountToken.findMany({ where: { userId: user.id }, select: { tokenHash: true, purpose: true } });
    expect(stored).toEqual([{ tokenHash: hashAccountToken(token), purpose: "invitation" }]);
    expect(stored[0]?.tokenHash).not.toContain(token);
    expect(await auditCount("user", user.id)).toBe(2);
    const created = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "user", entityId: user.id, action: "create" }, select: { actorId: true, after: true } });
    expect(created.actorId).toBe(admin.id);
    expect(created.after).not.toContain(token);
  });

  it("refuses a form without a role or with a bad email, keeps what was typed and writes nothing", async () => {
    const admin = await signedIn("admin");
    const before = await prisma.user.count();
    const noRole = await createAs(admin.cookie, createFields({ roleFocalPoint: "" }));
    expect(statusOf(noRole)).toBe(400);
    expect(fieldErrorsOf(noRole).roles).toEqual(["account.error.noRole"]);
    const badEmail = await createAs(admin.cookie, createFields({ email: "not an email" }));
    expect(statusOf(badEmail)).toBe(400);
    expect(fieldErrorsOf(badEmail).email).toEqual(["error.email"]);
    expect(payloadOf(badEmail).values).toMatchObject({ email: "not an email", locale: "fr" });
    const badLocale = await createAs(admin.cookie, createFields({ locale: "de" }));
    expect(fieldErrorsOf(badLocale).locale).toEqual(["error.invalidChoice"]);
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses an address or a person that already has an account", async () => {
    const admin = await signedIn("admin");
    const other = await createUser("viewer");
    const taken = await createAs(admin.cookie, createFields({ email: other.email.toUpperCase() }));
    expect(fieldErrorsOf(taken).email).toEqual(["account.error.emailTaken"]);
    const personTaken = await createAs(admin.cookie, createFields({ personId: other.personId }));
    expect(fieldErrorsOf(personTaken).personId).toEqual(["account.error.personTaken"]);
  });

  it("is forbidden to focal points and viewers, page and action", async () => {
    for (const role of ["focal_point", "viewer"] as const) {
      const someone = await signedIn(role);
      expect(statusOf(await thrown(newUserLoader({ request: getRequest("/admin/users/new", someone.cookie), params: {}, context })))).toBe(403);
      expect(statusOf(await thrown(createAs(someone.cookie, createFields())))).toBe(403);
      expect(statusOf(await thrown(usersLoader({ request: getRequest("/admin/users", someone.cookie), params: {}, context })))).toBe(403);
    }
  });

  it("lets a secretary invite their agency's people as focal point or viewer, and nobody else", async () => {
    const agency = await createAgency();
    const secretary = await signedIn("secretary", { agencyId: agency.id });
    const mine = await personInAgency(agency.id);
    const theirs = await personInAgency((await createAgency()).id);
    const asAdmin = await createAs(secretary.cookie, createFields({ personId: mine.id, roleAdmin: "on" }));
    expect(fieldErrorsOf(asAdmin).roles).toEqual(["account.error.roleBeyondReach"]);
    const elsewhere = await createAs(secretary.cookie, createFields({ personId: theirs.id }));
    expect(fieldErrorsOf(elsewhere).personId).toEqual(["account.error.personNotYours"]);
    const nobody = await createAs(secretary.cookie, createFields());
    expect(fieldErrorsOf(nobody).personId).toEqual(["account.error.personRequired"]);
    const ok = await createAs(secretary.cookie, createFields({ personId: mine.id }));
    expect(linkOf(ok)).toContain("/password/");
  });
});

describe("the users list", () => {
  it("pages, searches by name or email, filters by role and status; a secretary sees their agencies' accounts only", async () => {
    const agency = await createAgency();
    const admin = await signedIn("admin");
    const secretary = await signedIn("secretary", { agencyId: agency.id });
    const person = await personInAgency(agency.id);
    const fields = createFields({ personId: person.id });
    await createAs(admin.cookie, fields);
    const outsider = await createUser("viewer");

    const list = async (cookie: string, query: string) =>
      usersLoader({ request: getRequest(`/admin/users?${query}`, cookie), params: {}, context });
    const byEmail = await list(admin.cookie, `q=${encodeURIComponent(fields.email)}`);
    expect(byEmail.rows.map((r) => r.email)).toEqual([fields.email]);
    expect(byEmail.rows[0]).toMatchObject({ hasPassword: false });
    expect(byEmail.rows[0]).not.toHaveProperty("passwordHash");
    const invited = await list(admin.cookie, `status=invited&role=focal_point&q=${encodeURIComponent(fields.email)}`);
    expect(invited.page.total).toBe(1);
    expect((await list(admin.cookie, `status=active&q=${encodeURIComponent(fields.email)}`)).page.total).toBe(0);
    expect((await list(admin.cookie, "")).page.pageSize).toBe(25);

    const secretaryView = await list(secretary.cookie, "");
    const emails = secretaryView.rows.map((r) => r.email);
    expect(emails).toContain(fields.email);
    expect(emails).not.toContain(outsider.email);
    expect(statusOf(await thrown(userLoader({ request: getRequest(`/admin/users/${outsider.id}`, secretary.cookie), params: { userId: outsider.id }, context })))).toBe(404);
  });
});

async function accountPage(cookie: string, id: string, fields: Record<string, string>) {
  return userAction({ request: postRequest(`/admin/users/${id}`, fields, cookie), params: { userId: id }, context });
}

async function versionOf(id: string) {
  return String((await prisma.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
}

function conflictOf(result: unknown) {
  const conflict = payloadOf(result).conflict;
  if (!conflict || typeof conflict !== "object") throw new Error("not a conflict");
  return conflict as { version: number; since: number; changes: { field: string; was: unknown; now: unknown }[]; by: { name: string | null }[] };
}

describe("an account's page", () => {
  it("disabling ends the person's sessions at once; re-enabling does not revive them", async () => {
    const admin = await signedIn("admin");
    const target = await signedIn("focal_point");
    const page = await dashboardLoader({ request: getRequest("/", target.cookie), params: {}, context });
    expect(page.posts).toHaveLength(1);

    const done = await accountPage(admin.cookie, target.id, { intent: "disable" });
    expect(locationOf(done)).toBe(`/admin/users/${target.id}`);
    const out = await thrown(dashboardLoader({ request: getRequest("/", target.cookie), params: {}, context }));
    expect(statusOf(out)).toBe(302);
    expect(locationOf(out)).toBe("/login");
    expect(await prisma.session.count({ where: { userId: target.id, expiresAt: { gt: new Date() } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: target.id, action: "disable" } })).toBe(1);

    await accountPage(admin.cookie, target.id, { intent: "enable" });
    expect(statusOf(await thrown(dashboardLoader({ request: getRequest("/", target.cookie), params: {}, context })))).toBe(302);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { disabledAt: true } })).toEqual({ disabledAt: null });
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: target.id, action: "enable" } })).toBe(1);
  });

  it("a role change is seen by the person's next request", async () => {
    const admin = await signedIn("admin");
    const target = await signedIn("viewer");
    expect(statusOf(await thrown(requirePermission(getRequest("/actions/new", target.cookie), "create", "action")))).toBe(403);
    const saved = await accountPage(admin.cookie, target.id, { intent: "roles", version: await versionOf(target.id), roleSecretary: "on" });
    expect(locationOf(saved)).toBe(`/admin/users/${target.id}`);
    const access = await requirePermission(getRequest("/actions/new", target.cookie), "create", "action");
    expect(access.ctx.roles).toEqual(["secretary"]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "user", entityId: target.id, action: "update" }, select: { before: true, after: true } });
    // The audit event carries the record version on both sides: it is how a later stale form's conflict is rebuilt.
    const version = Number(await versionOf(target.id));
    expect(JSON.parse(event.before ?? "{}")).toEqual({ roles: ["viewer"], version: version - 1 });
    expect(JSON.parse(event.after ?? "{}")).toEqual({ roles: ["secretary"], version });
  });

  it("a stale roles or link form is a conflict with what changed, the typed values kept; no role at all is refused", async () => {
    const admin = await signedIn("admin");
    const target = await createUser("viewer");
    const drawn = await versionOf(target.id);
    // A second administrator saves first, from the same version.
    const first = await signedIn("admin");
    expect(locationOf(await accountPage(first.cookie, target.id, { intent: "roles", version: drawn, roleFocalPoint: "on" }))).toBe(`/admin/users/${target.id}`);
    const conflict = await accountPage(admin.cookie, target.id, { intent: "roles", version: drawn, roleAdmin: "on" });
    expect(statusOf(conflict)).toBe(409);
    const seen = conflictOf(conflict);
    expect(seen.since).toBe(Number(drawn));
    expect(seen.version).toBe(Number(await versionOf(target.id)));
    expect(seen.changes).toEqual([{ field: "roles", was: ["viewer"], now: ["focal_point"] }]);
    expect(seen.by).toHaveLength(1);
    // What this administrator ticked stays in the form, with the current version to save again deliberately.
    expect(valuesOf(conflict)).toMatchObject({ intent: "roles", roleAdmin: "on", version: await versionOf(target.id) });
    const roles = await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { roles: { select: { name: true } } } });
    expect(roles.roles).toEqual([{ name: "focal_point" }]);
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: target.id, action: "update" } })).toBe(1);

    const noRole = await accountPage(admin.cookie, target.id, { intent: "roles", version: await versionOf(target.id) });
    expect(fieldErrorsOf(noRole).roles).toEqual(["account.error.noRole"]);

    // The link form is stale too after the roles changed: the shared record version covers the account.
    const person = await prisma.person.create({ data: { givenName: "Free", familyName: unique("Person") }, select: { id: true } });
    const staleLink = await accountPage(admin.cookie, target.id, { intent: "link", version: drawn, personId: person.id });
    expect(statusOf(staleLink)).toBe(409);
    expect(valuesOf(staleLink)).toMatchObject({ personId: person.id });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { personId: true } })).personId).toBe(target.personId);
    // After reading the conflict, saving with the version it gave is a deliberate choice and applies.
    const again = await accountPage(admin.cookie, target.id, { intent: "link", version: String(conflictOf(staleLink).version), personId: person.id });
    expect(locationOf(again)).toBe(`/admin/users/${target.id}`);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { personId: true } })).personId).toBe(person.id);

    // A form without the version it was drawn from is refused, not applied unchecked.
    expect(statusOf(await accountPage(admin.cookie, target.id, { intent: "roles", roleAdmin: "on" }))).toBe(400);
    expect(statusOf(await accountPage(admin.cookie, target.id, { intent: "link", personId: "" }))).toBe(400);
    expect(statusOf(await accountPage(admin.cookie, target.id, { intent: "roles", version: "x", roleAdmin: "on" }))).toBe(400);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { roles: { select: { name: true } } } });
    expect(after.roles).toEqual([{ name: "focal_point" }]);
    expect(statusOf(await accountPage(admin.cookie, target.id, { intent: "nonsense" }))).toBe(400);
  });

  it("a disable while the roles form was open makes it stale, and the conflict names it", async () => {
    const admin = await signedIn("admin");
    const target = await createUser("viewer");
    const drawn = await versionOf(target.id);
    await accountPage(admin.cookie, target.id, { intent: "disable" });
    const conflict = await accountPage(admin.cookie, target.id, { intent: "roles", version: drawn, roleSecretary: "on" });
    expect(statusOf(conflict)).toBe(409);
    expect(conflictOf(conflict).changes.map((c) => c.field)).toContain("disabledAt");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { roles: { select: { name: true } } } })).roles).toEqual([{ name: "viewer" }]);
  });

  it("links an account to a person who has none, and refuses one who has", async () => {
    const admin = await signedIn("admin");
    const target = await createUser("viewer");
    const other = await createUser("viewer");
    const free = await prisma.person.create({ data: { givenName: "Free", familyName: unique("Person") }, select: { id: true } });
    const taken = await accountPage(admin.cookie, target.id, { intent: "link", version: await versionOf(target.id), personId: other.personId });
    expect(fieldErrorsOf(taken).personId).toEqual(["account.error.personTaken"]);
    const linked = await accountPage(admin.cookie, target.id, { intent: "link", version: await versionOf(target.id), personId: free.id });
    expect(locationOf(linked)).toBe(`/admin/users/${target.id}`);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { personId: true } })).personId).toBe(free.id);
    expect(await prisma.auditEvent.count({ where: { entity: "user", entityId: target.id, action: "update" } })).toBe(1);
  });

  it("is out of reach for a secretary when the account is an administrator's, and for oneself", async () => {
    const agency = await createAgency();
    const secretary = await signedIn("secretary", { agencyId: agency.id });
    const adminHere = await createUser("admin", { agencyId: agency.id });
    expect(statusOf(await thrown(accountPage(secretary.cookie, adminHere.id, { intent: "disable" })))).toBe(403);
    expect(statusOf(await thrown(accountPage(secretary.cookie, secretary.id, { intent: "disable" })))).toBe(403);
    const admin = await signedIn("admin");
    expect(statusOf(await thrown(accountPage(admin.cookie, admin.id, { intent: "disable" })))).toBe(403);
    expect(await prisma.user.count({ where: { id: { in: [adminHere.id, secretary.id, admin.id] }, disabledAt: { not: null } } })).toBe(0);
  });

  it("sends a new invitation that replaces the old one, or a reset link once a password is set", async () => {
    const admin = await signedIn("admin");
    const fields = createFields();
    const first = linkOf(await createAs(admin.cookie, fields));
    const user = await prisma.user.findUniqueOrThrow({ where: { email: fields.email }, select: { id: true } });
    const again = await accountPage(admin.cookie, user.id, { intent: "invite" });
    const second = linkOf(again);
    expect(second).not.toBe(first);
    const tokens = await prisma.accountToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, select: { purpose: true, revokedAt: true } });
    expect(tokens.map((t) => [t.purpose, t.revokedAt !== null])).toEqual([
      ["invitation", true],
      ["invitation", false],
    ]);
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: "$argon2id$set" } });
    const reset = payloadOf(await accountPage(admin.cookie, user.id, { intent: "invite" }));
    expect(reset.link).toMatchObject({ purpose: "reset" });
    const shown = await userLoader({ request: getRequest(`/admin/users/${user.id}`, admin.cookie), params: { userId: user.id }, context });
    expect(shown.account.status).toBe("active");
    expect(shown.account).not.toHaveProperty("passwordHash");
  });
});

describe("assigning a person who has no account", () => {
  it("creates the account and its invitation in the same step, and refuses it without an address before writing anything", async () => {
    const { action: assignAction } = await import("../../app/routes/positions.$positionId.assign");
    const admin = await signedIn("admin");
    const agency = await createAgency();
    const position = await prisma.position.create({ data: { agencyId: agency.id, title: unique("Post") }, select: { id: true } });
    const noEmail = await prisma.person.create({ data: { givenName: "No", familyName: unique("Mail") }, select: { id: true } });
    const assign = (personId: string, extra: Record<string, string>) =>
      assignAction({
        request: postRequest(`/positions/${position.id}/assign`, { personId, startDate: "2026-01-05", invite: "on", inviteLocale: "fr", inviteRole: "focal_point", ...extra }, admin.cookie),
        params: { positionId: position.id },
        context,
      });
    const refused = await assign(noEmail.id, {});
    expect(fieldErrorsOf(refused).inviteEmail).toEqual(["account.assign.noEmail"]);
    expect(await prisma.assignment.count({ where: { positionId: position.id } })).toBe(0);

    const email = `${unique("arrival")}@test.example`;
    const done = await assign(noEmail.id, { inviteEmail: email });
    expect(payloadOf(done).link).toMatchObject({ url: expect.stringContaining("/password/") });
    expect(await prisma.assignment.count({ where: { positionId: position.id, personId: noEmail.id } })).toBe(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { personId: true, locale: true, roles: { select: { name: true } } } });
    expect(user).toEqual({ personId: noEmail.id, locale: "fr", roles: [{ name: "focal_point" }] });
    expect(await prisma.notice.count({ where: { email, kind: "account" } })).toBe(1);
  });
});
