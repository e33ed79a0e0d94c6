// Rotation risk for secretaries and administrators: loads what the rules of app/domain/rotation-risk.ts
// need, narrowly (index-backed queries on dates and roles, never every row of a table), and names the
// posts and people concerned. Posts, people and tenures are not classified records; counts of actions
// and milestones only count what the reader may see.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { withHandoverReadable, type AccessContext } from "~/domain/access";
import type { Tenure } from "~/domain/gaps";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import {
  DEFAULT_THRESHOLDS,
  knowledgeConcentration,
  leavingPosts,
  longActingHolders,
  soleCarriers,
  unacknowledgedHandovers,
  uncoveredResponsibilities,
  type RotationThresholds,
} from "~/domain/rotation-risk";
import type { z } from "zod";
import type { rotationSettingsSchema } from "~/schemas/handover";
import { currentAssignmentWhere, visibleActions, visibleDeadlines } from "~/permissions.server";
import { recordAudit } from "./audit.server";

const DAY = 86_400_000;
const tenureSelect = { id: true, positionId: true, personId: true, startDate: true, plannedEndDate: true, endDate: true, acting: true } satisfies Prisma.AssignmentSelect;

export async function rotationThresholds(): Promise<RotationThresholds> {
  const row = await prisma.rotationRiskSettings.findUnique({
    where: { id: "default" },
    select: {
      leavingWithinDays: true,
      unacknowledgedAfterDays: true,
      actingLongerThanDays: true,
      concentrationResponsibilities: true,
      concentrationActions: true,
      concentrationMilestones: true,
    },
  });
  return row ?? DEFAULT_THRESHOLDS;
}

export function saveRotationThresholds(actorId: string, data: z.output<typeof rotationSettingsSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.rotationRiskSettings.findUnique({ where: { id: "default" } });
    const after = await tx.rotationRiskSettings.upsert({ where: { id: "default" }, create: { id: "default", ...data }, update: data });
    await recordAudit(tx, { actorId, entity: "rotationRiskSettings", entityId: "default", action: before ? "update" : "create", before: before ?? { ...DEFAULT_THRESHOLDS }, after });
  });
}

/** Tenures of these posts that are not over: what decides vacancy, leaving and succession. */
function liveTenures(positionIds: string[], now: Date): Promise<Tenure[]> {
  return byPostBatches(positionIds, (ids) =>
    prisma.assignment.findMany({
      where: { positionId: { in: ids }, OR: [{ endDate: null }, { endDate: { gt: now } }], position: { archivedAt: null } },
      select: tenureSelect,
    }),
  );
}

/**
 * A query over many posts, in batches of fewer than 999 ids (the bound-parameter limit the driver
 * adapter keeps): at the large scale the posts at risk or with work number in the thousands.
 */
async function byPostBatches<T>(positionIds: readonly string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const parts: T[][] = [];
  for (let i = 0; i < positionIds.length; i += POST_BATCH) parts.push(await query(positionIds.slice(i, i + POST_BATCH)));
  return parts.flat();
}

const POST_BATCH = 900;

export async function loadRotationRisk(ctx: AccessContext, now = new Date()) {
  const t = await rotationThresholds();
  const horizon = new Date(now.getTime() + t.leavingWithinDays * DAY);

  // 1. Holders leaving soon: a planned or recorded end inside the window, on a post in use.
  const leavingTenures = await prisma.assignment.findMany({
    where: {
      ...currentAssignmentWhere(now),
      position: { archivedAt: null },
      OR: [{ endDate: { gt: now, lte: horizon } }, { endDate: null, plannedEndDate: { lte: horizon } }],
    },
    take: 2000,
    select: { positionId: true },
  });
  const leavingPostIds = [...new Set(leavingTenures.map((x) => x.positionId))];

  // 2. The responsible (R) lines of live responsibilities, and the tenures of their posts.
  const rLines = await prisma.responsibilityAssignment.findMany({
    where: { role: "R", archivedAt: null, positionId: { not: null }, responsibility: { archivedAt: null }, position: { archivedAt: null } },
    take: 20_000,
    select: { responsibilityId: true, role: true, positionId: true },
  });
  const rPostIds = [...new Set(rLines.flatMap((l) => (l.positionId ? [l.positionId] : [])))];

  const [tenures, handovers, actionCounts, milestoneCounts, submitted, acting] = await Promise.all([
    liveTenures([...new Set([...leavingPostIds, ...rPostIds])], now),
    byPostBatches(leavingPostIds, (ids) =>
      prisma.handover.findMany({ where: { positionId: { in: ids }, archivedAt: null }, select: { positionId: true, outgoingAssignmentId: true, createdAt: true } }),
    ),
    prisma.action.groupBy({
      by: ["ownerPositionId"],
      where: { AND: [{ status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null }, visibleActions(ctx)] },
      _count: { _all: true },
    }),
    prisma.milestone.groupBy({
      by: ["ownerPositionId"],
      where: { status: "pending", archivedAt: null, ownerPositionId: { not: null }, deadline: { AND: [{ archivedAt: null }, visibleDeadlines(ctx)] } },
      _count: { _all: true },
    }),
    prisma.handover.findMany({
      where: { status: "submitted", archivedAt: null, submittedAt: { lt: new Date(now.getTime() - t.unacknowledgedAfterDays * DAY) } },
      orderBy: { submittedAt: "asc" },
      take: 500,
      select: { id: true, positionId: true, agencyId: true, confidentiality: true, submittedAt: true, acknowledgedAt: true, outgoingPersonId: true, incomingPersonId: true },
    }),
    prisma.assignment.findMany({
      where: { acting: true, endDate: null, startDate: { lt: new Date(now.getTime() - t.actingLongerThanDays * DAY) }, position: { archivedAt: null } },
      take: 500,
      select: tenureSelect,
    }),
  ]);

  const leaving = leavingPosts(tenures.filter((x) => leavingPostIds.includes(x.positionId)), handovers, now, t);
  const uncovered = uncoveredResponsibilities(rLines, tenures, now, t);

  // Workload per person: through the posts they hold today.
  const busyPosts = [...new Set([...actionCounts.map((a) => a.ownerPositionId), ...milestoneCounts.flatMap((m) => (m.ownerPositionId ? [m.ownerPositionId] : []))])];
  const holders = await byPostBatches(busyPosts, (ids) =>
    prisma.assignment.findMany({ where: { positionId: { in: ids }, ...currentAssignmentWhere(now) }, select: { positionId: true, personId: true } }),
  );
  const sole = soleCarriers(rLines, tenures, now);
  const load = new Map<string, { responsibilities: number; actions: number; milestones: number }>();
  const bump = (personId: string, key: "responsibilities" | "actions" | "milestones", n: number) => {
    const row = load.get(personId) ?? { responsibilities: 0, actions: 0, milestones: 0 };
    row[key] += n;
    load.set(personId, row);
  };
  for (const [personId, n] of sole) bump(personId, "responsibilities", n);
  const actionsByPost = new Map(actionCounts.map((a) => [a.ownerPositionId, a._count._all]));
  const milestonesByPost = new Map(milestoneCounts.map((m) => [m.ownerPositionId ?? "", m._count._all]));
  for (const h of holders) {
    bump(h.personId, "actions", actionsByPost.get(h.positionId) ?? 0);
    bump(h.personId, "milestones", milestonesByPost.get(h.positionId) ?? 0);
  }
  const concentration = knowledgeConcentration(
    [...load].map(([personId, w]) => ({ personId, ...w })),
    t,
  );
  const waiting = unacknowledgedHandovers(
    submitted.flatMap((h) => (h.submittedAt ? [{ ...h, submittedAt: h.submittedAt }] : [])),
    now,
    t,
  );
  const longActing = longActingHolders(acting, now, t);

  const names = await labels(
    [...leaving.map((l) => l.positionId), ...uncovered.flatMap((u) => u.positionIds), ...waiting.map((w) => w.positionId), ...longActing.map((a) => a.positionId)],
    [...leaving.map((l) => l.personId), ...concentration.map((c) => c.personId), ...waiting.flatMap((w) => [w.outgoingPersonId, w.incomingPersonId].filter((x): x is string => x !== null)), ...longActing.map((a) => a.personId)],
    uncovered.map((u) => u.responsibilityId),
  );
  return {
    thresholds: t,
    leaving: leaving.map((l) => ({ ...l, post: names.post(l.positionId), person: names.person(l.personId) })),
    uncovered: uncovered.map((u) => ({ ...u, responsibility: names.responsibility(u.responsibilityId), posts: u.positionIds.map(names.post) })),
    concentration: concentration.map((c) => ({ ...c, person: names.person(c.personId) })),
    // Facts of handovers, open to every reader (decision 033); the notes only where `readable`.
    waiting: withHandoverReadable(ctx, waiting).map((w) => ({
      id: w.id,
      readable: w.readable,
      submittedAt: w.submittedAt,
      waitingDays: w.waitingDays,
      post: names.post(w.positionId),
      outgoing: w.outgoingPersonId ? names.person(w.outgoingPersonId) : null,
      incoming: w.incomingPersonId ? names.person(w.incomingPersonId) : null,
    })),
    longActing: longActing.map((a) => ({ id: a.id, startDate: a.startDate, actingDays: a.actingDays, post: names.post(a.positionId), person: names.person(a.personId) })),
  };
}

export type RotationRisk = Awaited<ReturnType<typeof loadRotationRisk>>;

/** Names for the ids the rules return, in three queries. */
async function labels(positionIds: string[], personIds: string[], responsibilityIds: string[]) {
  const [posts, people, responsibilities] = await Promise.all([
    prisma.position.findMany({ where: { id: { in: [...new Set(positionIds)] } }, select: { id: true, title: true, agency: { select: { id: true, name: true, acronym: true } } } }),
    prisma.person.findMany({ where: { id: { in: [...new Set(personIds)] } }, select: { id: true, givenName: true, familyName: true } }),
    prisma.responsibility.findMany({ where: { id: { in: [...new Set(responsibilityIds)] } }, select: { id: true, title: true } }),
  ]);
  const postMap = new Map(posts.map((p) => [p.id, { id: p.id, title: p.title, agency: p.agency.acronym ?? p.agency.name }]));
  const personMap = new Map(people.map((p) => [p.id, { id: p.id, name: `${p.givenName} ${p.familyName}` }]));
  const respMap = new Map(responsibilities.map((r) => [r.id, { id: r.id, title: r.title }]));
  return {
    post: (id: string) => postMap.get(id) ?? { id, title: id, agency: "" },
    person: (id: string) => personMap.get(id) ?? { id, name: id },
    responsibility: (id: string) => respMap.get(id) ?? { id, title: id },
  };
}

/** The dashboard panel: how many of each risk (the page lists them). */
export async function rotationRiskCounts(ctx: AccessContext, now = new Date()) {
  const r = await loadRotationRisk(ctx, now);
  return { leaving: r.leaving.length, uncovered: r.uncovered.length, concentration: r.concentration.length, waiting: r.waiting.length, longActing: r.longActing.length };
}
