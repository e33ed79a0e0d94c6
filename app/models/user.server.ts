// User accounts: the administrators' list, creating an account for a person with an invitation,
// roles, the link to a person, disabling and re-enabling. Every write and its audit event share one
// transaction. The password hash never leaves this module: callers see `hasPassword`.
import { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { ANY_OWNER, can, type AccessContext, type Ownership } from "~/domain/access";
import type { AccountStatus } from "~/domain/account-rules";
import type { TokenPurpose } from "~/domain/account-tokens";
import type { Locale, RoleName } from "~/domain/vocabulary";
import { currentAssignmentWhere } from "~/permissions.server";
import { recordAudit } from "./audit.server";
import { issueAccountToken, revokeAccountTokens } from "./account-token.server";
import { claimVersion, nextVersion } from "./record-version.server";

/** An account holding no password yet: set from its invitation link. Verification always fails. */
export const NO_PASSWORD = "";

export type UserListFilters = { q: string | null; role: RoleName | null; status: AccountStatus | null };

/** For a manager with "own" rights only: accounts of people holding a post in their agencies now. */
function scopeFor(ctx: AccessContext, now: Date): Prisma.UserWhereInput {
  if (can(ctx, "read", "user", ANY_OWNER)) return {};
  return { person: { assignments: { some: { ...currentAssignmentWhere(now), position: { agencyId: { in: [...ctx.agencyIds] } } } } } };
}

function statusWhere(status: AccountStatus | null): Prisma.UserWhereInput {
  switch (status) {
    case "disabled":
      return { disabledAt: { not: null } };
    case "invited":
      return { disabledAt: null, passwordHash: NO_PASSWORD };
    case "active":
      return { disabledAt: null, passwordHash: { not: NO_PASSWORD } };
    default:
      return {};
  }
}

/** The users list, by email (unique index; the status filter uses (disabledAt, email)). */
export async function listUsers(
  ctx: AccessContext,
  filters: UserListFilters,
  { skip, take, now = new Date() }: { skip: number; take: number; now?: Date },
) {
  const q = filters.q;
  const where: Prisma.UserWhereInput = {
    AND: [
      scopeFor(ctx, now),
      statusWhere(filters.status),
      filters.role ? { roles: { some: { name: filters.role } } } : {},
      q ? { OR: [{ email: { contains: q } }, { person: { familyName: { contains: q } } }, { person: { givenName: { contains: q } } }] } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: { email: "asc" },
      skip,
      take,
      select: {
        id: true,
        email: true,
        locale: true,
        disabledAt: true,
        passwordHash: true,
        roles: { select: { name: true }, orderBy: { name: "asc" } },
        person: { select: { id: true, givenName: true, familyName: true } },
        sessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    prisma.user.count({ where }),
  ]);
  return {
    rows: rows.map(({ passwordHash, sessions, ...row }) => ({
      ...row,
      hasPassword: passwordHash !== NO_PASSWORD,
      lastSignIn: sessions[0]?.createdAt ?? null,
    })),
    total,
  };
}

/** The agencies and posts an account's person holds now: who "owns" the account. */
export async function personOwners(personId: string | null, now = new Date()): Promise<Ownership[]> {
  if (!personId) return [];
  const rows = await prisma.assignment.findMany({
    where: { personId, ...currentAssignmentWhere(now) },
    select: { positionId: true, position: { select: { agencyId: true } } },
  });
  return rows.map((r) => ({ positionId: r.positionId, agencyId: r.position.agencyId }));
}

export async function getAccount(id: string, now = new Date()) {
  const row = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      locale: true,
      timeZone: true,
      disabledAt: true,
      createdAt: true,
      version: true,
      passwordHash: true,
      roles: { select: { name: true }, orderBy: { name: "asc" } },
      person: {
        select: {
          id: true,
          givenName: true,
          familyName: true,
          assignments: {
            where: currentAssignmentWhere(now),
            select: { positionId: true, acting: true, position: { select: { title: true, agencyId: true, agency: { select: { name: true, acronym: true } } } } },
          },
        },
      },
      accountTokens: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
      },
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  if (!row) return null;
  const { passwordHash, accountTokens, _count, ...account } = row;
  return {
    ...account,
    hasPassword: passwordHash !== NO_PASSWORD,
    lastLink: accountTokens[0] ?? null,
    openSessions: _count.sessions,
    owners: (row.person?.assignments ?? []).map((a) => ({ positionId: a.positionId, agencyId: a.position.agencyId })),
  };
}

export type AccountView = NonNullable<Awaited<ReturnType<typeof getAccount>>>;

/** People who have no account yet, for "create an account" and "link to a person". */
export function peopleWithoutAccount({ q, take = 50, include }: { q: string | null; take?: number; include?: string | null }) {
  return prisma.person.findMany({
    where: {
      archivedAt: null,
      OR: [{ user: null }, ...(include ? [{ id: include }] : [])],
      ...(q ? { AND: [{ OR: [{ familyName: { contains: q } }, { givenName: { contains: q } }, { email: { contains: q } }] }] } : {}),
    },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    take,
    select: { id: true, givenName: true, familyName: true, email: true },
  });
}

export type AccountWriteError = { ok: false; field: string; error: string };
export type IssuedLink = { token: string; expiresAt: Date; purpose: TokenPurpose };

function uniqueViolation(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const target = error.meta?.target;
  return Array.isArray(target) ? target.map(String) : [String(target ?? "")];
}

/** The person to link: present, not archived, and not already someone else's account. */
async function checkPerson(tx: Prisma.TransactionClient, personId: string, userId: string | null): Promise<AccountWriteError | null> {
  const person = await tx.person.findUnique({ where: { id: personId }, select: { archivedAt: true, user: { select: { id: true } } } });
  if (!person || person.archivedAt) return { ok: false, field: "personId", error: "account.error.personMissing" };
  if (person.user && person.user.id !== userId) return { ok: false, field: "personId", error: "account.error.personTaken" };
  return null;
}

export type AfterIssue = (tx: Prisma.TransactionClient, link: IssuedLink & { user: { id: string; email: string; locale: string } }) => Promise<void>;

/**
 * Creates an account with no password and an invitation link. `afterIssue` runs inside the same
 * transaction (it puts the invitation email in the outbox), so there is no account without its
 * invitation, and no invitation for an account that was not saved.
 */
export async function createAccount(
  actorId: string,
  data: { email: string; locale: Locale; personId: string | null; roles: RoleName[] },
  afterIssue: AfterIssue,
  now = new Date(),
): Promise<{ ok: true; id: string; link: IssuedLink } | AccountWriteError> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (data.personId) {
        const problem = await checkPerson(tx, data.personId, null);
        if (problem) return problem;
      }
      const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
      if (taken) return { ok: false as const, field: "email", error: "account.error.emailTaken" };
      const user = await tx.user.create({
        data: {
          email: data.email,
          locale: data.locale,
          personId: data.personId,
          passwordHash: NO_PASSWORD,
          roles: { connect: data.roles.map((name) => ({ name })) },
        },
        select: { id: true, email: true, locale: true, personId: true },
      });
      await recordAudit(tx, { actorId, entity: "user", entityId: user.id, action: "create", after: { ...user, roles: data.roles } });
      const issued = await issueAccountToken(tx, { userId: user.id, purpose: "invitation", now });
      await recordAudit(tx, { actorId, entity: "user", entityId: user.id, action: "invite", after: { tokenId: issued.tokenId, expiresAt: issued.expiresAt } });
      const link = { token: issued.token, expiresAt: issued.expiresAt, purpose: "invitation" as const };
      await afterIssue(tx, { ...link, user });
      return { ok: true as const, id: user.id, link };
    });
  } catch (error) {
    // Two administrators creating the same address at once: the unique index decides.
    const target = uniqueViolation(error);
    if (target?.some((t) => t.includes("email"))) return { ok: false, field: "email", error: "account.error.emailTaken" };
    if (target?.some((t) => t.includes("personId"))) return { ok: false, field: "personId", error: "account.error.personTaken" };
    throw error;
  }
}

export type AccountUpdateResult = { ok: true } | AccountWriteError;

/**
 * The roles, from a form drawn at `version`: a form older than the account is refused with
 * `StaleEditError` (what changed meanwhile; nothing written), as every edit form (record versions).
 */
export function setAccountRoles(actorId: string, id: string, roles: RoleName[], version: number): Promise<AccountUpdateResult> {
  return prisma.$transaction(async (tx) => {
    const select = { version: true, roles: { select: { name: true } } } as const;
    const read = async () => {
      const row = await tx.user.findUniqueOrThrow({ where: { id }, select });
      return { version: row.version, roles: row.roles.map((r) => r.name).sort() };
    };
    const before = await read();
    await claimVersion(tx, { entity: "user", id, expected: version, current: before }, async (where) => {
      // A relation is set through `update`; its `where` carries the version, so it is conditional too.
      try {
        await tx.user.update({ where, data: { roles: { set: roles.map((name) => ({ name })) }, ...nextVersion }, select: { id: true } });
        return { count: 1 };
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return { count: 0 };
        throw error;
      }
    });
    const after = await read();
    await recordAudit(tx, { actorId, entity: "user", entityId: id, action: "update", before, after });
    return { ok: true };
  });
}

/** The person the account belongs to, from a form drawn at `version` (as `setAccountRoles`). */
export function linkAccountPerson(actorId: string, id: string, personId: string | null, version: number): Promise<AccountUpdateResult> {
  return prisma
    .$transaction(async (tx): Promise<AccountUpdateResult> => {
      const select = { version: true, personId: true } as const;
      const before = await tx.user.findUniqueOrThrow({ where: { id }, select });
      if (personId && before.version === version) {
        const problem = await checkPerson(tx, personId, id);
        if (problem) return problem;
      }
      await claimVersion(tx, { entity: "user", id, expected: version, current: before }, (where) =>
        tx.user.updateMany({ where, data: { personId, ...nextVersion } }),
      );
      const after = await tx.user.findUniqueOrThrow({ where: { id }, select });
      await recordAudit(tx, { actorId, entity: "user", entityId: id, action: "update", before, after });
      return { ok: true };
    })
    .catch((error: unknown): AccountUpdateResult => {
      if (uniqueViolation(error)) return { ok: false, field: "personId", error: "account.error.personTaken" };
      throw error;
    });
}

/** Disabling ends every session at once and voids the unused links; nothing else is touched. */
export function disableAccount(actorId: string, id: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true, version: true } });
    if (before.disabledAt) return { ok: true as const, sessionsEnded: 0 };
    const { version } = await tx.user.update({ where: { id }, data: { disabledAt: now, ...nextVersion }, select: { version: true } });
    const ended = await tx.session.updateMany({ where: { userId: id, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await revokeAccountTokens(tx, id, now);
    await recordAudit(tx, { actorId, entity: "user", entityId: id, action: "disable", before, after: { disabledAt: now, version, sessionsEnded: ended.count } });
    return { ok: true as const, sessionsEnded: ended.count };
  });
}

export function enableAccount(actorId: string, id: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true, version: true } });
    if (!before.disabledAt) return { ok: true as const };
    const after = await tx.user.update({ where: { id }, data: { disabledAt: null, ...nextVersion }, select: { disabledAt: true, version: true } });
    await recordAudit(tx, { actorId, entity: "user", entityId: id, action: "enable", before, after });
    return { ok: true as const };
  });
}

/**
 * A new link for an account: an invitation while it has no password, else a reset link (a person
 * who forgot theirs and asked the administrator). Earlier unused links of that kind stop working.
 */
export function sendAccountLink(actorId: string, id: string, afterIssue: AfterIssue, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, locale: true, passwordHash: true, disabledAt: true } });
    if (user.disabledAt) return { ok: false as const };
    const purpose: TokenPurpose = user.passwordHash === NO_PASSWORD ? "invitation" : "reset";
    const issued = await issueAccountToken(tx, { userId: id, purpose, now });
    await recordAudit(tx, {
      actorId,
      entity: "user",
      entityId: id,
      action: purpose === "invitation" ? "invite" : "reset_link",
      after: { tokenId: issued.tokenId, expiresAt: issued.expiresAt },
    });
    const link = { token: issued.token, expiresAt: issued.expiresAt, purpose };
    await afterIssue(tx, { ...link, user: { id: user.id, email: user.email, locale: user.locale } });
    return { ok: true as const, link };
  });
}
