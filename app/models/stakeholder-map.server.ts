import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { groupBy } from "~/domain/group-by";
import { layoutGraph, mostConnected } from "~/domain/stakeholder-graph";
import { currentMembershipWhere, visibleCommittees } from "~/permissions.server";
import { reuseUntilWrite } from "~/read-db.server";

/** Past this many agencies a map stops being readable; the rest are counted, not drawn. */
export const MAP_LIMIT = 60;
/** The strongest links only: past a few hundred lines the picture is a grey mesh. */
export const MAP_MAX_LINKS = 300;
export const MAP_SIZE = { width: 1100, height: 760 };

/** The agencies of each committee or responsibility, one list per key. */
function agenciesByKey(rows: readonly { key: string; agencyId: string }[]): string[][] {
  return [...groupBy(rows, (r) => r.key).values()].map((group) => group.map((r) => r.agencyId));
}

/**
 * The map for one reader and kind: the agencies, the links their committees and responsibilities
 * draw, and the force layout. The layout is most of the cost and depends on the data alone, so the
 * map is reused until anything is written to the database or a minute passes (reuseUntilWrite,
 * decision 059). `now` given (tests): computed afresh.
 */
export function loadStakeholderMap(ctx: AccessContext, { kind }: { kind?: string | null }, now?: Date) {
  if (now) return buildStakeholderMap(ctx, kind ?? null, now);
  return reuseUntilWrite(ctx, `stakeholder-map:${kind ?? ""}`, () => buildStakeholderMap(ctx, kind ?? null, new Date()));
}

async function buildStakeholderMap(ctx: AccessContext, kind: string | null, now: Date) {
  const [agencies, memberships, lines] = await Promise.all([
    prisma.agency.findMany({
      where: { archivedAt: null, ...(kind ? { kind } : {}) },
      orderBy: { name: "asc" },
      take: 5000,
      select: { id: true, name: true, acronym: true, kind: true },
    }),
    // Committees the reader may not see do not draw links either.
    prisma.committeeMembership.findMany({
      where: {
        ...currentMembershipWhere(now),
        committee: { AND: [{ archivedAt: null }, visibleCommittees(ctx)] },
      },
      select: { committeeId: true, agencyId: true },
    }),
    prisma.responsibilityAssignment.findMany({
      where: { archivedAt: null, responsibility: { archivedAt: null } },
      select: { responsibilityId: true, agencyId: true },
    }),
  ]);
  const ids = new Set(agencies.map((a) => a.id));
  const kept = mostConnected(
    agencies,
    agenciesByKey(memberships.filter((m) => ids.has(m.agencyId)).map((m) => ({ key: m.committeeId, agencyId: m.agencyId }))),
    agenciesByKey(lines.filter((l) => ids.has(l.agencyId)).map((l) => ({ key: l.responsibilityId, agencyId: l.agencyId }))),
    { limit: MAP_LIMIT, maxLinks: MAP_MAX_LINKS },
  );
  const layout = layoutGraph(kept.agencies, kept.links, MAP_SIZE);
  return { ...layout, omitted: kept.omitted, total: agencies.length, size: MAP_SIZE };
}
