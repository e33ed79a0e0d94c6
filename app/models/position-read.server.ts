// A post's page on the raw read path (decisions 012 and 056): its responsibilities, committees and
// open actions, each list a page at a time with its total, read with prepared statements in one
// snapshot, in the shape getPosition gave them (so the components do not change). Clearance comes from
// the SQL fragments of app/permissions.server.ts; tests/integration/position-read.test.ts checks the
// rows against the Prisma reads they replace.
import type { AccessContext } from "~/domain/access";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { accessSqlParams, visibleActionsSql, visibleCommitteesSql, type AccessSqlParams } from "~/permissions.server";
import { fromSqlDate, readQuery, readSnapshot, sqlDate, sqlList } from "~/read-db.server";

/** Rows per section of the post page; the rest are a page link away. */
export const POST_SECTION_PAGE = 20;
/** Open actions shown on the page; the full list is the action list filtered by the post. */
export const POST_ACTIONS_SHOWN = 10;

export type SectionPage = { skip: number; take: number };

type Post = { positionId: string };
type Visible = AccessSqlParams & Post & { now: string };

/** A RACI line (ra) with its responsibility (r), the responsibility's instrument (i) and article (pv). */
export const RACI_LINE_FROM = `FROM ResponsibilityAssignment ra
  JOIN Responsibility r ON r.id = ra.responsibilityId
  LEFT JOIN Instrument i ON i.id = r.instrumentId
  LEFT JOIN Provision pv ON pv.id = r.provisionId`;
const responsibilityWhere = `ra.positionId = @positionId AND ra.archivedAt IS NULL AND r.archivedAt IS NULL`;
const responsibilitiesQuery = readQuery<Post & SectionPage, { id: string; role: string; note: string | null; responsibilityId: string; title: string; code: string | null; reference: string | null }>(`
  SELECT ra.id, ra.role, ra.note, r.id AS responsibilityId, r.title, i.code, pv.reference
  ${RACI_LINE_FROM}
  WHERE ${responsibilityWhere}
  ORDER BY ra.role, ra.id LIMIT @take OFFSET @skip`);
const responsibilityCount = readQuery<Post, { n: number }>(`
  SELECT count(*) AS n FROM ResponsibilityAssignment ra JOIN Responsibility r ON r.id = ra.responsibilityId WHERE ${responsibilityWhere}`);

const seatWhere = `m.positionId = @positionId AND m.startDate <= @now AND (m.endDate IS NULL OR m.endDate > @now)
  AND c.archivedAt IS NULL AND ${visibleCommitteesSql("c")}`;
const committeesQuery = readQuery<Visible & SectionPage, { id: string; role: string; committeeId: string; name: string; shortName: string | null }>(`
  SELECT m.id, m.role, c.id AS committeeId, c.name, c.shortName
  FROM CommitteeMembership m JOIN Committee c ON c.id = m.committeeId
  WHERE ${seatWhere}
  ORDER BY m.startDate, m.id LIMIT @take OFFSET @skip`);
const committeeCount = readQuery<Visible, { n: number }>(`
  SELECT count(*) AS n FROM CommitteeMembership m JOIN Committee c ON c.id = m.committeeId WHERE ${seatWhere}`);

const actionWhere = `x.ownerPositionId = @positionId AND x.status IN (SELECT value FROM json_each(@active)) AND x.archivedAt IS NULL
  AND ${visibleActionsSql("x")}`;
const actionsQuery = readQuery<Visible & { active: string }, { id: string; title: string; status: string; dueDate: string | null; committeeName: string | null; committeeShortName: string | null }>(`
  SELECT x.id, x.title, x.status, x.dueDate, c.name AS committeeName, c.shortName AS committeeShortName
  FROM Action x LEFT JOIN Committee c ON c.id = x.committeeId
  WHERE ${actionWhere}
  ORDER BY x.dueDate ASC NULLS LAST, x.id ASC LIMIT ${POST_ACTIONS_SHOWN}`);
const actionCount = readQuery<Visible & { active: string }, { n: number }>(`SELECT count(*) AS n FROM Action x WHERE ${actionWhere}`);

/** The post's sections as the reader may see them: a page of responsibilities and of committees, the first open actions, and the totals. */
export function readPostSections(ctx: AccessContext, positionId: string, now: Date, pages: { responsibilities: SectionPage; committees: SectionPage }) {
  const visible: Visible = { ...accessSqlParams(ctx), positionId, now: sqlDate(now) };
  const actionParams = { ...visible, active: sqlList(ACTIVE_ACTION_STATUSES) };
  return readSnapshot(() => ({
    responsibilities: responsibilitiesQuery.all({ positionId, ...pages.responsibilities }).map((r) => ({
      id: r.id,
      role: r.role,
      note: r.note,
      responsibility: { id: r.responsibilityId, title: r.title, instrument: r.code === null ? null : { code: r.code }, provision: r.reference === null ? null : { reference: r.reference } },
    })),
    responsibilityTotal: responsibilityCount.get({ positionId })?.n ?? 0,
    committees: committeesQuery.all({ ...visible, ...pages.committees }).map((m) => ({ id: m.id, role: m.role, committee: { id: m.committeeId, name: m.name, shortName: m.shortName } })),
    committeeTotal: committeeCount.get(visible)?.n ?? 0,
    actions: actionsQuery.all(actionParams).map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      dueDate: fromSqlDate(a.dueDate),
      committee: a.committeeName === null ? null : { name: a.committeeName, shortName: a.committeeShortName },
    })),
    actionCount: actionCount.get(actionParams)?.n ?? 0,
  }));
}

/** Holders shown on the page: the post's whole history, newest first (a post has had a few dozen at most). */
export const POST_HOLDERS_SHOWN = 100;

const postQuery = readQuery<Post, { id: string; agencyId: string; title: string; description: string | null; functionalEmail: string | null; archivedAt: string | null; version: number; agencyName: string; agencyAcronym: string | null }>(`
  SELECT po.id, po.agencyId, po.title, po.description, po.functionalEmail, po.archivedAt, po.version, ag.name AS agencyName, ag.acronym AS agencyAcronym
  FROM Position po JOIN Agency ag ON ag.id = po.agencyId WHERE po.id = @positionId`);

type HolderRow = { id: string; startDate: string; plannedEndDate: string | null; endDate: string | null; acting: number; notes: string | null; personId: string; honorific: string | null; givenName: string; familyName: string; email: string | null };
const holdersQuery = readQuery<Post, HolderRow>(`
  SELECT a.id, a.startDate, a.plannedEndDate, a.endDate, a.acting, a.notes, p.id AS personId, p.honorific, p.givenName, p.familyName, p.email
  FROM Assignment a JOIN Person p ON p.id = a.personId
  WHERE a.positionId = @positionId
  ORDER BY a.startDate DESC, a.id ASC LIMIT ${POST_HOLDERS_SHOWN}`);

/** A post's page: the post and its holders, then its sections (a page of each), or null when there is no such post. */
export function readPosition(ctx: AccessContext, positionId: string, now: Date, pages: { responsibilities: SectionPage; committees: SectionPage }) {
  return readSnapshot(() => {
    const post = postQuery.get({ positionId });
    return post ? positionOf(ctx, post, now, pages) : null;
  });
}

function positionOf(ctx: AccessContext, post: NonNullable<ReturnType<typeof postQuery.get>>, now: Date, pages: { responsibilities: SectionPage; committees: SectionPage }) {
  const positionId = post.id;
  return {
    id: post.id,
    agencyId: post.agencyId,
    title: post.title,
    description: post.description,
    functionalEmail: post.functionalEmail,
    archivedAt: fromSqlDate(post.archivedAt),
    version: post.version,
    agency: { id: post.agencyId, name: post.agencyName, acronym: post.agencyAcronym },
    assignments: holdersQuery.all({ positionId }).map((a) => ({
      id: a.id,
      startDate: fromSqlDate(a.startDate),
      plannedEndDate: fromSqlDate(a.plannedEndDate),
      endDate: fromSqlDate(a.endDate),
      acting: a.acting === 1,
      notes: a.notes,
      person: { id: a.personId, honorific: a.honorific, givenName: a.givenName, familyName: a.familyName, email: a.email },
    })),
    ...readPostSections(ctx, positionId, now, pages),
  };
}
