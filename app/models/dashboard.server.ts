// "My work": what the signed-in person's current posts and agencies have on their plate. Work belongs
// to posts, so everything here is found through the posts the person holds today (loadAccess): when a
// post changes hands, its open actions, milestones and meetings appear on the new holder's dashboard.
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { ACTIVE_ACTION_STATUSES, todayIn } from "~/domain/overdue";
import {
  accessSqlParams,
  visibleActionsSql,
  visibleDeadlinesSql,
  visibleHandoversSql,
  visibleMeetingsSql,
  type AccessSqlParams,
} from "~/permissions.server";
import { fromSqlDate, readQuery, reuseUntilWrite, sqlDate, type SqlParams } from "~/read-db.server";
import { actionRowsByIds } from "./action-list.server";
import { loadCommitteeHealth } from "./committee-health.server";
import { loadReportingCard } from "./reporting-card.server";
import { rotationRiskCounts } from "./rotation-risk.server";
import { loadGaps } from "./responsibility-matrix.server";

const DAY = 24 * 60 * 60 * 1000;
/** How many rows each dashboard card shows; each links to its full, paginated list. */
export const CARD_ROWS = 10;

// "My work" on the raw read path (decision 012): one statement per card, counts in SQL.
const postsQuery = readQuery<
  { personId: string; now: string },
  { id: string; acting: number; plannedEndDate: string | null; positionId: string; title: string; agencyId: string; agencyName: string; acronym: string | null }
>(`
  SELECT a.id, a.acting, a.plannedEndDate, po.id AS positionId, po.title, ag.id AS agencyId, ag.name AS agencyName, ag.acronym
  FROM Assignment a JOIN Position po ON po.id = a.positionId JOIN Agency ag ON ag.id = po.agencyId
  WHERE a.personId = @personId AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now)
  ORDER BY a.startDate`);

const MY_ACTIONS = `x.ownerPositionId IN (SELECT value FROM json_each(@ctxPositionIds))
  AND x.status IN (${ACTIVE_ACTION_STATUSES.map((s) => `'${s}'`).join(", ")}) AND x.archivedAt IS NULL
  AND ${visibleActionsSql("x")}`;
type Access = AccessSqlParams & SqlParams;
const myActionIdsQuery = readQuery<Access & { take: number }, { id: string }>(`
  SELECT x.id FROM Action x WHERE ${MY_ACTIONS}
  ORDER BY x.dueDate IS NULL, x.dueDate, x.id LIMIT @take`);
const myActionCountsQuery = readQuery<Access & { today: string }, { total: number; overdue: number }>(`
  SELECT count(*) AS total, count(CASE WHEN x.dueDate < @today THEN 1 END) AS overdue FROM Action x WHERE ${MY_ACTIONS}`);

const myMeetingsQuery = readQuery<
  Access & { personId: string | null; now: string; until: string; take: number },
  { id: string; title: string; startsAt: string; endsAt: string; timeZone: string; venue: string | null; status: string; committeeId: string; committeeName: string; shortName: string | null }
>(`
  SELECT m.id, m.title, m.startsAt, m.endsAt, m.timeZone, m.venue, m.status,
         c.id AS committeeId, c.name AS committeeName, c.shortName
  FROM Meeting m JOIN Committee c ON c.id = m.committeeId
  WHERE m.startsAt >= @now AND m.startsAt < @until AND m.archivedAt IS NULL AND m.status <> 'cancelled'
    AND (m.committeeId IN (SELECT value FROM json_each(@ctxCommitteeIds))
      OR EXISTS (SELECT 1 FROM Participation p WHERE p.meetingId = m.id
                 AND (p.positionId IN (SELECT value FROM json_each(@ctxPositionIds)) OR p.personId = @personId)))
    AND ${visibleMeetingsSql("m")}
  ORDER BY m.startsAt LIMIT @take`);

const myDeadlinesQuery = readQuery<
  Access & { today: string; until: string; take: number },
  { id: string; cycle: string; dueDate: string; status: string; title: string }
>(`
  SELECT d.id, d.cycle, d.dueDate, d.status, o.title
  FROM ReportingDeadline d JOIN ReportingObligation o ON o.id = d.obligationId
  WHERE d.dueDate >= @today AND d.dueDate < @until AND d.archivedAt IS NULL AND d.status NOT IN ('submitted', 'waived')
    AND (o.leadPositionId IN (SELECT value FROM json_each(@ctxPositionIds))
      OR o.leadAgencyId IN (SELECT value FROM json_each(@ctxAgencyIds))
      OR EXISTS (SELECT 1 FROM ObligationContributor oc WHERE oc.obligationId = o.id AND oc.archivedAt IS NULL
                 AND oc.agencyId IN (SELECT value FROM json_each(@ctxAgencyIds))))
    AND ${visibleDeadlinesSql("d")}
  ORDER BY d.dueDate LIMIT @take`);

const myMilestonesQuery = readQuery<
  Access & { today: string; until: string; take: number },
  { id: string; kind: string; title: string | null; dueDate: string; deadlineId: string; cycle: string; deadlineDue: string; obligation: string }
>(`
  SELECT ms.id, ms.kind, ms.title, ms.dueDate, d.id AS deadlineId, d.cycle, d.dueDate AS deadlineDue, o.title AS obligation
  FROM Milestone ms JOIN ReportingDeadline d ON d.id = ms.deadlineId JOIN ReportingObligation o ON o.id = d.obligationId
  WHERE ms.ownerPositionId IN (SELECT value FROM json_each(@ctxPositionIds))
    AND ms.dueDate >= @today AND ms.dueDate < @until AND ms.status = 'pending' AND ms.archivedAt IS NULL
    AND d.archivedAt IS NULL AND ${visibleDeadlinesSql("d")}
  ORDER BY ms.dueDate LIMIT @take`);

const myHandoversQuery = readQuery<
  Access & { personId: string; take: number },
  { id: string; submittedAt: string | null; title: string; agencyName: string; acronym: string | null; givenName: string | null; familyName: string | null }
>(`
  SELECT h.id, h.submittedAt, po.title, ag.name AS agencyName, ag.acronym, op.givenName, op.familyName
  FROM Handover h JOIN Position po ON po.id = h.positionId JOIN Agency ag ON ag.id = h.agencyId
  LEFT JOIN Person op ON op.id = h.outgoingPersonId
  WHERE h.incomingPersonId = @personId AND h.status = 'submitted' AND h.archivedAt IS NULL AND ${visibleHandoversSql("h")}
  ORDER BY h.submittedAt LIMIT @take`);

export async function loadMyWork(ctx: AccessContext, { now, timeZone }: { now: Date; timeZone: string }) {
  const today = todayIn(now, timeZone);
  const access = accessSqlParams(ctx);
  const within60 = sqlDate(new Date(today.getTime() + 60 * DAY));
  const take = CARD_ROWS;
  const posts = ctx.personId
    ? postsQuery.all({ personId: ctx.personId, now: sqlDate(now) }).map((a) => ({
        id: a.id,
        acting: a.acting === 1,
        plannedEndDate: fromSqlDate(a.plannedEndDate),
        position: { id: a.positionId, title: a.title, agency: { id: a.agencyId, name: a.agencyName, acronym: a.acronym } },
      }))
    : [];
  // Earliest due date first: the overdue ones come at the top, undated ones last.
  const actions = actionRowsByIds(myActionIdsQuery.column<string>({ ...access, take }), now);
  const counts = myActionCountsQuery.get({ ...access, today: sqlDate(today) }) ?? { total: 0, overdue: 0 };
  const meetings = myMeetingsQuery
    .all({ ...access, personId: ctx.personId, now: sqlDate(now), until: sqlDate(new Date(now.getTime() + 30 * DAY)), take })
    .map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: fromSqlDate(m.startsAt),
      endsAt: fromSqlDate(m.endsAt),
      timeZone: m.timeZone,
      venue: m.venue,
      status: m.status,
      committee: { id: m.committeeId, name: m.committeeName, shortName: m.shortName },
    }));
  const deadlines = myDeadlinesQuery
    .all({ ...access, today: sqlDate(today), until: within60, take })
    .map((d) => ({ id: d.id, cycle: d.cycle, dueDate: fromSqlDate(d.dueDate), status: d.status, obligation: { title: d.title } }));
  // Internal milestones owned by my posts (the data call, the clearance…), also within 60 days.
  const milestones = myMilestonesQuery.all({ ...access, today: sqlDate(today), until: within60, take }).map((m) => ({
    id: m.id,
    kind: m.kind,
    title: m.title,
    dueDate: fromSqlDate(m.dueDate),
    deadline: { id: m.deadlineId, cycle: m.cycle, dueDate: fromSqlDate(m.deadlineDue), obligation: { title: m.obligation } },
  }));
  const handovers = ctx.personId
    ? myHandoversQuery.all({ ...access, personId: ctx.personId, take }).map((h) => ({
        id: h.id,
        submittedAt: fromSqlDate(h.submittedAt),
        position: { title: h.title },
        agency: { name: h.agencyName, acronym: h.acronym },
        outgoingPerson: h.givenName !== null && h.familyName !== null ? { givenName: h.givenName, familyName: h.familyName } : null,
      }))
    : [];
  return { posts, actions, actionTotal: counts.total, overdueTotal: counts.overdue, meetings, deadlines, milestones, handovers };
}

/**
 * The responsibility gaps of the reader's agencies: on the responsibilities their agency has a role
 * in, the rules of app/domain/gaps.ts (through the responsibility matrix model) say what is unclear.
 */
export async function loadAgencyGaps(ctx: AccessContext, now: Date) {
  const agencies = await prisma.agency.findMany({
    where: { id: { in: [...ctx.agencyIds] }, archivedAt: null },
    orderBy: { name: "asc" },
    take: 5,
    select: { id: true, name: true, acronym: true },
  });
  return Promise.all(
    agencies.map(async (agency) => {
      const { items, total } = await loadGaps({ agency: agency.id }, { skip: 0, take: CARD_ROWS }, now);
      return { agency, items, total };
    }),
  );
}

/**
 * Everything the dashboard shows one reader. Each card is reused for that reader until anything is
 * written to the database or a minute passes (reuseUntilWrite, decision 059): a secretary of 64
 * committees coming back to the page pays for the cards only when something has changed. The keys
 * name what each card depends on beyond the reader: the day and time zone, the health page.
 */
export async function loadDashboard(
  ctx: AccessContext,
  { now, timeZone, page, showHealth, showRotation }: { now: Date; timeZone: string; page: number; showHealth: boolean; showRotation: boolean },
) {
  const today = todayIn(now, timeZone);
  const day = `${today.toISOString()}|${timeZone}`;
  const [work, gaps, health, reporting, rotation] = await Promise.all([
    reuseUntilWrite(ctx, `dashboard:work:${day}`, () => loadMyWork(ctx, { now, timeZone })),
    reuseUntilWrite(ctx, "dashboard:gaps", () => loadAgencyGaps(ctx, now)),
    showHealth ? reuseUntilWrite(ctx, `dashboard:health:${day}:${page}`, () => loadCommitteeHealth(ctx, { now, timeZone, page })) : null,
    reuseUntilWrite(ctx, `dashboard:reporting:${day}`, () => loadReportingCard(ctx, today)),
    showRotation ? rotationRiskCounts(ctx) : null,
  ]);
  return { today, work, gaps, health, reporting, rotation };
}
