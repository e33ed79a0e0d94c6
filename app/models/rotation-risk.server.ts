// Rotation risk for secretaries and administrators: loads what the rules of app/domain/rotation-risk.ts
// need on the raw read path (decision 012), in one snapshot: about a dozen prepared statements, index-
// backed, workloads counted in SQL (never a row per action), and names the posts and people concerned.
// Posts, people and tenures are not classified records, nor are the facts of handovers (decision 033);
// counts of actions and milestones only count what the reader may see.
import { prisma } from "~/db.server";
import { OPEN_LEVELS, withHandoverReadable, type AccessContext } from "~/domain/access";
import type { Tenure } from "~/domain/gaps";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import {
  DEFAULT_THRESHOLDS,
  knowledgeConcentration,
  leavingPosts,
  longActingHolders,
  type RotationSection,
  soleCarriers,
  unacknowledgedHandovers,
  uncoveredResponsibilities,
  type RotationThresholds,
} from "~/domain/rotation-risk";
import { CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { z } from "zod";
import type { rotationSettingsSchema } from "~/schemas/handover";
import { accessSqlParams, visibleActionsSql, visibleObligationsSql, type AccessSqlParams } from "~/permissions.server";
import { fromSqlDate, readQuery, readSnapshot, reuseUntilWrite, sqlDate, sqlList } from "~/read-db.server";
import { recordAudit } from "./audit.server";
import { personName } from "~/domain/labels";

const DAY = 86_400_000;

export async function rotationThresholds(): Promise<RotationThresholds> {
  return thresholdsQuery.get({}) ?? DEFAULT_THRESHOLDS;
}

export function saveRotationThresholds(actorId: string, data: z.output<typeof rotationSettingsSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.rotationRiskSettings.findUnique({ where: { id: "default" } });
    const after = await tx.rotationRiskSettings.upsert({ where: { id: "default" }, create: { id: "default", ...data }, update: data });
    await recordAudit(tx, { actorId, entity: "rotationRiskSettings", entityId: "default", action: before ? "update" : "create", before: before ?? { ...DEFAULT_THRESHOLDS }, after });
  });
}

// ─── The reads, on the raw read path (decision 012): one statement each, aggregated in SQL ─────

type TenureRow = { id: string; positionId: string; personId: string; startDate: string; plannedEndDate: string | null; endDate: string | null; acting: number };
const tenureColumns = `a.id, a.positionId, a.personId, a.startDate, a.plannedEndDate, a.endDate, a.acting`;
const toTenure = (r: TenureRow): Tenure => ({
  id: r.id,
  positionId: r.positionId,
  personId: r.personId,
  startDate: fromSqlDate(r.startDate),
  plannedEndDate: fromSqlDate(r.plannedEndDate),
  endDate: fromSqlDate(r.endDate),
  acting: r.acting === 1,
});

const thresholdsQuery = readQuery<Record<string, never>, RotationThresholds>(`
  SELECT leavingWithinDays, unacknowledgedAfterDays, actingLongerThanDays,
    concentrationResponsibilities, concentrationActions, concentrationMilestones
  FROM RotationRiskSettings WHERE id = 'default'`);

/** Current holders who leave by the horizon (a recorded end, or a planned end with none recorded). */
const leavingQuery = readQuery<{ now: string; horizon: string }, { positionId: string }>(`
  SELECT DISTINCT a.positionId FROM Assignment a JOIN Position po ON po.id = a.positionId
  WHERE po.archivedAt IS NULL AND a.startDate <= @now
    AND ((a.endDate > @now AND a.endDate <= @horizon) OR (a.endDate IS NULL AND a.plannedEndDate <= @horizon))`);

/** The responsible (R) lines of live responsibilities on live posts. */
const rLinesQuery = readQuery<Record<string, never>, { responsibilityId: string; role: string; positionId: string }>(`
  SELECT ra.responsibilityId, ra.role, ra.positionId
  FROM ResponsibilityAssignment ra
  JOIN Responsibility r ON r.id = ra.responsibilityId
  JOIN Position po ON po.id = ra.positionId
  WHERE ra.role = 'R' AND ra.archivedAt IS NULL AND r.archivedAt IS NULL AND po.archivedAt IS NULL
  LIMIT 20000`);

/** Tenures not over of the given posts: what decides vacancy, leaving and succession. */
const liveTenuresQuery = readQuery<{ now: string; ids: string }, TenureRow>(`
  SELECT ${tenureColumns} FROM Assignment a
  WHERE a.positionId IN (SELECT value FROM json_each(@ids)) AND (a.endDate IS NULL OR a.endDate > @now)`);

const handoversOfPostsQuery = readQuery<{ ids: string }, { positionId: string; outgoingAssignmentId: string | null; createdAt: string }>(`
  SELECT h.positionId, h.outgoingAssignmentId, h.createdAt FROM Handover h
  WHERE h.positionId IN (SELECT value FROM json_each(@ids)) AND h.archivedAt IS NULL`);

const ACTIVE_SQL = ACTIVE_ACTION_STATUSES.map((x) => `'${x}'`).join(", ");
const sqlLevels = (levels: readonly string[]) => levels.map((x) => `'${x}'`).join(", ");
/** The levels PostWorkload counts (every reader sees them) and the rest, counted per reader. */
const CLASSIFIED_LEVELS = CONFIDENTIALITY_LEVELS.filter((l) => !OPEN_LEVELS.includes(l));
const holdsToday = `h.startDate <= @now AND (h.endDate IS NULL OR h.endDate > @now)`;

/**
 * Open actions per person, through the posts they hold today; only what the reader may see is
 * counted. The public and internal ones come from PostWorkload, which triggers on Action keep
 * (decision 046): one row per post, not one per action.
 */
const openActionLoadQuery = readQuery<{ now: string }, { personId: string; n: number }>(`
  SELECT h.personId, sum(w.openActions) AS n
  FROM PostWorkload w CROSS JOIN Assignment h ON h.positionId = w.positionId AND ${holdsToday}
  WHERE w.openActions > 0
  GROUP BY h.personId`);

/** The restricted and confidential ones the reader may see: a few thousand entries of their own index. */
const classifiedActionLoadQuery = readQuery<AccessSqlParams & { now: string }, { personId: string; n: number }>(`
  SELECT h.personId, sum(c.n) AS n
  FROM (SELECT ac.ownerPositionId, count(*) AS n FROM Action ac
        WHERE ac.confidentiality IN (${sqlLevels(CLASSIFIED_LEVELS)}) AND ac.status IN (${ACTIVE_SQL}) AND ac.archivedAt IS NULL
          AND ${visibleActionsSql("ac")}
        GROUP BY ac.ownerPositionId) c
  JOIN Assignment h ON h.positionId = c.ownerPositionId AND ${holdsToday}
  GROUP BY h.personId`);

/** Pending milestones per person (about a thousand rows at the large scale), counted with their obligation's clearance. */
const milestoneLoadQuery = readQuery<AccessSqlParams & { now: string }, { personId: string; n: number }>(`
  SELECT h.personId, sum(c.n) AS n
  FROM (SELECT m.ownerPositionId, count(*) AS n FROM Milestone m
        JOIN ReportingDeadline d ON d.id = m.deadlineId
        JOIN ReportingObligation o ON o.id = d.obligationId
        WHERE m.status = 'pending' AND m.archivedAt IS NULL AND m.ownerPositionId IS NOT NULL AND d.archivedAt IS NULL
          AND ${visibleObligationsSql("o")}
        GROUP BY m.ownerPositionId) c
  JOIN Assignment h ON h.positionId = c.ownerPositionId AND h.startDate <= @now AND (h.endDate IS NULL OR h.endDate > @now)
  GROUP BY h.personId`);

type WaitingRow = {
  id: string;
  positionId: string;
  agencyId: string;
  confidentiality: string;
  submittedAt: string;
  acknowledgedAt: string | null;
  outgoingPersonId: string | null;
  incomingPersonId: string | null;
};
/** Handovers submitted before the cut-off and still waiting: facts only (decision 033). */
const waitingQuery = readQuery<{ before: string }, WaitingRow>(`
  SELECT h.id, h.positionId, h.agencyId, h.confidentiality, h.submittedAt, h.acknowledgedAt, h.outgoingPersonId, h.incomingPersonId
  FROM Handover h
  WHERE h.status = 'submitted' AND h.archivedAt IS NULL AND h.submittedAt < @before
  ORDER BY h.submittedAt ASC LIMIT 500`);

const actingQuery = readQuery<{ before: string }, TenureRow>(`
  SELECT ${tenureColumns} FROM Assignment a JOIN Position po ON po.id = a.positionId
  WHERE a.acting = 1 AND a.endDate IS NULL AND a.startDate < @before AND po.archivedAt IS NULL
  LIMIT 500`);

const postLabels = readQuery<{ ids: string }, { id: string; title: string; agencyName: string; acronym: string | null }>(`
  SELECT po.id, po.title, ag.name AS agencyName, ag.acronym FROM Position po JOIN Agency ag ON ag.id = po.agencyId
  WHERE po.id IN (SELECT value FROM json_each(@ids))`);
const personLabels = readQuery<{ ids: string }, { id: string; givenName: string; familyName: string }>(`
  SELECT id, givenName, familyName FROM Person WHERE id IN (SELECT value FROM json_each(@ids))`);
const responsibilityLabels = readQuery<{ ids: string }, { id: string; title: string }>(`
  SELECT id, title FROM Responsibility WHERE id IN (SELECT value FROM json_each(@ids))`);

/** Which rows of a section the caller shows (a page of them): only those are named. */
export type RotationCut = <T>(rows: T[], section: RotationSection) => T[];

/**
 * Every risk the rules find (`totals`), and the rows `cut` keeps of each section, named. Names are
 * read for the shown rows only: the page shows ten per section of the thousand posts found.
 */
export async function loadRotationRisk(ctx: AccessContext, now?: Date, cut: RotationCut = (rows) => rows) {
  return readSnapshot(() => named(ctx, now ? findRisks(ctx, now) : reusedRisks(ctx), cut));
}

// ─── Reuse ──────────────────────────────────────────────────────────────────
// What the rules find is reused for the same reader until anything is written to the database or a
// minute passes (reuseUntilWrite; the rules' horizons are days long). A request that finds it costs
// the naming of its shown rows only.
function reusedRisks(ctx: AccessContext): Risks {
  return reuseUntilWrite(ctx, "rotation-risk", () => findRisks(ctx, new Date()));
}
type Risks = ReturnType<typeof findRisks>;

/** What the rules find, before any row is named. */
function findRisks(ctx: AccessContext, now: Date) {
  const t = thresholdsQuery.get({}) ?? DEFAULT_THRESHOLDS;
  const at = sqlDate(now);
  const horizon = sqlDate(new Date(now.getTime() + t.leavingWithinDays * DAY));

  const leavingPostIds = leavingQuery.column<string>({ now: at, horizon });
  const rLines = rLinesQuery.all({});
  const tenures = liveTenuresQuery.all({ now: at, ids: sqlList([...new Set([...leavingPostIds, ...rLines.map((l) => l.positionId)])]) }).map(toTenure);
  const handovers = handoversOfPostsQuery.all({ ids: sqlList(leavingPostIds) }).map((h) => ({ ...h, createdAt: fromSqlDate(h.createdAt) }));

  const leavingSet = new Set(leavingPostIds);
  const leaving = leavingPosts(tenures.filter((x) => leavingSet.has(x.positionId)), handovers, now, t);
  const uncovered = uncoveredResponsibilities(rLines, tenures, now, t);

  // Workload per person: responsibilities carried alone, and the open work of the posts they hold.
  const access = { ...accessSqlParams(ctx), now: at };
  const load = new Map<string, { responsibilities: number; actions: number; milestones: number }>();
  const bump = (personId: string, key: "responsibilities" | "actions" | "milestones", n: number) => {
    const row = load.get(personId) ?? { responsibilities: 0, actions: 0, milestones: 0 };
    row[key] += n;
    load.set(personId, row);
  };
  for (const [personId, n] of soleCarriers(rLines, tenures, now)) bump(personId, "responsibilities", n);
  for (const r of openActionLoadQuery.all({ now: at })) bump(r.personId, "actions", r.n);
  for (const r of classifiedActionLoadQuery.all(access)) bump(r.personId, "actions", r.n);
  for (const r of milestoneLoadQuery.all(access)) bump(r.personId, "milestones", r.n);
  const concentration = knowledgeConcentration(
    [...load].map(([personId, w]) => ({ personId, ...w })),
    t,
  );

  const submitted = waitingQuery.all({ before: sqlDate(new Date(now.getTime() - t.unacknowledgedAfterDays * DAY)) });
  const waiting = unacknowledgedHandovers(
    submitted.map((h) => ({ ...h, submittedAt: fromSqlDate(h.submittedAt), acknowledgedAt: fromSqlDate(h.acknowledgedAt) })),
    now,
    t,
  );
  const longActing = longActingHolders(actingQuery.all({ before: sqlDate(new Date(now.getTime() - t.actingLongerThanDays * DAY)) }).map(toTenure), now, t);

  return { t, leaving, uncovered, concentration, waiting, longActing };
}

/** The rows `cut` keeps of each section, named; the totals of all. */
function named(ctx: AccessContext, risks: Risks, cut: RotationCut) {
  const { t, leaving, uncovered, concentration, waiting, longActing } = risks;
  const totals = { leaving: leaving.length, uncovered: uncovered.length, concentration: concentration.length, waiting: waiting.length, longActing: longActing.length };
  const shown = {
    leaving: cut(leaving, "leaving"),
    uncovered: cut(uncovered, "uncovered"),
    concentration: cut(concentration, "concentration"),
    waiting: cut(waiting, "waiting"),
    longActing: cut(longActing, "longActing"),
  };
  const names = labels(
    [...shown.leaving.map((l) => l.positionId), ...shown.uncovered.flatMap((u) => u.positionIds), ...shown.waiting.map((w) => w.positionId), ...shown.longActing.map((a) => a.positionId)],
    [
      ...shown.leaving.map((l) => l.personId),
      ...shown.concentration.map((c) => c.personId),
      ...shown.waiting.flatMap((w) => [w.outgoingPersonId, w.incomingPersonId].filter((x): x is string => x !== null)),
      ...shown.longActing.map((a) => a.personId),
    ],
    shown.uncovered.map((u) => u.responsibilityId),
  );
  return {
    thresholds: t,
    totals,
    leaving: shown.leaving.map((l) => ({ ...l, post: names.post(l.positionId), person: names.person(l.personId) })),
    uncovered: shown.uncovered.map((u) => ({ ...u, responsibility: names.responsibility(u.responsibilityId), posts: u.positionIds.map(names.post) })),
    concentration: shown.concentration.map((c) => ({ ...c, person: names.person(c.personId) })),
    // Facts of handovers, open to every reader (decision 033); the notes only where `readable`.
    waiting: withHandoverReadable(ctx, shown.waiting).map((w) => ({
      id: w.id,
      readable: w.readable,
      submittedAt: w.submittedAt,
      waitingDays: w.waitingDays,
      post: names.post(w.positionId),
      outgoing: w.outgoingPersonId ? names.person(w.outgoingPersonId) : null,
      incoming: w.incomingPersonId ? names.person(w.incomingPersonId) : null,
    })),
    longActing: shown.longActing.map((a) => ({ id: a.id, startDate: a.startDate, actingDays: a.actingDays, post: names.post(a.positionId), person: names.person(a.personId) })),
  };
}

export type RotationRisk = Awaited<ReturnType<typeof loadRotationRisk>>;

/** Names for the ids the rules return, in three statements. */
function labels(positionIds: string[], personIds: string[], responsibilityIds: string[]) {
  const postMap = new Map(postLabels.all({ ids: sqlList([...new Set(positionIds)]) }).map((p) => [p.id, { id: p.id, title: p.title, agency: p.acronym ?? p.agencyName }]));
  const personMap = new Map(personLabels.all({ ids: sqlList([...new Set(personIds)]) }).map((p) => [p.id, { id: p.id, name: personName(p) }]));
  const respMap = new Map(responsibilityLabels.all({ ids: sqlList([...new Set(responsibilityIds)]) }).map((r) => [r.id, { id: r.id, title: r.title }]));
  return {
    post: (id: string) => postMap.get(id) ?? { id, title: id, agency: "" },
    person: (id: string) => personMap.get(id) ?? { id, name: id },
    responsibility: (id: string) => respMap.get(id) ?? { id, title: id },
  };
}

/** The dashboard panel: how many of each risk (the page lists them); no row is named. */
export async function rotationRiskCounts(ctx: AccessContext, now?: Date) {
  return (await loadRotationRisk(ctx, now, () => [])).totals;
}
