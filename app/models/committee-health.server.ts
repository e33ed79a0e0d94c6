// Committee health for secretaries: the figures of app/domain/committee-health.ts over the committees
// they serve (as secretariat, else as members), a page of committees at a time. Counts are taken with
// grouped queries so a secretary of many committees does not load every participation row.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { committeeHealth, healthWindow } from "~/domain/committee-health";
import { ACTIVE_ACTION_STATUSES, todayIn } from "~/domain/overdue";
import { visibleActions, visibleCommittees, visibleMeetings } from "~/permissions.server";
import { agencyLabel } from "~/domain/labels";

export const HEALTH_PAGE_SIZE = 5;

function myCommittees(ctx: AccessContext): Prisma.CommitteeWhereInput {
  const serving = ctx.agencyIds.length ? { secretariatAgencyId: { in: [...ctx.agencyIds] } } : { id: { in: [] } };
  return { AND: [{ archivedAt: null }, serving, visibleCommittees(ctx)] };
}

export async function loadCommitteeHealth(
  ctx: AccessContext,
  { now, timeZone, page }: { now: Date; timeZone: string; page: number },
) {
  // Secretaries see the committees their agency runs; anyone else with the right sees those they sit on.
  let where = myCommittees(ctx);
  let total = await prisma.committee.count({ where });
  if (total === 0) {
    where = { AND: [{ archivedAt: null, id: { in: [...ctx.committeeIds] } }, visibleCommittees(ctx)] };
    total = await prisma.committee.count({ where });
  }
  const pages = Math.max(1, Math.ceil(total / HEALTH_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const committees = await prisma.committee.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (current - 1) * HEALTH_PAGE_SIZE,
    take: HEALTH_PAGE_SIZE,
    select: { id: true, name: true, shortName: true },
  });
  const ids = committees.map((c) => c.id);
  const { from, to } = healthWindow(now);
  const heldIn = (committeeId: Prisma.StringFilter | string): Prisma.MeetingWhereInput => ({
    AND: [{ committeeId, status: "held", startsAt: { gte: from, lt: to }, archivedAt: null }, visibleMeetings(ctx)],
  });

  // Plain id lists and grouped counts on indexed columns: relation filters and _count here would make
  // SQLite aggregate whole tables (all participations, all actions) on every dashboard view.
  const [meetings, overdue] = await Promise.all([
    prisma.meeting.findMany({ where: heldIn({ in: ids }), select: { id: true, committeeId: true } }),
    prisma.action.groupBy({
      by: ["committeeId", "ownerAgencyId"],
      where: {
        AND: [
          { committeeId: { in: ids }, status: { in: [...ACTIVE_ACTION_STATUSES] }, dueDate: { lt: todayIn(now, timeZone) }, archivedAt: null },
          visibleActions(ctx),
        ],
      },
      _count: { _all: true },
    }),
  ]);
  const meetingIds = meetings.map((m) => m.id);
  const committeeOf = new Map(meetings.map((m) => [m.id, m.committeeId]));
  const [decisionCounts, actionCounts, participations] = await Promise.all([
    prisma.decision.groupBy({ by: ["meetingId"], where: { meetingId: { in: meetingIds }, archivedAt: null }, _count: { _all: true } }),
    prisma.action.groupBy({ by: ["meetingId"], where: { meetingId: { in: meetingIds }, archivedAt: null }, _count: { _all: true } }),
    prisma.participation.groupBy({
      by: ["meetingId", "agencyId", "attendance"],
      where: { meetingId: { in: meetingIds }, agencyId: { not: null }, archivedAt: null },
      _count: { _all: true },
    }),
  ]);
  const countBy = (rows: { meetingId: string | null; _count: { _all: number } }[]) =>
    new Map(rows.flatMap((r) => (r.meetingId ? [[r.meetingId, r._count._all] as const] : [])));
  const decisionsOf = countBy(decisionCounts);
  const actionsOf = countBy(actionCounts);

  const figures = committeeHealth({
    committees,
    meetings: meetings.map((m) => ({ committeeId: m.committeeId, decisions: decisionsOf.get(m.id) ?? 0, actions: actionsOf.get(m.id) ?? 0 })),
    attendance: participations.flatMap((p) => {
      const committeeId = committeeOf.get(p.meetingId);
      return committeeId && p.agencyId ? [{ committeeId, agencyId: p.agencyId, attendance: p.attendance, count: p._count._all }] : [];
    }),
    overdue: overdue.flatMap((o) => (o.committeeId ? [{ committeeId: o.committeeId, agencyId: o.ownerAgencyId, count: o._count._all }] : [])),
  });
  const agencyIds = [...new Set(figures.flatMap((f) => [...f.attendance.map((a) => a.agencyId), ...f.overdue.map((o) => o.agencyId)]))];
  const agencies = await prisma.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true, acronym: true } });
  const agencyLabels = new Map(agencies.map((a) => [a.id, agencyLabel(a)]));
  const label = (agencyId: string) => agencyLabels.get(agencyId) ?? "—";

  return {
    page: { page: current, pageSize: HEALTH_PAGE_SIZE, total },
    committees: committees.map((c, i) => {
      const f = figures[i];
      return {
        ...c,
        held: f?.held ?? 0,
        withoutOutcome: f?.withoutOutcome ?? 0,
        withoutOutcomeShare: f?.withoutOutcomeShare ?? null,
        overdueTotal: f?.overdueTotal ?? 0,
        attendance: (f?.attendance ?? []).map((a) => ({ ...a, label: label(a.agencyId) })),
        overdue: (f?.overdue ?? []).map((o) => ({ ...o, label: label(o.agencyId) })),
      };
    }),
  };
}
