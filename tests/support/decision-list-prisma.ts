// The decision register's read as it was in Prisma, before it moved to the raw read path (the
// reference tests/integration/decision-list-read.test.ts compares listDecisions with).
import type { Prisma } from "@prisma/client";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { followUpProgress } from "../../app/domain/action-status";
import { decisionSummarySelect, type DecisionFilters } from "../../app/models/decision-list.server";
import { visibleActions, visibleDecisions } from "../../app/permissions.server";

export async function prismaListDecisions(ctx: AccessContext, f: DecisionFilters, page: { skip: number; take: number }) {
  const where: Prisma.DecisionWhereInput = {
    AND: [
      visibleDecisions(ctx),
      { archivedAt: null },
      f.committee ? { committeeId: f.committee } : {},
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
  const groups = rows.length
    ? await prisma.action.groupBy({
        by: ["decisionId", "status"],
        where: { AND: [{ decisionId: { in: rows.map((r) => r.id) }, archivedAt: null }, visibleActions(ctx)] },
        _count: { _all: true },
      })
    : [];
  const progress = (id: string) => followUpProgress(groups.filter((g) => g.decisionId === id).map((g) => ({ status: g.status, count: g._count._all })));
  return { rows: rows.map((r) => ({ ...r, progress: progress(r.id) })), total };
}
