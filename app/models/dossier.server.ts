// Gathers the live records of one post for its handover dossier (assembled by app/domain/dossier.ts).
// Every list is read through the visibility filters of the AccessContext given: the reader's for the
// live dossier, the post's own (postAccessContext) for the snapshot frozen at submission, so a frozen
// dossier holds only what the post's next holder will be cleared for.
import type { Prisma } from "@prisma/client";
import { prisma, type Db } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { decisionSymbol } from "~/domain/decision-numbering";
import { assembleDossier, DECISIONS_PER_COMMITTEE, DECISIONS_WINDOW_DAYS, type Dossier, type DossierSource } from "~/domain/dossier";
import { ACTIVE_ACTION_STATUSES } from "~/domain/overdue";
import { actionListOrder } from "./action-list.server";
import { currentAssignmentWhere, currentMembershipWhere, visibleActions, visibleCommittees, visibleDecisions, visibleDeadlines, visibleMeetings } from "~/permissions.server";
import { agencyLabel } from "~/domain/labels";


const DAY = 86_400_000;
/** Rows shown per section; each section says how many more there are where it matters. */
const ACTIONS_SHOWN = 50;
const ROWS = 100;

/**
 * The clearance the post itself carries: what any holder of it sees through its agency (its committee
 * seats and secretariats), without the personal grants of whoever holds it today.
 */
export async function postAccessContext(db: Db, post: { id: string; agencyId: string }, now: Date): Promise<AccessContext> {
  const [memberships, secretariats] = await Promise.all([
    db.committeeMembership.findMany({ where: { agencyId: post.agencyId, ...currentMembershipWhere(now) }, select: { committeeId: true } }),
    db.committee.findMany({ where: { secretariatAgencyId: post.agencyId }, select: { id: true } }),
  ]);
  return {
    userId: "",
    personId: null,
    roles: [],
    permissions: [],
    agencyIds: [post.agencyId],
    positionIds: [post.id],
    committeeIds: [...new Set([...memberships.map((m) => m.committeeId), ...secretariats.map((c) => c.id)])],
    grants: {},
  };
}

export async function gatherDossier(db: Db, ctx: AccessContext, positionId: string, now: Date): Promise<Dossier | null> {
  const post = await db.position.findUnique({
    where: { id: positionId },
    select: { id: true, title: true, agencyId: true, functionalEmail: true, agency: { select: { name: true } } },
  });
  if (!post) return null;

  const [raci, memberships, actions, actionTotal, deadlines, milestones] = await Promise.all([
    db.responsibilityAssignment.findMany({
      where: { positionId, archivedAt: null, responsibility: { archivedAt: null } },
      take: ROWS,
      select: {
        role: true,
        responsibility: { select: { id: true, title: true, instrument: { select: { code: true } }, provision: { select: { reference: true } } } },
      },
    }),
    db.committeeMembership.findMany({
      where: { positionId, ...currentMembershipWhere(now), committee: { AND: [{ archivedAt: null }, visibleCommittees(ctx)] } },
      take: ROWS,
      select: { role: true, committee: { select: { id: true, name: true, shortName: true, decisionPrefix: true } } },
    }),
    db.action.findMany({
      where: { AND: [{ ownerPositionId: positionId, status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null }, visibleActions(ctx)] },
      orderBy: actionListOrder,
      take: ACTIONS_SHOWN,
      select: { id: true, title: true, status: true, dueDate: true, committee: { select: { name: true, shortName: true } } },
    }),
    db.action.count({ where: { AND: [{ ownerPositionId: positionId, status: { in: [...ACTIVE_ACTION_STATUSES] }, archivedAt: null }, visibleActions(ctx)] } }),
    db.reportingDeadline.findMany({
      where: { AND: [{ obligation: { leadPositionId: positionId, archivedAt: null }, archivedAt: null, status: { notIn: ["submitted", "waived"] } }, visibleDeadlines(ctx)] },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: 20,
      select: { id: true, cycle: true, dueDate: true, status: true, obligation: { select: { title: true } } },
    }),
    db.milestone.findMany({
      where: { ownerPositionId: positionId, status: "pending", archivedAt: null, deadline: { AND: [{ archivedAt: null }, visibleDeadlines(ctx)] } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: ROWS,
      select: {
        id: true,
        kind: true,
        title: true,
        dueDate: true,
        status: true,
        deadline: { select: { id: true, cycle: true, dueDate: true, status: true, obligation: { select: { title: true } } } },
      },
    }),
  ]);

  const responsibilityIds = raci.map((r) => r.responsibility.id);
  const committeeIds = memberships.map((m) => m.committee.id);
  const since = new Date(now.getTime() - DECISIONS_WINDOW_DAYS * DAY);

  const [otherRaci, otherSeats, deadlineMilestones, meetings, decisions] = await Promise.all([
    responsibilityIds.length
      ? db.responsibilityAssignment.findMany({
          // Agency-level lines (no post) count too: NULL never matches a "not this post" comparison.
          where: { responsibilityId: { in: responsibilityIds }, archivedAt: null, OR: [{ positionId: null }, { positionId: { not: positionId } }] },
          take: 500,
          select: { responsibilityId: true, role: true, agencyId: true, agency: { select: { name: true } }, positionId: true, position: { select: { title: true } } },
        })
      : [],
    committeeIds.length
      ? db.committeeMembership.findMany({
          where: { committeeId: { in: committeeIds }, positionId: { not: null }, NOT: { positionId }, ...currentMembershipWhere(now) },
          take: 500,
          select: { committeeId: true, positionId: true },
        })
      : [],
    deadlines.length
      ? db.milestone.findMany({
          where: { deadlineId: { in: deadlines.map((d) => d.id) }, archivedAt: null },
          orderBy: [{ dueDate: "asc" }, { id: "asc" }],
          take: ROWS,
          select: { id: true, deadlineId: true, kind: true, title: true, dueDate: true, status: true, ownerPosition: { select: { title: true } } },
        })
      : [],
    // Each committee's next meeting: the earliest few ahead, one query per committee (few, index-backed).
    Promise.all(
      committeeIds.map((committeeId) =>
        db.meeting.findMany({
          where: { AND: [{ committeeId, startsAt: { gte: now }, archivedAt: null, status: { in: ["planned", "confirmed"] } }, visibleMeetings(ctx)] },
          orderBy: { startsAt: "asc" },
          take: 1,
          select: { id: true, committeeId: true, title: true, startsAt: true, timeZone: true, venue: true, status: true },
        }),
      ),
    ).then((rows) => rows.flat()),
    Promise.all(
      memberships.map(({ committee }) =>
        db.decision
          .findMany({
            where: { AND: [{ committeeId: committee.id, decidedOn: { gte: since, lte: now }, archivedAt: null }, visibleDecisions(ctx)] },
            orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
            take: DECISIONS_PER_COMMITTEE,
            select: { id: true, committeeId: true, title: true, decidedOn: true, year: true, serial: true },
          })
          .then((rows) => rows.map(({ year, serial, ...d }) => ({ ...d, symbol: decisionSymbol(committee.decisionPrefix, { year, serial }) }))),
      ),
    ).then((rows) => rows.flat()),
  ]);

  const counterparts = await counterpartsOf(db, otherRaci, otherSeats, now);

  const source: DossierSource = {
    asOf: now,
    post: { id: post.id, title: post.title, agencyId: post.agencyId, agencyName: post.agency.name, functionalEmail: post.functionalEmail },
    raci: raci.map((r) => ({
      responsibilityId: r.responsibility.id,
      title: r.responsibility.title,
      reference: [r.responsibility.instrument?.code, r.responsibility.provision?.reference].filter(Boolean).join(" ") || null,
      role: r.role,
    })),
    otherRaci: otherRaci.map((o) => ({
      responsibilityId: o.responsibilityId,
      agencyId: o.agencyId,
      agencyName: o.agency.name,
      positionId: o.positionId,
      positionTitle: o.position?.title ?? null,
      role: o.role,
    })),
    actions: actions.map((a) => ({ id: a.id, title: a.title, status: a.status, dueDate: a.dueDate, committeeName: a.committee ? (a.committee.shortName ?? a.committee.name) : null })),
    actionTotal,
    deadlines: deadlines.map((d) => ({ id: d.id, obligationTitle: d.obligation.title, cycle: d.cycle, dueDate: d.dueDate, status: d.status })),
    milestones: milestones.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      dueDate: m.dueDate,
      status: m.status,
      deadline: { id: m.deadline.id, obligationTitle: m.deadline.obligation.title, cycle: m.deadline.cycle, dueDate: m.deadline.dueDate, status: m.deadline.status },
    })),
    deadlineMilestones: deadlineMilestones.map((m) => ({ id: m.id, deadlineId: m.deadlineId, kind: m.kind, title: m.title, dueDate: m.dueDate, status: m.status, ownerTitle: m.ownerPosition?.title ?? null })),
    committees: memberships.map((m) => ({ id: m.committee.id, name: m.committee.name, shortName: m.committee.shortName, role: m.role })),
    meetings,
    decisions,
    counterparts,
  };
  return assembleDossier(source);
}

/** The posts behind the other RACI lines and committee seats, with their current holders' contacts. */
async function counterpartsOf(
  db: Db,
  otherRaci: { responsibilityId: string; positionId: string | null }[],
  otherSeats: { committeeId: string; positionId: string | null }[],
  now: Date,
): Promise<DossierSource["counterparts"]> {
  const ids = [...new Set([...otherRaci, ...otherSeats].flatMap((o) => (o.positionId ? [o.positionId] : [])))];
  if (ids.length === 0) return [];
  const posts = await db.position.findMany({
    where: { id: { in: ids }, archivedAt: null },
    take: 500,
    select: {
      id: true,
      title: true,
      functionalEmail: true,
      agency: { select: { name: true, acronym: true } },
      assignments: {
        where: currentAssignmentWhere(now),
        select: { acting: true, person: { select: { id: true, honorific: true, givenName: true, familyName: true, email: true, phone: true } } },
      },
    },
  });
  return posts.map((p) => ({
    positionId: p.id,
    title: p.title,
    agencyName: agencyLabel(p.agency),
    functionalEmail: p.functionalEmail,
    holders: p.assignments.map((a) => ({
      personId: a.person.id,
      name: [a.person.honorific, a.person.givenName, a.person.familyName].filter(Boolean).join(" "),
      email: a.person.email,
      phone: a.person.phone,
      acting: a.acting,
    })),
    responsibilityIds: otherRaci.filter((o) => o.positionId === p.id).map((o) => o.responsibilityId),
    committeeIds: otherSeats.filter((s) => s.positionId === p.id).map((s) => s.committeeId),
  }));
}
