// Subscribable calendar feeds. The secret token is shown once, when the feed is created; only its
// SHA-256 hash is stored, so a leaked database does not leak working feed addresses. Revoking sets
// revokedAt. A feed is read as its owner: it holds only what the owner may see today.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { can, type AccessContext } from "~/domain/access";
import { loadAccess, visibleCommittees, visibleMeetings } from "~/permissions.server";
import { recordAudit } from "./audit.server";
import { icalMeetingFields, type IcalMeeting } from "./ical.server";
import { myMeetingsWhere } from "./meeting-lists.server";

const DAY = 86_400_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createFeedToken(
  actorId: string,
  data: { scope: "committee" | "person" | "reporting"; committeeId: string | null; label: string | null },
) {
  const token = randomBytes(32).toString("base64url");
  return prisma.$transaction(async (tx) => {
    const row = await tx.calendarFeedToken.create({
      data: {
        tokenHash: hashToken(token),
        userId: actorId,
        scope: data.scope,
        committeeId: data.scope === "committee" ? data.committeeId : null,
        label: data.label,
      },
      select: { id: true, scope: true, committeeId: true, label: true },
    });
    // The audit keeps the feed's id and scope, never the token.
    await recordAudit(tx, { actorId, entity: "calendarFeedToken", entityId: row.id, action: "create", after: row });
    return { ...row, token };
  });
}

export function listFeedTokens(userId: string) {
  return prisma.calendarFeedToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      scope: true,
      label: true,
      createdAt: true,
      revokedAt: true,
      committee: { select: { id: true, name: true, shortName: true } },
    },
  });
}

/** Revokes one of the user's own feeds; false when it is not theirs (or already revoked). */
export function revokeFeedToken(actorId: string, tokenId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.calendarFeedToken.findFirst({ where: { id: tokenId, userId: actorId, revokedAt: null }, select: { id: true, revokedAt: true } });
    if (!before) return false;
    const after = await tx.calendarFeedToken.update({ where: { id: tokenId }, data: { revokedAt: now }, select: { id: true, revokedAt: true } });
    await recordAudit(tx, { actorId, entity: "calendarFeedToken", entityId: tokenId, action: "revoke", before, after });
    return true;
  });
}

const icalSelect = {
  ...icalMeetingFields,
  createdAt: true,
  updatedAt: true,
  committee: { select: { name: true } },
  postponedTo: { select: { startsAt: true, timeZone: true } },
} satisfies Prisma.MeetingSelect;

export function meetingForIcal(id: string) {
  return prisma.meeting.findUnique({ where: { id }, select: { ...icalSelect, confidentiality: true, committeeId: true, archivedAt: true } });
}

/**
 * The feed behind a token: its name and meetings from 90 days back to a year ahead, read with the
 * owner's access as it is now. Null for an unknown or revoked token, or an owner who may no longer
 * read meetings (disabled, or the committee is no longer visible to them).
 */
export async function feedFor(token: string, now = new Date()): Promise<{ name: string; meetings: IcalMeeting[] } | null> {
  const row = await prisma.calendarFeedToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, scope: true, committeeId: true, revokedAt: true, label: true },
  });
  // Reporting feeds are read by reporting-feed.server.ts.
  if (!row || row.revokedAt || row.scope === "reporting") return null;
  const access = await loadAccess(row.userId, now);
  if (!access || !can(access.ctx, "read", "meeting")) return null;
  const ctx: AccessContext = access.ctx;
  const window = { startsAt: { gte: new Date(now.getTime() - 90 * DAY), lt: new Date(now.getTime() + 366 * DAY) }, archivedAt: null };
  if (row.scope === "committee") {
    const committee = await prisma.committee.findFirst({
      where: { AND: [{ id: row.committeeId ?? "", archivedAt: null }, visibleCommittees(ctx)] },
      select: { id: true, name: true },
    });
    if (!committee) return null;
    const meetings = await prisma.meeting.findMany({
      where: { AND: [{ ...window, committeeId: committee.id }, visibleMeetings(ctx)] },
      orderBy: { startsAt: "asc" },
      take: 1000,
      select: icalSelect,
    });
    return { name: row.label ?? committee.name, meetings };
  }
  const meetings = await prisma.meeting.findMany({
    where: { AND: [window, myMeetingsWhere(ctx), visibleMeetings(ctx)] },
    orderBy: { startsAt: "asc" },
    take: 1000,
    select: icalSelect,
  });
  return { name: row.label ?? `Relais — ${access.user.displayName}`, meetings };
}
