// Builders for integration tests: real rows in the worker's migrated SQLite copy, written by the
// record builders the demo seed uses (prisma/seed/builders.ts, decision 062).
import { randomUUID } from "node:crypto";
import { prisma } from "../../app/db.server";
import { buildAgency, buildHeldPost, buildUser } from "../../prisma/seed/builders";
import { loadAccess } from "../../app/permissions.server";
import type { RoleName } from "../../app/domain/vocabulary";
import { sessionStorage, SESSION_TTL_MS } from "../../app/session.server";

export function unique(label: string) {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export async function createAgency(overrides: { name?: string; kind?: string; parentId?: string } = {}) {
  return buildAgency(prisma, { name: overrides.name ?? unique("Agency"), kind: overrides.kind ?? "ministry", parentId: overrides.parentId });
}

/** A user with a role, a person and a current post in an agency (created unless given). */
export async function createUser(role: RoleName, options: { agencyId?: string } = {}) {
  const agencyId = options.agencyId ?? (await createAgency()).id;
  const { positionId, personId } = await buildHeldPost(prisma, {
    agencyId,
    title: unique("Post"),
    person: { givenName: "Test", familyName: unique(role) },
    since: new Date(Date.now() - 86_400_000),
  });
  const user = await buildUser(prisma, {
    email: `${unique(role)}@test.example`,
    passwordHash: "not-used-by-these-tests",
    personId,
    role: { name: role },
  });
  return { ...user, personId, positionId, agencyId };
}

/** The user's access context as a request would build it. */
export async function ctxOf(userId: string) {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture: no access context");
  return access.ctx;
}

/** A Cookie header for a fresh session row of this user. */
export async function sessionCookie(userId: string) {
  const row = await prisma.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_TTL_MS) },
    select: { id: true },
  });
  const session = await sessionStorage.getSession();
  session.set("sessionId", row.id);
  const setCookie = await sessionStorage.commitSession(session);
  return setCookie.split(";")[0] ?? "";
}

export function getRequest(path: string, cookie?: string) {
  return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function postRequest(path: string, fields: Record<string, string>, cookie?: string) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Runs a loader/action and returns what it threw, if it threw (a Response for redirects and 4xx). */
export async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

export function auditCount(entity: string, entityId?: string) {
  return prisma.auditEvent.count({ where: { entity, ...(entityId ? { entityId } : {}) } });
}
