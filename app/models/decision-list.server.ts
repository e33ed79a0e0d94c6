// The decision register's list: filtered, paginated, with each decision's follow-up progress over
// the actions the reader may see. The record itself is in decision.server.ts.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { followUpProgress } from "~/domain/action-status";
import { visibleActions, visibleDecisions } from "~/permissions.server";

/** How a decision is named and where it stands, wherever decisions are listed with Prisma (the register, a committee's page). */
export const decisionSummarySelect = {
  id: true,
  year: true,
  serial: true,
  title: true,
  status: true,
} satisfies Prisma.DecisionSelect;

export type DecisionFilters = {
  q: string | null;
  committeeId: string | null;
  year: number | null;
  status: string | null;
};

export async function listDecisions(ctx: AccessContext, f: DecisionFilters, page: { skip: number; take: number }) {
  // The year filter is a date range, so it runs on the decidedOn indexes (the year is the decision date's).
  const where: Prisma.DecisionWhereInput = {
    AND: [
      visibleDecisions(ctx),
      { archivedAt: null },
      f.committeeId ? { committeeId: f.committeeId } : {},
      f.status ? { status: f.status } : {},
      f.year ? { decidedOn: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } } : {},
      f.q ? { OR: [{ title: { contains: f.q } }, { text: { contains: f.q } }] } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.decision.findMany({
      where,
      orderBy: [{ decidedOn: "desc" }, { serial: "desc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        ...decisionSummarySelect,
        adoption: true,
        decidedOn: true,
        supersedesId: true,
        supersededBy: { select: { id: true } },
        committee: { select: { id: true, name: true, shortName: true, decisionPrefix: true } },
      },
    }),
    prisma.decision.count({ where }),
  ]);
  const progress = await actionProgress(ctx, rows.map((r) => r.id));
  return { rows: rows.map((r) => ({ ...r, progress: progress.get(r.id) ?? { done: 0, total: 0 } })), total };
}

/** Follow-up progress per decision, over the live actions the reader may see. */
async function actionProgress(ctx: AccessContext, decisionIds: string[]) {
  const progress = new Map<string, { done: number; total: number }>();
  if (!decisionIds.length) return progress;
  const groups = await prisma.action.groupBy({
    by: ["decisionId", "status"],
    where: { AND: [{ decisionId: { in: decisionIds }, archivedAt: null }, visibleActions(ctx)] },
    _count: { _all: true },
  });
  for (const id of decisionIds) {
    const own = groups.filter((g) => g.decisionId === id).map((g) => ({ status: g.status, count: g._count._all }));
    progress.set(id, followUpProgress(own));
  }
  return progress;
}
