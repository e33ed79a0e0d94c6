import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { initialAgenda } from "~/domain/agenda";
import { nextSequence, numberedTitle } from "~/domain/sequence";
import { utcToWall, wallToUtc } from "~/domain/wall-clock";
import { visibleCommittees } from "~/permissions.server";
import { recordAudit } from "./audit.server";
import { committeeMembers, invitationsAt, type Invitation } from "./invitations.server";
import { inviteLateParticipant, notifyMeetingChanged } from "./meeting-notifications.server";

/** The fields an audit event compares, and what a calendar sees change (SEQUENCE). */
export const meetingFields = {
  id: true,
  committeeId: true,
  seriesId: true,
  sequence: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  room: true,
  onlineUrl: true,
  status: true,
  postponedToId: true,
  chairLabel: true,
  agendaAdoptedAt: true,
  journalNotes: true,
  nextMeetingNote: true,
  icalSequence: true,
  confidentiality: true,
  invitationsSentAt: true,
} satisfies Prisma.MeetingSelect;

export type Tx = Prisma.TransactionClient;

export type MeetingPlan = {
  committeeId: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  room: string | null;
  onlineUrl: string | null;
  chairLabel: string | null;
  confidentiality: string;
  seriesId?: string | null;
  recurrenceStart?: Date | null;
};

/** Creates one meeting with its number, its standing agenda and its invitations, audited. */
export async function insertMeeting(
  tx: Tx,
  actorId: string,
  plan: MeetingPlan,
  { sequence, invitations, committee }: { sequence: number; invitations: readonly Invitation[]; committee: CommitteeForScheduling },
) {
  const created = await tx.meeting.create({
    data: {
      ...plan,
      title: plan.title ?? numberedTitle(sequence, committee.meetingNoun, committee.shortName ?? committee.name),
      sequence,
      agendaItems: {
        create: initialAgenda(committee.standingItems).map((item) => ({ ...item, confidentiality: plan.confidentiality })),
      },
      participations: { create: invitations.map((i) => ({ ...i, attendance: "invited" })) },
    },
    select: meetingFields,
  });
  await recordAudit(tx, { actorId, entity: "meeting", entityId: created.id, action: "create", after: created });
  return created;
}

export type CommitteeForScheduling = NonNullable<Awaited<ReturnType<typeof committeeForScheduling>>>;

/** The committee's defaults and standing agenda, if the reader may see it. */
export function committeeForScheduling(ctx: AccessContext, committeeId: string) {
  return prisma.committee.findFirst({
    where: { AND: [{ id: committeeId, archivedAt: null }, visibleCommittees(ctx)] },
    select: {
      id: true,
      name: true,
      shortName: true,
      meetingNoun: true,
      defaultTimeZone: true,
      defaultVenue: true,
      cadenceRule: true,
      confidentiality: true,
      standingItems: { where: { archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, label: true, title: true } },
    },
  });
}

export async function usedSequences(tx: Tx, committeeId: string) {
  const max = await tx.meeting.aggregate({ where: { committeeId }, _max: { sequence: true } });
  return [max._max.sequence ?? null];
}

/** The invitations a meeting of this committee would send, for conflict checks before saving. */
export async function plannedInvitations(committeeId: string, startsAt: Date, now = new Date()) {
  const members = await committeeMembers(prisma, committeeId, startsAt > now ? now : startsAt);
  return invitationsAt(members, startsAt);
}

export function createMeeting(actorId: string, plan: MeetingPlan, committee: CommitteeForScheduling, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const members = await committeeMembers(tx, plan.committeeId, plan.startsAt > now ? now : plan.startsAt);
    const sequence = nextSequence(await usedSequences(tx, plan.committeeId));
    return insertMeeting(tx, actorId, plan, { sequence, invitations: invitationsAt(members, plan.startsAt), committee });
  });
}

export type MeetingChanges = {
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  room: string | null;
  onlineUrl: string | null;
  chairLabel: string | null;
  confidentiality: string;
};

/** Edits one meeting (one occurrence of a series stays in it, as its exception); SEQUENCE goes up. */
export function updateMeeting(actorId: string, id: string, changes: MeetingChanges) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingFields });
    const after = await tx.meeting.update({
      where: { id },
      data: { ...changes, title: changes.title ?? before.title, icalSequence: { increment: 1 } },
      select: meetingFields,
    });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: id, action: "update", before, after });
    // Once invitations went out, participants receive the new version (same UID, next SEQUENCE).
    await notifyMeetingChanged(tx, actorId, id);
    return after;
  });
}

/**
 * Sets the status. Postponing creates the replacement meeting at the new time, with the agenda and
 * the invitations, and the meeting number moves to it; the original stays on record as postponed.
 */
export function changeMeetingStatus(
  actorId: string,
  id: string,
  status: string,
  postponeTo?: { startsAt: Date; endsAt: Date },
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { ...meetingFields, recurrenceStart: true } });
    if (status !== "postponed" || !postponeTo) {
      const after = await tx.meeting.update({
        where: { id },
        data: { status, icalSequence: { increment: 1 } },
        select: meetingFields,
      });
      await recordAudit(tx, { actorId, entity: "meeting", entityId: id, action: "status", before, after });
      await notifyMeetingChanged(tx, actorId, id);
      return { meeting: after, replacement: null };
    }
    await tx.meeting.update({ where: { id }, data: { sequence: null }, select: { id: true } });
    const replacement = await tx.meeting.create({
      data: {
        committeeId: before.committeeId,
        sequence: before.sequence,
        title: before.title,
        startsAt: postponeTo.startsAt,
        endsAt: postponeTo.endsAt,
        timeZone: before.timeZone,
        venue: before.venue,
        room: before.room,
        onlineUrl: before.onlineUrl,
        chairLabel: before.chairLabel,
        confidentiality: before.confidentiality,
        status: "planned",
      },
      select: meetingFields,
    });
    await copyAgendaAndInvitations(tx, id, replacement.id);
    const after = await tx.meeting.update({
      where: { id },
      data: { status: "postponed", postponedToId: replacement.id, icalSequence: { increment: 1 } },
      select: meetingFields,
    });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: replacement.id, action: "create", after: replacement });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: id, action: "postpone", before, after });
    // Those invited to the original get its cancellation and an invitation to the replacement.
    await notifyMeetingChanged(tx, actorId, id);
    if (before.invitationsSentAt) {
      await tx.meeting.update({ where: { id: replacement.id }, data: { invitationsSentAt: new Date() }, select: { id: true } });
      await inviteLateParticipant(tx, actorId, replacement.id);
    }
    return { meeting: after, replacement };
  });
}

async function copyAgendaAndInvitations(tx: Tx, fromId: string, toId: string) {
  const [items, participants] = await Promise.all([
    tx.agendaItem.findMany({
      where: { meetingId: fromId, archivedAt: null },
      orderBy: { order: "asc" },
      select: { order: true, label: true, title: true, kind: true, standingItemId: true, presenterAgencyId: true, notes: true, confidentiality: true },
    }),
    tx.participation.findMany({
      where: { meetingId: fromId, archivedAt: null },
      select: { agencyId: true, positionId: true, personId: true, externalName: true, externalAffiliation: true, role: true },
    }),
  ]);
  await tx.agendaItem.createMany({ data: items.map((i) => ({ ...i, meetingId: toId })) });
  await tx.participation.createMany({ data: participants.map((p) => ({ ...p, meetingId: toId, attendance: "invited" })) });
}

// ─── Reading ───────────────────────────────────────────────────────────────

/** The meeting with what its pages need, or null; the caller checks visibility (404). */
export function findMeeting(id: string) {
  return prisma.meeting.findUnique({
    where: { id },
    select: {
      ...meetingFields,
      uid: true,
      recurrenceStart: true,
      journalCirculatedAt: true,
      archivedAt: true,
      createdAt: true,
      updatedAt: true,
      committee: { select: { id: true, name: true, shortName: true, meetingNoun: true, decisionPrefix: true } },
      series: { select: { id: true, rrule: true, firstStartLocal: true, durationMinutes: true, timeZone: true } },
      postponedTo: { select: { id: true, title: true, startsAt: true, timeZone: true } },
      postponedFrom: { select: { id: true, title: true, startsAt: true, timeZone: true } },
      chairPerson: { select: { givenName: true, familyName: true } },
      chairAgency: { select: { name: true, acronym: true } },
      timeMarks: { orderBy: { at: "asc" }, select: { id: true, kind: true, at: true } },
    },
  });
}

export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** Venue-local form values of a meeting. */
export function meetingFormValues(m: { title: string; startsAt: Date; endsAt: Date; timeZone: string; venue: string | null; room: string | null; onlineUrl: string | null; chairLabel: string | null; confidentiality: string }) {
  const start = utcToWall(m.startsAt, m.timeZone);
  const end = utcToWall(m.endsAt, m.timeZone);
  return {
    title: m.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    timeZone: m.timeZone,
    venue: m.venue ?? "",
    room: m.room ?? "",
    onlineUrl: m.onlineUrl ?? "",
    chairLabel: m.chairLabel ?? "",
    confidentiality: m.confidentiality,
  };
}

/** Start and end instants of venue-local form values. */
export function instantsOf(v: { date: string; startTime: string; endTime: string; timeZone: string }) {
  return { startsAt: wallToUtc(v.date, v.startTime, v.timeZone), endsAt: wallToUtc(v.date, v.endTime, v.timeZone) };
}
