// What the outbox tells a meeting's participants: the invitation (an email with the .ics attached
// as METHOD:REQUEST, one ATTENDEE per invited person with an address), an update after each change
// once invitations went out (same UID, higher SEQUENCE), a cancellation (METHOD:CANCEL), and the
// circulated journal (the printable journal as the body) to the participants and the member
// agencies' designated posts. Invitations to a post follow the post: they reach its holder when the
// outbox runs.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { currentAssignmentWhere, currentMembershipWhere } from "~/permissions.server";
import { recordAudit } from "./audit.server";
import { icalMeetingFields, meetingInvitation, type CalendarPerson, type InvitationMethod } from "./ical.server";
import { publicUrl } from "./mailer.server";
import { enqueueNotification, type NoticeAddress } from "./notifications.server";
import { personName } from "~/domain/labels";
import { isCalledOff } from "~/domain/vocabulary";

type Tx = Prisma.TransactionClient;

const meetingSelect = {
  ...icalMeetingFields,
  confidentiality: true,
  committeeId: true,
  createdAt: true,
  updatedAt: true,
  invitationsSentAt: true,
  journalCirculatedAt: true,
  archivedAt: true,
  committee: { select: { name: true, shortName: true } },
} satisfies Prisma.MeetingSelect;

type NotifiedMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

/** Who a participation reaches: its post (resolved when sent), else the person, else an address. */
type Invitee = { participationId: string; to: NoticeAddress | null; attendee: CalendarPerson | null };

async function invitees(tx: Tx, meetingId: string, now: Date): Promise<Invitee[]> {
  const rows = await tx.participation.findMany({
    where: { meetingId, archivedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      positionId: true,
      externalName: true,
      externalEmail: true,
      person: { select: { givenName: true, familyName: true, email: true, user: { select: { id: true, email: true, disabledAt: true } } } },
      position: {
        select: {
          assignments: {
            where: currentAssignmentWhere(now),
            orderBy: [{ acting: "asc" }, { startDate: "desc" }],
            take: 1,
            select: { person: { select: { givenName: true, familyName: true, email: true, user: { select: { email: true, disabledAt: true } } } } },
          },
        },
      },
    },
  });
  return rows.map((p) => {
    const holder = p.position?.assignments[0]?.person ?? null;
    const person = holder ?? p.person;
    const address = person ? ((person.user && !person.user.disabledAt ? person.user.email : null) ?? person.email) : p.externalEmail;
    const name = person ? personName(person) : p.externalName;
    const to: NoticeAddress | null = p.positionId
      ? { positionId: p.positionId }
      : p.person?.user && !p.person.user.disabledAt
        ? { userId: p.person.user.id }
        : address
          ? { email: address, name }
          : null;
    return { participationId: p.id, to, attendee: address ? { email: address.toLowerCase(), name } : null };
  });
}

async function organizerOf(tx: Tx, actorId: string): Promise<CalendarPerson> {
  const user = await tx.user.findUnique({ where: { id: actorId }, select: { email: true, person: { select: { givenName: true, familyName: true } } } });
  return { email: user?.email ?? "relais@localhost", name: user?.person ? personName(user.person) : null };
}

type Occasion = "invitation" | "update" | "cancel";

const MESSAGES = {
  invitation: { subject: "notify.invitation.subject", body: "notify.invitation.body" },
  update: { subject: "notify.invitationUpdate.subject", body: "notify.invitationUpdate.body" },
  cancel: { subject: "notify.invitationCancel.subject", body: "notify.invitationCancel.body" },
} as const;

/**
 * Enqueues this version of the meeting (its SEQUENCE) to every participant who has not had it yet:
 * the keys name the meeting, the SEQUENCE and the participation, so sending again only reaches
 * participants added since. Returns how many were enqueued.
 */
async function enqueueCalendarMessages(tx: Tx, actorId: string, meeting: NotifiedMeeting, occasion: Occasion, now: Date) {
  const list = await invitees(tx, meeting.id, now);
  const method: InvitationMethod = occasion === "cancel" ? "CANCEL" : "REQUEST";
  const ics = meetingInvitation({
    meeting: { ...meeting, committee: { name: meeting.committee.name } },
    method,
    organizer: await organizerOf(tx, actorId),
    attendees: list.flatMap((i) => (i.attendee ? [i.attendee] : [])),
    baseUrl: publicUrl(),
  });
  const where = [meeting.venue, meeting.room].filter(Boolean).join(", ");
  const values = {
    title: meeting.title,
    committee: meeting.committee.shortName ?? meeting.committee.name,
    when: { date: meeting.startsAt.toISOString(), timeZone: meeting.timeZone, withTime: true },
    zone: meeting.timeZone,
    where: where || "—",
  };
  let enqueued = 0;
  for (const invitee of list) {
    if (!invitee.to) continue;
    const done = await enqueueNotification(tx, {
      kind: "meeting_invitation",
      to: invitee.to,
      key: `meeting:${meeting.id}:seq-${meeting.icalSequence}:${method}:${invitee.participationId}`,
      subject: { key: MESSAGES[occasion].subject, values },
      body: { key: MESSAGES[occasion].body, values },
      link: `/meetings/${meeting.id}`,
      attachment: { filename: occasion === "cancel" ? "cancel.ics" : "invite.ics", contentType: "application/ics", method, content: ics },
    });
    if (done) enqueued++;
  }
  return enqueued;
}

export class MeetingNotInvitable extends Error {}

/** The secretary's "Send invitations": the first time, invitations; later, to participants added since. */
export function sendInvitations(actorId: string, meetingId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
    if (isCalledOff(before.status) || before.archivedAt) throw new MeetingNotInvitable();
    const meeting = before.invitationsSentAt
      ? before
      : await tx.meeting.update({ where: { id: meetingId }, data: { invitationsSentAt: now }, select: meetingSelect });
    const count = await enqueueCalendarMessages(tx, actorId, meeting, before.invitationsSentAt ? "update" : "invitation", now);
    await recordAudit(tx, {
      actorId,
      entity: "meeting",
      entityId: meetingId,
      action: "send_invitations",
      before: { invitationsSentAt: before.invitationsSentAt },
      after: { invitationsSentAt: meeting.invitationsSentAt, invited: count },
    });
    return count;
  });
}

/**
 * Called inside the transaction that changed the meeting (its SEQUENCE already bumped): once
 * invitations went out, participants get the update, or the cancellation.
 */
export async function notifyMeetingChanged(tx: Tx, actorId: string, meetingId: string, now = new Date()) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
  if (!meeting.invitationsSentAt) return 0;
  const cancelled = isCalledOff(meeting.status) || meeting.archivedAt !== null;
  if (meeting.status === "held" && !cancelled) return 0;
  return enqueueCalendarMessages(tx, actorId, meeting, cancelled ? "cancel" : "update", now);
}

/** A participant added after the invitations went out gets the current version. */
export async function inviteLateParticipant(tx: Tx, actorId: string, meetingId: string, now = new Date()) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
  if (!meeting.invitationsSentAt || isCalledOff(meeting.status)) return 0;
  return enqueueCalendarMessages(tx, actorId, meeting, "invitation", now);
}

/** Whom the journal goes to: the participants, and the member agencies' designated posts. */
async function journalAddressees(tx: Tx, meeting: NotifiedMeeting, now: Date) {
  const [list, memberships] = await Promise.all([
    invitees(tx, meeting.id, now),
    tx.committeeMembership.findMany({
      where: { committeeId: meeting.committeeId, positionId: { not: null }, ...currentMembershipWhere(meeting.startsAt) },
      take: 1000,
      select: { positionId: true },
    }),
  ]);
  const seen = new Set<string>();
  const out: { key: string; to: NoticeAddress }[] = [];
  const add = (key: string, to: NoticeAddress) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, to });
  };
  for (const i of list) {
    if (!i.to) continue;
    add("positionId" in i.to ? `post:${i.to.positionId}` : "userId" in i.to ? `user:${i.to.userId}` : `email:${i.to.email.toLowerCase()}`, i.to);
  }
  for (const m of memberships) if (m.positionId) add(`post:${m.positionId}`, { positionId: m.positionId });
  return out;
}

/** The secretary's "Circulate the journal": audited; each circulation is its own occasion. */
export function circulateJournal(actorId: string, meetingId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
    const meeting = await tx.meeting.update({ where: { id: meetingId }, data: { journalCirculatedAt: now }, select: meetingSelect });
    const values = {
      title: meeting.title,
      committee: meeting.committee.shortName ?? meeting.committee.name,
      when: { date: meeting.startsAt.toISOString(), timeZone: meeting.timeZone },
    };
    let count = 0;
    for (const a of await journalAddressees(tx, meeting, now)) {
      const done = await enqueueNotification(tx, {
        kind: "journal_circulation",
        to: a.to,
        key: `journal:${meeting.id}:${now.getTime()}:${a.key}`,
        subject: { key: "notify.journal.subject", values },
        body: { key: "notify.journal.body", values },
        link: `/meetings/${meeting.id}/print`,
        about: { entity: "meeting", record: { id: meeting.id, confidentiality: meeting.confidentiality, committeeId: meeting.committeeId } },
        html: { renderer: "journal", params: { meetingId: meeting.id } },
      });
      if (done) count++;
    }
    await recordAudit(tx, {
      actorId,
      entity: "meeting",
      entityId: meetingId,
      action: "circulate_journal",
      before: { journalCirculatedAt: before.journalCirculatedAt },
      after: { journalCirculatedAt: meeting.journalCirculatedAt, recipients: count },
    });
    return count;
  });
}
