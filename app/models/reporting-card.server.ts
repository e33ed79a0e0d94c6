// The dashboard's reporting card: what the reader owes and when. Milestones owned by the posts they
// hold today, and the "contributions due" of their agency's posts (their agency contributes), overdue
// first. Found through today's posts, so the card follows the post across rotation.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { visibleDeadlines } from "~/permissions.server";

const DAY = 86_400_000;
/** How far ahead the card looks; the calendar shows the rest. */
export const CARD_HORIZON_DAYS = 120;
export const CARD_ROWS = 10;

export function myMilestonesWhere(ctx: AccessContext, today: Date, horizonDays = CARD_HORIZON_DAYS): Prisma.MilestoneWhereInput {
  return {
    AND: [
      { status: "pending", archivedAt: null, dueDate: { lt: new Date(today.getTime() + horizonDays * DAY) } },
      {
        OR: [
          { ownerPositionId: { in: [...ctx.positionIds] } },
          { kind: "contributions", ownerPosition: { agencyId: { in: [...ctx.agencyIds] } } },
        ],
      },
      { deadline: { AND: [{ archivedAt: null, obligation: { archivedAt: null } }, visibleDeadlines(ctx)] } },
    ],
  };
}

export async function loadReportingCard(ctx: AccessContext, today: Date) {
  if (!ctx.positionIds.length && !ctx.agencyIds.length) return { rows: [], total: 0, overdue: 0 };
  const where = myMilestonesWhere(ctx, today);
  const [rows, total, overdue] = await Promise.all([
    prisma.milestone.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: CARD_ROWS,
      select: {
        id: true,
        kind: true,
        title: true,
        dueDate: true,
        ownerPositionId: true,
        ownerPosition: { select: { title: true } },
        deadline: { select: { id: true, cycle: true, dueDate: true, obligation: { select: { id: true, title: true } } } },
      },
    }),
    prisma.milestone.count({ where }),
    prisma.milestone.count({ where: { AND: [where, { dueDate: { lt: today } }] } }),
  ]);
  return { rows: rows.map((r) => ({ ...r, mine: r.ownerPositionId !== null && ctx.positionIds.includes(r.ownerPositionId) })), total, overdue };
}
