// The live handover dossier on the raw read path (decision 012): the same rows as gatherDossier in
// dossier.server.ts, which stays the reader inside the submission's transaction (what is frozen),
// read here with prepared statements in one snapshot, for the pages (the handover and its print
// view). tests/integration/dossier-read.test.ts checks that both give the same dossier.
import type { AccessContext } from "~/domain/access";
import { decisionSymbol } from "~/domain/decision-numbering";
import { assembleDossier, DECISIONS_PER_COMMITTEE, DECISIONS_WINDOW_DAYS, type Dossier, type DossierSource } from "~/domain/dossier";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import {
  accessSqlParams,
  visibleActionsSql,
  visibleCommitteesSql,
  visibleDecisionsSql,
  visibleMeetingsSql,
  visibleObligationsSql,
  type AccessSqlParams,
} from "~/permissions.server";
import { fromSqlDate, readQuery, readSnapshot, sqlDate, sqlList } from "~/read-db.server";

const DAY = 86_400_000;
const ACTIONS_SHOWN = 50;
const ROWS = 100;
const ACTIVE = `(${ACTIVE_ACTION_STATUSES.map((s) => `'${s}'`).join(", ")})`;
const currentSeat = (alias: string) => `${alias}.startDate <= @now AND (${alias}.endDate IS NULL OR ${alias}.endDate > @now)`;

type PostParams = { positionId: string };
type Visible = AccessSqlParams & PostParams & { now: string };

const postQuery = readQuery<PostParams, { id: string; title: string; agencyId: string; functionalEmail: string | null; agencyName: string }>(`
  SELECT po.id, po.title, po.agencyId, po.functionalEmail, ag.name AS agencyName
  FROM Position po JOIN Agency ag ON ag.id = po.agencyId WHERE po.id = @positionId`);

const raciQuery = readQuery<PostParams, { responsibilityId: string; title: string; code: string | null; reference: string | null; role: string }>(`
  SELECT r.id AS responsibilityId, r.title, i.code, pv.reference, ra.role
  FROM ResponsibilityAssignment ra
  JOIN Responsibility r ON r.id = ra.responsibilityId
  LEFT JOIN Instrument i ON i.id = r.instrumentId
  LEFT JOIN Provision pv ON pv.id = r.provisionId
  WHERE ra.positionId = @positionId AND ra.archivedAt IS NULL AND r.archivedAt IS NULL
  LIMIT ${ROWS}`);

const membershipsQuery = readQuery<Visible, { role: string; id: string; name: string; shortName: string | null; decisionPrefix: string | null }>(`
  SELECT m.role, c.id, c.name, c.shortName, c.decisionPrefix
  FROM CommitteeMembership m JOIN Committee c ON c.id = m.committeeId
  WHERE m.positionId = @positionId AND ${currentSeat("m")} AND c.archivedAt IS NULL AND ${visibleCommitteesSql("c")}
  LIMIT ${ROWS}`);

const actionWhere = `ac.ownerPositionId = @positionId AND ac.status IN ${ACTIVE} AND ac.archivedAt IS NULL AND ${visibleActionsSql("ac")}`;
const actionsQuery = readQuery<Visible, { id: string; title: string; status: string; dueDate: string | null; committeeName: string | null; committeeShort: string | null }>(`
  SELECT ac.id, ac.title, ac.status, ac.dueDate, c.name AS committeeName, c.shortName AS committeeShort
  FROM Action ac LEFT JOIN Committee c ON c.id = ac.committeeId
  WHERE ${actionWhere}
  ORDER BY ac.dueDate IS NULL, ac.dueDate, ac.id
  LIMIT ${ACTIONS_SHOWN}`);
const actionCountQuery = readQuery<Visible, { n: number }>(`SELECT count(*) AS n FROM Action ac WHERE ${actionWhere}`);

const deadlinesQuery = readQuery<Visible, { id: string; cycle: string; dueDate: string; status: string; obligationTitle: string }>(`
  SELECT d.id, d.cycle, d.dueDate, d.status, o.title AS obligationTitle
  FROM ReportingObligation o JOIN ReportingDeadline d ON d.obligationId = o.id
  WHERE o.leadPositionId = @positionId AND o.archivedAt IS NULL AND d.archivedAt IS NULL AND d.status NOT IN ('submitted', 'waived')
    AND ${visibleObligationsSql("o")}
  ORDER BY d.dueDate, d.id
  LIMIT 20`);

type MilestoneRow = {
  id: string;
  kind: string;
  title: string | null;
  dueDate: string;
  status: string;
  deadlineId: string;
  cycle: string;
  deadlineDue: string;
  deadlineStatus: string;
  obligationTitle: string;
};
const milestonesQuery = readQuery<Visible, MilestoneRow>(`
  SELECT m.id, m.kind, m.title, m.dueDate, m.status, d.id AS deadlineId, d.cycle, d.dueDate AS deadlineDue, d.status AS deadlineStatus, o.title AS obligationTitle
  FROM Milestone m JOIN ReportingDeadline d ON d.id = m.deadlineId JOIN ReportingObligation o ON o.id = d.obligationId
  WHERE m.ownerPositionId = @positionId AND m.status = 'pending' AND m.archivedAt IS NULL AND d.archivedAt IS NULL AND ${visibleObligationsSql("o")}
  ORDER BY m.dueDate, m.id
  LIMIT ${ROWS}`);

const otherRaciQuery = readQuery<PostParams & { ids: string }, { responsibilityId: string; role: string; agencyId: string; agencyName: string; positionId: string | null; positionTitle: string | null }>(`
  SELECT ra.responsibilityId, ra.role, ra.agencyId, ag.name AS agencyName, ra.positionId, po.title AS positionTitle
  FROM ResponsibilityAssignment ra JOIN Agency ag ON ag.id = ra.agencyId LEFT JOIN Position po ON po.id = ra.positionId
  WHERE ra.responsibilityId IN (SELECT value FROM json_each(@ids)) AND ra.archivedAt IS NULL
    AND (ra.positionId IS NULL OR ra.positionId <> @positionId)
  LIMIT 500`);

const otherSeatsQuery = readQuery<PostParams & { ids: string; now: string }, { committeeId: string; positionId: string }>(`
  SELECT m.committeeId, m.positionId FROM CommitteeMembership m
  WHERE m.committeeId IN (SELECT value FROM json_each(@ids)) AND m.positionId IS NOT NULL AND m.positionId <> @positionId AND ${currentSeat("m")}
  LIMIT 500`);

const deadlineMilestonesQuery = readQuery<{ ids: string }, { id: string; deadlineId: string; kind: string; title: string | null; dueDate: string; status: string; ownerTitle: string | null }>(`
  SELECT m.id, m.deadlineId, m.kind, m.title, m.dueDate, m.status, po.title AS ownerTitle
  FROM Milestone m LEFT JOIN Position po ON po.id = m.ownerPositionId
  WHERE m.deadlineId IN (SELECT value FROM json_each(@ids)) AND m.archivedAt IS NULL
  ORDER BY m.dueDate, m.id
  LIMIT ${ROWS}`);

/** Each committee's next meeting the reader may see: one indexed probe per committee, in one statement. */
const nextMeetingsQuery = readQuery<AccessSqlParams & { ids: string; now: string }, { id: string; committeeId: string; title: string; startsAt: string; timeZone: string; venue: string | null; status: string }>(`
  SELECT mt.id, mt.committeeId, mt.title, mt.startsAt, mt.timeZone, mt.venue, mt.status
  FROM json_each(@ids) j
  JOIN Meeting mt ON mt.id = (
    SELECT m2.id FROM Meeting m2
    WHERE m2.committeeId = j.value AND m2.startsAt >= @now AND m2.archivedAt IS NULL AND m2.status IN ('planned', 'confirmed')
      AND ${visibleMeetingsSql("m2")}
    ORDER BY m2.startsAt LIMIT 1)`);

/** The last decisions of each committee in the window, newest first, a few per committee. */
const decisionsQuery = readQuery<AccessSqlParams & { ids: string; now: string; since: string }, { id: string; committeeId: string; title: string; decidedOn: string; year: number; serial: number }>(`
  SELECT id, committeeId, title, decidedOn, year, serial FROM (
    SELECT dc.id, dc.committeeId, dc.title, dc.decidedOn, dc.year, dc.serial,
      row_number() OVER (PARTITION BY dc.committeeId ORDER BY dc.decidedOn DESC, dc.id DESC) AS rank
    FROM Decision dc
    WHERE dc.committeeId IN (SELECT value FROM json_each(@ids)) AND dc.decidedOn >= @since AND dc.decidedOn <= @now
      AND dc.archivedAt IS NULL AND ${visibleDecisionsSql("dc")})
  WHERE rank <= ${DECISIONS_PER_COMMITTEE}`);

const counterpartPostsQuery = readQuery<{ ids: string }, { id: string; title: string; functionalEmail: string | null; agencyName: string; acronym: string | null }>(`
  SELECT po.id, po.title, po.functionalEmail, ag.name AS agencyName, ag.acronym
  FROM Position po JOIN Agency ag ON ag.id = po.agencyId
  WHERE po.id IN (SELECT value FROM json_each(@ids)) AND po.archivedAt IS NULL
  LIMIT 500`);

const holdersQuery = readQuery<
  { ids: string; now: string },
  { positionId: string; acting: number; personId: string; honorific: string | null; givenName: string; familyName: string; email: string | null; phone: string | null }
>(`
  SELECT a.positionId, a.acting, p.id AS personId, p.honorific, p.givenName, p.familyName, p.email, p.phone
  FROM Assignment a JOIN Person p ON p.id = a.personId
  WHERE a.positionId IN (SELECT value FROM json_each(@ids)) AND ${currentSeat("a")}`);

/** The post's live dossier as the reader may see it, or null when the post does not exist. */
export function readDossier(ctx: AccessContext, positionId: string, now: Date): Dossier | null {
  return readSnapshot(() => dossierFrom(ctx, positionId, now));
}

function dossierFrom(ctx: AccessContext, positionId: string, now: Date): Dossier | null {
  const post = postQuery.get({ positionId });
  if (!post) return null;
  const at = sqlDate(now);
  const access = accessSqlParams(ctx);
  const visible: Visible = { ...access, positionId, now: at };

  const raci = raciQuery.all({ positionId });
  const memberships = membershipsQuery.all(visible);
  const actions = actionsQuery.all(visible);
  const actionTotal = actionCountQuery.get(visible)?.n ?? 0;
  const deadlines = deadlinesQuery.all(visible);
  const milestones = milestonesQuery.all(visible);

  const responsibilityIds = sqlList(raci.map((r) => r.responsibilityId));
  const committeeIds = sqlList(memberships.map((m) => m.id));
  const since = sqlDate(new Date(now.getTime() - DECISIONS_WINDOW_DAYS * DAY));
  const otherRaci = raci.length ? otherRaciQuery.all({ positionId, ids: responsibilityIds }) : [];
  const otherSeats = memberships.length ? otherSeatsQuery.all({ positionId, ids: committeeIds, now: at }) : [];
  const deadlineMilestones = deadlines.length ? deadlineMilestonesQuery.all({ ids: sqlList(deadlines.map((d) => d.id)) }) : [];
  const meetings = memberships.length ? nextMeetingsQuery.all({ ...access, ids: committeeIds, now: at }) : [];
  const prefixes = new Map(memberships.map((m) => [m.id, m.decisionPrefix]));
  const decisions = memberships.length ? decisionsQuery.all({ ...access, ids: committeeIds, now: at, since }) : [];

  const source: DossierSource = {
    asOf: now,
    post: { id: post.id, title: post.title, agencyId: post.agencyId, agencyName: post.agencyName, functionalEmail: post.functionalEmail },
    raci: raci.map((r) => ({ responsibilityId: r.responsibilityId, title: r.title, reference: [r.code, r.reference].filter(Boolean).join(" ") || null, role: r.role })),
    otherRaci,
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      dueDate: fromSqlDate(a.dueDate),
      committeeName: a.committeeName === null ? null : (a.committeeShort ?? a.committeeName),
    })),
    actionTotal,
    deadlines: deadlines.map((d) => ({ id: d.id, obligationTitle: d.obligationTitle, cycle: d.cycle, dueDate: fromSqlDate(d.dueDate), status: d.status })),
    milestones: milestones.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      dueDate: fromSqlDate(m.dueDate),
      status: m.status,
      deadline: { id: m.deadlineId, obligationTitle: m.obligationTitle, cycle: m.cycle, dueDate: fromSqlDate(m.deadlineDue), status: m.deadlineStatus },
    })),
    deadlineMilestones: deadlineMilestones.map((m) => ({ ...m, dueDate: fromSqlDate(m.dueDate) })),
    committees: memberships.map((m) => ({ id: m.id, name: m.name, shortName: m.shortName, role: m.role })),
    meetings: meetings.map((m) => ({ ...m, startsAt: fromSqlDate(m.startsAt) })),
    decisions: decisions.map(({ year, serial, decidedOn, ...d }) => ({
      ...d,
      decidedOn: fromSqlDate(decidedOn),
      symbol: decisionSymbol(prefixes.get(d.committeeId) ?? null, { year, serial }),
    })),
    counterparts: counterpartsOf(otherRaci, otherSeats, at),
  };
  return assembleDossier(source);
}

// The counterparts of a post on its page, paged (decision 064): the posts sharing one of its
// responsibilities or one of the committees it sits on (as the reader may see them), each once.
const SHARED = `
  mine AS (
    SELECT ra.responsibilityId, r.title FROM ResponsibilityAssignment ra JOIN Responsibility r ON r.id = ra.responsibilityId
    WHERE ra.positionId = @positionId AND ra.archivedAt IS NULL AND r.archivedAt IS NULL),
  seats AS (
    SELECT c.id, coalesce(c.shortName, c.name) AS name FROM CommitteeMembership m JOIN Committee c ON c.id = m.committeeId
    WHERE m.positionId = @positionId AND ${currentSeat("m")} AND c.archivedAt IS NULL AND ${visibleCommitteesSql("c")}),
  shared AS (
    SELECT o.positionId, 'responsibility' AS via, mine.title AS name
    FROM mine JOIN ResponsibilityAssignment o ON o.responsibilityId = mine.responsibilityId
    WHERE o.archivedAt IS NULL AND o.positionId <> @positionId
    UNION ALL
    SELECT o.positionId, 'committee', seats.name
    FROM seats JOIN CommitteeMembership o ON o.committeeId = seats.id
    WHERE o.positionId <> @positionId AND ${currentSeat("o")})`;
const counterpartKeysQuery = readQuery<Visible, { id: string; title: string; agencyName: string }>(`
  WITH ${SHARED}
  SELECT po.id, po.title, coalesce(ag.acronym, ag.name) AS agencyName
  FROM Position po JOIN Agency ag ON ag.id = po.agencyId
  WHERE po.id IN (SELECT positionId FROM shared) AND po.archivedAt IS NULL
  ORDER BY agencyName, po.title, po.id`);
const sharedOfQuery = readQuery<Visible & { ids: string }, { positionId: string; via: "responsibility" | "committee"; name: string }>(`
  WITH ${SHARED}
  SELECT positionId, via, name FROM shared WHERE positionId IN (SELECT value FROM json_each(@ids))`);
const counterpartDetailsQuery = readQuery<{ ids: string }, { id: string; functionalEmail: string | null }>(`
  SELECT po.id, po.functionalEmail FROM Position po WHERE po.id IN (SELECT value FROM json_each(@ids))`);

/** The dossier's order of names (assembleDossier's `byText`: String#localeCompare). */
const byText = new Intl.Collator().compare;

/**
 * One page of the counterparts of a post, with their total, in the dossier's order and shape (the
 * rows `readDossier` gives as `counterparts`). SQL finds the posts and their sort keys; the names are
 * put in order by the collator the dossier uses (SQLite's BINARY order is not it: case and accents),
 * then only the page's posts are read in full.
 */
export function readCounterpartPage(ctx: AccessContext, positionId: string, now: Date, page: { skip: number; take: number }): { rows: Dossier["counterparts"]; total: number } {
  return readSnapshot(() => {
    const at = sqlDate(now);
    const visible: Visible = { ...accessSqlParams(ctx), positionId, now: at };
    const keys = counterpartKeysQuery.all(visible).sort((a, b) => byText(a.agencyName, b.agencyName) || byText(a.title, b.title));
    const shown = keys.slice(page.skip, page.skip + page.take);
    if (!shown.length) return { rows: [], total: keys.length };
    const ids = sqlList(shown.map((k) => k.id));
    const shared = sharedOfQuery.all({ ...visible, ids });
    const emails = new Map(counterpartDetailsQuery.all({ ids }).map((p) => [p.id, p.functionalEmail]));
    const holders = holdersOf(ids, at);
    const names = (id: string, via: "responsibility" | "committee") => [...new Set(shared.filter((s) => s.positionId === id && s.via === via).map((s) => s.name))].sort(byText);
    const rows = shown.map((k) => ({
      positionId: k.id,
      title: k.title,
      agencyName: k.agencyName,
      functionalEmail: emails.get(k.id) ?? null,
      holders: [...(holders.get(k.id) ?? [])].sort((a, b) => Number(a.acting) - Number(b.acting) || byText(a.name, b.name)),
      sharedResponsibilities: names(k.id, "responsibility"),
      sharedCommittees: names(k.id, "committee"),
    }));
    return { rows, total: keys.length };
  });
}

/** Every counterpart of a post, in the dossier's order (the post page reads them a page at a time). */
export function readCounterparts(ctx: AccessContext, positionId: string, now: Date): Dossier["counterparts"] {
  return readCounterpartPage(ctx, positionId, now, { skip: 0, take: Number.MAX_SAFE_INTEGER }).rows;
}

/** The current holders of the posts, by post. */
type Holders = DossierSource["counterparts"][number]["holders"];
function holdersOf(ids: string, at: string): Map<string, Holders> {
  const holders = new Map<string, Holders>();
  for (const h of holdersQuery.all({ ids, now: at })) {
    const list = holders.get(h.positionId) ?? [];
    list.push({
      personId: h.personId,
      name: [h.honorific, h.givenName, h.familyName].filter(Boolean).join(" "),
      email: h.email,
      phone: h.phone,
      acting: h.acting === 1,
    });
    holders.set(h.positionId, list);
  }
  return holders;
}

function counterpartsOf(
  otherRaci: readonly { responsibilityId: string; positionId: string | null }[],
  otherSeats: readonly { committeeId: string; positionId: string }[],
  at: string,
): DossierSource["counterparts"] {
  const ids = sqlList([...new Set([...otherRaci, ...otherSeats].flatMap((o) => (o.positionId ? [o.positionId] : [])))]);
  if (ids === "[]") return [];
  const holders = holdersOf(ids, at);
  return counterpartPostsQuery.all({ ids }).map((p) => ({
    positionId: p.id,
    title: p.title,
    agencyName: p.acronym ?? p.agencyName,
    functionalEmail: p.functionalEmail,
    holders: holders.get(p.id) ?? [],
    responsibilityIds: otherRaci.filter((o) => o.positionId === p.id).map((o) => o.responsibilityId),
    committeeIds: otherSeats.filter((s) => s.positionId === p.id).map((s) => s.committeeId),
  }));
}
