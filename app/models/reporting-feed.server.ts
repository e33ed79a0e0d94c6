// The reporting calendar's subscribable feed: the meeting feeds' token mechanism (calendar-feed.server.ts,
// a hashed secret, scope "reporting"), read with the owner's access as it is at request time.
import { prisma } from "~/db.server";
import { can } from "~/domain/access";
import { isOneOf, LOCALES } from "~/domain/vocabulary";
import { loadAccess } from "~/permissions.server";
import { hashToken } from "./calendar-feed.server";
import { reportingFeedEntries } from "./reporting-calendar.server";

export async function reportingFeedFor(token: string, now = new Date()) {
  const row = await prisma.calendarFeedToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true, scope: true, revokedAt: true } });
  if (!row || row.revokedAt || row.scope !== "reporting") return null;
  const access = await loadAccess(row.userId, now);
  if (!access || !can(access.ctx, "read", "reporting")) return null;
  const locale = isOneOf(LOCALES, access.user.locale) ? access.user.locale : "en";
  return { locale, entries: await reportingFeedEntries(access.ctx, now) };
}
