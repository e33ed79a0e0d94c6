// A committee's page on the raw read path (decisions 012 and 064): the committee with its parent,
// chair and secretariat, its sub-committees and standing agenda, its current members, and its
// activity (the next and the last meetings, the latest decisions, the first open actions and their
// count), in one snapshot and in the shapes getVisibleCommittee, listMemberships and the activity
// reads gave (so the components do not change). Clearance comes from the SQL fragments of
// app/permissions.server.ts; tests/integration/committee-read.test.ts checks the rows against the
// Prisma reads they replace.
import type { AccessContext } from "~/domain/access";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { accessSqlParams, visibleActionsSql, visibleCommitteesSql, visibleDecisionsSql, visibleMeetingsSql, type AccessSqlParams } from "~/permissions.server";
import { actionSummaryOf, type ActionSummarySql } from "~/models/action-list.server";
import { fromSqlDate, readQuery, readSnapshot, sqlDate, sqlList } from "~/read-db.server";

/** Members shown on the page (the full history is the members page). */
export const COMMITTEE_MEMBERS_SHOWN = 300;

type Visible = AccessSqlParams & { committeeId: string };

type CommitteeRow = {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  legalBasis: string | null;
  mandate: string | null;
  objectives: string | null;
  chairAgencyId: string | null;
  secretariatAgencyId: string | null;
  cadence: string | null;
  cadenceRule: string | null;
  defaultTimeZone: string;
  defaultVenue: string | null;
  meetingNoun: string | null;
  decisionPrefix: string | null;
  nextReviewDate: string | null;
  confidentiality: string;
  archivedAt: string | null;
  version: number;
  mattersArisingItem: number;
  parentName: string | null;
  parentShortName: string | null;
  chairName: string | null;
  chairAcronym: string | null;
  secretariatName: string | null;
  secretariatAcronym: string | null;
};
const committeeQuery = readQuery<Visible, CommitteeRow>(`
  SELECT c.id, c.name, c.shortName, c.kind, c.parentId, c.legalBasis, c.mandate, c.objectives, c.chairAgencyId, c.secretariatAgencyId,
    c.cadence, c.cadenceRule, c.defaultTimeZone, c.defaultVenue, c.meetingNoun, c.decisionPrefix, c.nextReviewDate, c.confidentiality,
    c.archivedAt, c.version, c.mattersArisingItem,
    p.name AS parentName, p.shortName AS parentShortName,
    ch.name AS chairName, ch.acronym AS chairAcronym, se.name AS secretariatName, se.acronym AS secretariatAcronym
  FROM Committee c
  LEFT JOIN Committee p ON p.id = c.parentId
  LEFT JOIN Agency ch ON ch.id = c.chairAgencyId
  LEFT JOIN Agency se ON se.id = c.secretariatAgencyId
  WHERE c.id = @committeeId AND ${visibleCommitteesSql("c")}`);

const childrenQuery = readQuery<Visible, { id: string; name: string }>(`
  SELECT k.id, k.name FROM Committee k
  WHERE k.parentId = @committeeId AND k.archivedAt IS NULL AND ${visibleCommitteesSql("k")}
  ORDER BY k.name, k.id`);

const standingQuery = readQuery<{ committeeId: string }, { id: string; order: number; label: string | null; title: string; kind: string | null; version: number }>(`
  SELECT s.id, s."order", s.label, s.title, s.kind, s.version FROM StandingAgendaItem s
  WHERE s.committeeId = @committeeId AND s.archivedAt IS NULL
  ORDER BY s."order", s.id`);

type MemberRow = { id: string; role: string; startDate: string; endDate: string | null; agencyId: string; agencyName: string; agencyAcronym: string | null; positionId: string | null; positionTitle: string | null };
const membersQuery = readQuery<{ committeeId: string; now: string }, MemberRow>(`
  SELECT m.id, m.role, m.startDate, m.endDate, ag.id AS agencyId, ag.name AS agencyName, ag.acronym AS agencyAcronym, po.id AS positionId, po.title AS positionTitle
  FROM CommitteeMembership m JOIN Agency ag ON ag.id = m.agencyId LEFT JOIN Position po ON po.id = m.positionId
  WHERE m.committeeId = @committeeId AND (m.endDate IS NULL OR m.endDate > @now)
  ORDER BY m.endDate ASC NULLS FIRST, m.role, m.startDate, m.id
  LIMIT ${COMMITTEE_MEMBERS_SHOWN}`);

/** The next five meetings and the last five, in one statement (`upcoming` says which). */
type MeetingRow = { id: string; title: string; sequence: number | null; startsAt: string; timeZone: string; venue: string | null; status: string; upcoming: number };
const meetingWhere = `mt.committeeId = @committeeId AND mt.archivedAt IS NULL AND ${visibleMeetingsSql("mt")}`;
const meetingsQuery = readQuery<Visible & { now: string }, MeetingRow>(`
  SELECT * FROM (
    SELECT mt.id, mt.title, mt.sequence, mt.startsAt, mt.timeZone, mt.venue, mt.status, 1 AS upcoming FROM Meeting mt
    WHERE ${meetingWhere} AND mt.startsAt >= @now ORDER BY mt.startsAt, mt.id LIMIT 5)
  UNION ALL
  SELECT * FROM (
    SELECT mt.id, mt.title, mt.sequence, mt.startsAt, mt.timeZone, mt.venue, mt.status, 0 AS upcoming FROM Meeting mt
    WHERE ${meetingWhere} AND mt.startsAt < @now ORDER BY mt.startsAt DESC, mt.id LIMIT 5)`);

const decisionsQuery = readQuery<Visible, { id: string; year: number; serial: number; title: string; status: string; decidedOn: string }>(`
  SELECT dc.id, dc.year, dc.serial, dc.title, dc.status, dc.decidedOn FROM Decision dc
  WHERE dc.committeeId = @committeeId AND dc.archivedAt IS NULL AND ${visibleDecisionsSql("dc")}
  ORDER BY dc.decidedOn DESC, dc.serial DESC, dc.id LIMIT 10`);

type ActionRow = ActionSummarySql & { total: number };
/** The first ten open actions with, on every row, how many there are. */
const actionsQuery = readQuery<Visible & { active: string }, ActionRow>(`
  SELECT x.id, x.title, x.status, x.dueDate, po.title AS positionTitle, ag.name AS agencyName, ag.acronym AS agencyAcronym, count(*) OVER () AS total
  FROM Action x JOIN Position po ON po.id = x.ownerPositionId JOIN Agency ag ON ag.id = x.ownerAgencyId
  WHERE x.committeeId = @committeeId AND x.status IN (SELECT value FROM json_each(@active)) AND x.archivedAt IS NULL AND ${visibleActionsSql("x")}
  ORDER BY x.dueDate ASC NULLS LAST, x.id LIMIT 10`);

/** The committee's page if the reader may see the committee, else null (answer 404). */
export function readCommitteePage(ctx: AccessContext, committeeId: string, now: Date) {
  return readSnapshot(() => {
    const visible: Visible = { ...accessSqlParams(ctx), committeeId };
    const row = committeeQuery.get(visible);
    if (!row) return null;
    const at = sqlDate(now);
    const meetings = meetingsQuery.all({ ...visible, now: at }).map(({ upcoming, ...m }) => ({ upcoming, meeting: { ...m, startsAt: fromSqlDate(m.startsAt) } }));
    const actions = actionsQuery.all({ ...visible, active: sqlList(ACTIVE_ACTION_STATUSES) });
    return {
      committee: committeeOf(row, childrenQuery.all(visible), standingQuery.all({ committeeId })),
      members: membersQuery.all({ committeeId, now: at }).map((m) => ({
        id: m.id,
        role: m.role,
        startDate: fromSqlDate(m.startDate),
        endDate: fromSqlDate(m.endDate),
        agency: { id: m.agencyId, name: m.agencyName, acronym: m.agencyAcronym },
        position: m.positionId === null ? null : { id: m.positionId, title: m.positionTitle ?? "" },
      })),
      activity: {
        upcoming: meetings.filter((m) => m.upcoming === 1).map((m) => m.meeting),
        past: meetings.filter((m) => m.upcoming === 0).map((m) => m.meeting),
        decisions: decisionsQuery.all(visible).map((d) => ({ ...d, decidedOn: fromSqlDate(d.decidedOn) })),
        actions: actions.map(actionSummaryOf),
        openActionCount: actions[0]?.total ?? 0,
      },
    };
  });
}

function committeeOf(row: CommitteeRow, children: { id: string; name: string }[], standingItems: ReturnType<typeof standingQuery.all>) {
  const agency = (id: string | null, name: string | null, acronym: string | null) => (id === null || name === null ? null : { id, name, acronym });
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    parentId: row.parentId,
    legalBasis: row.legalBasis,
    mandate: row.mandate,
    objectives: row.objectives,
    chairAgencyId: row.chairAgencyId,
    secretariatAgencyId: row.secretariatAgencyId,
    cadence: row.cadence,
    cadenceRule: row.cadenceRule,
    defaultTimeZone: row.defaultTimeZone,
    defaultVenue: row.defaultVenue,
    meetingNoun: row.meetingNoun,
    decisionPrefix: row.decisionPrefix,
    nextReviewDate: fromSqlDate(row.nextReviewDate),
    confidentiality: row.confidentiality,
    archivedAt: fromSqlDate(row.archivedAt),
    version: row.version,
    mattersArisingItem: row.mattersArisingItem === 1,
    parent: row.parentId === null || row.parentName === null ? null : { id: row.parentId, name: row.parentName, shortName: row.parentShortName },
    children,
    chairAgency: agency(row.chairAgencyId, row.chairName, row.chairAcronym),
    secretariatAgency: agency(row.secretariatAgencyId, row.secretariatName, row.secretariatAcronym),
    standingItems,
  };
}
