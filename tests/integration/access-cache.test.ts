// The per-worker access-context cache (decision 012): a request costs one read of the session row
// and the access version; any change to what the context is built from bumps the version through a
// SQLite trigger, so the very next request sees it. Real rows, real requests, no mocks.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { getAccess, loadAccessCached } from "../../app/permissions.server";
import { readQuery } from "../../app/read-db.server";
import { createAgency, createUser, getRequest, sessionCookie, unique } from "../support/fixtures";

const versionQuery = readQuery<Record<string, never>, { version: number }>("SELECT version FROM AccessVersion WHERE id = 1");
const currentVersion = () => versionQuery.get({})?.version ?? null;

async function signedIn(role: "viewer" | "focal_point" | "secretary" | "admin" = "viewer") {
  const user = await createUser(role);
  const cookie = await sessionCookie(user.id);
  const access = async () => {
    const got = await getAccess(getRequest("/", cookie));
    if (!got) throw new Error("not signed in");
    return got;
  };
  return { user, access };
}

async function committee() {
  return prisma.committee.create({ data: { name: unique("Committee"), kind: "standing" }, select: { id: true } });
}

describe("the cached access context", () => {
  it("is reused while nothing changes", async () => {
    const { access } = await signedIn();
    const first = await access();
    expect(await access()).toBe(first);
  });

  it("reflects a change of the user's roles on the next request", async () => {
    const { user, access } = await signedIn("viewer");
    expect((await access()).ctx.roles).toEqual(["viewer"]);
    await prisma.user.update({ where: { id: user.id }, data: { roles: { set: [{ name: "secretary" }] } }, select: { id: true } });
    const next = await access();
    expect(next.ctx.roles).toEqual(["secretary"]);
    expect(next.ctx.permissions).toContain("update:meeting:any");
  });

  it("reflects a change to a role's permissions", async () => {
    const { access } = await signedIn("viewer");
    expect((await access()).ctx.permissions).not.toContain("read:audit:any");
    const permission = await prisma.permission.upsert({
      where: { action_entity_access: { action: "read", entity: "audit", access: "any" } },
      update: {},
      create: { action: "read", entity: "audit", access: "any" },
      select: { id: true },
    });
    await prisma.role.update({ where: { name: "viewer" }, data: { permissions: { connect: { id: permission.id } } }, select: { id: true } });
    try {
      expect((await access()).ctx.permissions).toContain("read:audit:any");
    } finally {
      await prisma.role.update({ where: { name: "viewer" }, data: { permissions: { disconnect: { id: permission.id } } }, select: { id: true } });
    }
  });

  it("reflects an assignment ended and a new one started", async () => {
    const { user, access } = await signedIn("focal_point");
    expect((await access()).ctx.positionIds).toEqual([user.positionId]);
    await prisma.assignment.updateMany({ where: { personId: user.personId }, data: { endDate: new Date(Date.now() - 1000) } });
    expect((await access()).ctx.positionIds).toEqual([]);

    const agency = await createAgency();
    const post = await prisma.position.create({ data: { agencyId: agency.id, title: unique("Post") }, select: { id: true } });
    await prisma.assignment.create({ data: { positionId: post.id, personId: user.personId, startDate: new Date(Date.now() - 1000) } });
    const next = await access();
    expect(next.ctx.positionIds).toEqual([post.id]);
    expect(next.ctx.agencyIds).toEqual([agency.id]);
  });

  it("reflects a committee membership of the user's agency, and a secretariat", async () => {
    const { user, access } = await signedIn();
    const [member, served] = [await committee(), await committee()];
    expect((await access()).ctx.committeeIds).toEqual([]);
    await prisma.committeeMembership.create({
      data: { committeeId: member.id, agencyId: user.agencyId, role: "member", startDate: new Date(Date.now() - 1000) },
    });
    expect((await access()).ctx.committeeIds).toEqual([member.id]);
    await prisma.committee.update({ where: { id: served.id }, data: { secretariatAgencyId: user.agencyId }, select: { id: true } });
    expect(new Set((await access()).ctx.committeeIds)).toEqual(new Set([member.id, served.id]));
  });

  it("reflects an access grant given and withdrawn", async () => {
    const { user, access } = await signedIn();
    const meetingId = unique("meeting");
    const grant = await prisma.accessGrant.create({ data: { entity: "meeting", entityId: meetingId, personId: user.personId }, select: { id: true } });
    expect((await access()).ctx.grants.meeting).toEqual([meetingId]);
    await prisma.accessGrant.delete({ where: { id: grant.id } });
    expect((await access()).ctx.grants.meeting).toBeUndefined();
  });

  it("reflects the user's language and name", async () => {
    const { user, access } = await signedIn();
    await prisma.user.update({ where: { id: user.id }, data: { locale: "fr" }, select: { id: true } });
    expect((await access()).user.locale).toBe("fr");
    await prisma.person.update({ where: { id: user.personId }, data: { givenName: "Renamed" }, select: { id: true } });
    expect((await access()).user.displayName).toMatch(/^Renamed /);
  });

  it("ends with the session: a disabled user or an expired session is signed out at once", async () => {
    const { user, access } = await signedIn();
    await access();
    await prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(access()).rejects.toThrow("not signed in");
  });

  it("is rebuilt when a post it knows of starts or ends, without any write", async () => {
    const user = await createUser("viewer");
    const agency = await createAgency();
    const post = await prisma.position.create({ data: { agencyId: agency.id, title: unique("Post") }, select: { id: true } });
    const now = new Date();
    const starts = new Date(now.getTime() + 60 * 60 * 1000);
    await prisma.assignment.create({ data: { positionId: post.id, personId: user.personId, startDate: starts } });
    const version = currentVersion();
    const before = await loadAccessCached(user.id, version, now);
    expect(before?.ctx.positionIds).toEqual([user.positionId]);
    // Same version, a moment later: still the cached context.
    expect(await loadAccessCached(user.id, version, new Date(now.getTime() + 1000))).toBe(before);
    const after = await loadAccessCached(user.id, version, new Date(starts.getTime() + 1000));
    expect(new Set(after?.ctx.positionIds)).toEqual(new Set([user.positionId, post.id]));
  });

  it("has its version bumped by a trigger on every table the context reads", async () => {
    const triggers = await prisma.$queryRawUnsafe<{ tbl_name: string }[]>(
      "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%bumps_access_version'",
    );
    expect(new Set(triggers.map((t) => t.tbl_name))).toEqual(
      new Set(["User", "Person", "Role", "Permission", "_RoleToUser", "_PermissionToRole", "Assignment", "Position", "CommitteeMembership", "Committee", "AccessGrant"]),
    );
    const before = currentVersion();
    await createAgency(); // not an access table: no bump
    expect(currentVersion()).toBe(before);
    await createUser("viewer"); // a person, a post and an assignment, a user with a role
    expect(currentVersion()).toBeGreaterThan(before ?? 0);
  });
});
