import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { initialAgenda } from "~/domain/agenda";
import { calendarChanged, type MeetingTimePlace } from "~/domain/calendar-revision";
import { isNumberFixed, numberedTitle, provisionalNumbers } from "~/domain/sequence";
import { visibleCommittees } from "~/permissions.server";
import { recordAudit } from "./audit.server";
import { meetingTimePlaceFields } from "./ical.server";
import { claimVersion, nextVersion } from "./record-version.server";
import { committeeMembers, invitationsAt, type Invitation } from "./invitations.server";
import { inviteLateParticipant, notifyMeetingChanged } from "./meeting-notifications.server";

/** The fields an audit event compares, and what a calendar sees change (SEQUENCE). */
export const meetingFields = {
  id: true,
  committeeId: true,
  seriesId: true,
  sequence: true,
  numberFixed: true,
  title: true,
  ...meetingTimePlaceFields,
  status: true,
  postponedToId: true,
  chairLabel: true,
  agendaAdoptedAt: true,
  journalNotes: true,
  nextMeetingNote: true,
  icalSequence: true,
  confidentiality: true,
  version: true,
  invitationsSentAt: true,
} satisfies Prisma.MeetingSelect;

export type Tx = Prisma.TransactionClient;

/** What the meeting form sets: its title, time, place, chair and level. */
export type MeetingChanges = MeetingTimePlace & { title: string | null; chairLabel: string | null; confidentiality: string };

export type MeetingPlan = MeetingChanges & {
  committeeId: string;
  seriesId?: string | null;
  recurrenceStart?: Date | null;
};

/**
 * Creates one meeting with its number (made room for by renumberPlanned's `incoming`), its standing
 * agenda and its invitations, audited.
 */
export async function insertMeeting(
  tx: Tx,
  actorId: string,
  plan: MeetingPlan,
  { sequence, numberFixed, invitations, committee }: { sequence: number | null; numberFixed: boolean; invitations: readonly Invitation[]; committee: CommitteeForScheduling },
) {
  const created = await tx.meeting.create({
    data: {
      ...plan,
      title: plan.title ?? numberedTitle(sequence, committee.meetingNoun, committee.shortName ?? committee.name),
      sequence,
      numberFixed,
      agendaItems: {
        create: initialAgenda(committee.standingItems, { mattersArising: committee.mattersArisingItem }).map((item) => ({ ...item, confidentiality: plan.confidentiality })),
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
      mattersArisingItem: true,
      standingItems: { where: { archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, label: true, title: true, kind: true } },
    },
  });
}

/** The invitations a meeting of this committee would send, for conflict checks before saving. */
export async function plannedInvitations(committeeId: string, startsAt: Date, now = new Date()) {
  const members = await committeeMembers(prisma, committeeId, startsAt > now ? now : startsAt);
  return invitationsAt(members, startsAt);
}

/** Schedules one meeting; `officialNumber` is the body's own number when the secretary records it. */
export function createMeeting(actorId: string, plan: MeetingPlan, committee: CommitteeForScheduling, now = new Date(), officialNumber: number | null = null) {
  return prisma.$transaction(async (tx) => {
    const members = await committeeMembers(tx, plan.committeeId, plan.startsAt > now ? now : plan.startsAt);
    const { numbers } = await renumberPlanned(tx, actorId, plan.committeeId, { incoming: [{ startsAt: plan.startsAt, officialNumber }] });
    const sequence = numbers[0] ?? null;
    return insertMeeting(tx, actorId, plan, { sequence, numberFixed: officialNumber !== null, invitations: invitationsAt(members, plan.startsAt), committee });
  });
}


/**
 * Edits one meeting (one occurrence of a series stays in it, as its exception) from a form of the
 * given version; SEQUENCE goes up only when what a calendar shows changes.
 */
export function updateMeeting(actorId: string, id: string, { version, ...changes }: MeetingChanges & { version: number }, officialNumber: number | null = null) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingFields });
    const next = { ...changes, title: changes.title ?? before.title };
    await claimVersion(tx, { entity: "meeting", id, expected: version, current: before }, (where) =>
      tx.meeting.updateMany({
        where,
        data: { ...next, ...(calendarChanged(before, next) ? { icalSequence: { increment: 1 } } : {}), ...nextVersion },
      }),
    );
    const after = await tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingFields });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: id, action: "update", before, after });
    // A new date can change the order of the meetings to come; an official number fixes this one.
    if (officialNumber !== null || before.startsAt.getTime() !== after.startsAt.getTime()) {
      await renumberPlanned(tx, actorId, before.committeeId, officialNumber !== null ? { fix: { id, sequence: officialNumber } } : {});
    }
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
        data: { status, ...(calendarChanged(before, { status }) ? { icalSequence: { increment: 1 } } : {}), ...nextVersion },
        select: meetingFields,
      });
      await recordAudit(tx, { actorId, entity: "meeting", entityId: id, action: "status", before, after });
      // Held fixes the number it carries; a cancellation frees a provisional one.
      await renumberPlanned(tx, actorId, before.committeeId, status === "held" ? { fix: { id, sequence: null } } : {});
      await notifyMeetingChanged(tx, actorId, id);
      return { meeting: after, replacement: null };
    }
    // The number (fixed or provisional) goes with the meeting to its new date.
    await tx.meeting.update({ where: { id }, data: { sequence: null, numberFixed: false, ...nextVersion }, select: { id: true } });
    const replacement = await tx.meeting.create({
      data: {
        committeeId: before.committeeId,
        sequence: before.sequence,
        numberFixed: before.numberFixed,
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
      data: { status: "postponed", postponedToId: replacement.id, icalSequence: { increment: 1 }, ...nextVersion },
      select: meetingFields,
    });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: replacement.id, action: "create", after: replacement });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: id, action: "postpone", before, after });
    await renumberPlanned(tx, actorId, before.committeeId);
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
      select: { agencyId: true, positionId: true, personId: true, externalName: true, externalAffiliation: true, externalEmail: true, externalKind: true, role: true },
    }),
  ]);
  await tx.agendaItem.createMany({ data: items.map((i) => ({ ...i, meetingId: toId })) });
  await tx.participation.createMany({ data: participants.map((p) => ({ ...p, meetingId: toId, attendance: "invited" })) });
}

// ─── Reading ───────────────────────────────────────────────────────────────

/** The meeting with what its pages need, or null; the caller checks visibility (404). */
/** The meeting with what its pages show, in Prisma: the pages read it with readMeeting (meeting-read.server.ts); this is its type and the reference meeting-read.test compares with. */
export function getMeeting(id: string) {
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

export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/**
 * Gives the committee's meetings to come their provisional numbers again (app/domain/sequence.ts),
 * after anything that changes their order or the highest fixed number. `fix` records the body's own
 * number for one meeting (or fixes the one it carries, when it is held); `incoming` are meetings about
 * to be inserted (their start, and the body's own number if recorded): room is made for them and
 * their numbers are returned, so they are created numbered. Changed numbers are cleared first so the
 * unique (committee, number) index never sees two at once; a title that was the numbered default
 * follows its number. Call inside the write's transaction.
 */
export async function renumberPlanned(
  tx: Tx,
  actorId: string,
  committeeId: string,
  { fix, incoming = [] }: { fix?: { id: string; sequence: number | null }; incoming?: readonly { startsAt: Date; officialNumber: number | null }[] } = {},
): Promise<{ numbers: (number | null)[]; committee: { name: string; shortName: string | null; meetingNoun: string | null } }> {
  const [committee, rows, top] = await Promise.all([
    tx.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { name: true, shortName: true, meetingNoun: true } }),
    tx.meeting.findMany({
      where: { committeeId, OR: [{ numberFixed: false, status: { not: "held" }, archivedAt: null }, ...(fix ? [{ id: fix.id }] : [])] },
      select: { id: true, startsAt: true, status: true, sequence: true, numberFixed: true, title: true },
    }),
    tx.meeting.aggregate({ where: { committeeId, OR: [{ numberFixed: true }, { status: "held" }], ...(fix ? { id: { not: fix.id } } : {}) }, _max: { sequence: true } }),
  ]);
  const fixed = fix ? rows.find((m) => m.id === fix.id) : undefined;
  const fixedSequence = fixed ? (fix?.sequence ?? fixed.sequence) : null;
  const officials = incoming.flatMap((m) => (m.officialNumber !== null ? [m.officialNumber] : []));
  const highest = Math.max(top._max?.sequence ?? 0, fixedSequence ?? 0, ...officials);
  const open = rows.filter((m) => m.id !== fixed?.id && !isNumberFixed(m));
  const newcomers = incoming.map((m, i) => ({ id: `\u0000new${i}`, startsAt: m.startsAt, status: "planned", sequence: m.officialNumber, numberFixed: m.officialNumber !== null }));
  const numbers = provisionalNumbers([...open, ...newcomers, { id: "", startsAt: new Date(0), status: "held", sequence: highest, numberFixed: true }]);
  const target = new Map<string, number | null>(numbers);
  if (fixed) target.set(fixed.id, fixedSequence);
  const changes = [...open, ...(fixed ? [fixed] : [])].filter((m) => target.has(m.id) && target.get(m.id) !== m.sequence);
  if (fixed && !fixed.numberFixed) await tx.meeting.update({ where: { id: fixed.id }, data: { numberFixed: true }, select: { id: true } });
  if (changes.length) {
    await tx.meeting.updateMany({ where: { id: { in: changes.map((m) => m.id) } }, data: { sequence: null } });
    const name = committee.shortName ?? committee.name;
    for (const m of changes) {
      const sequence = target.get(m.id) ?? null;
      const wasDefault = m.title === numberedTitle(m.sequence, committee.meetingNoun, name);
      const title = wasDefault ? numberedTitle(sequence, committee.meetingNoun, name) : m.title;
      await tx.meeting.update({ where: { id: m.id }, data: { sequence, title }, select: { id: true } });
      await recordAudit(tx, { actorId, entity: "meeting", entityId: m.id, action: "renumber", before: { sequence: m.sequence, title: m.title }, after: { sequence, title } });
    }
  }
  return { numbers: newcomers.map((m) => (m.numberFixed ? m.sequence : (numbers.get(m.id) ?? null))), committee };
}

/** Another meeting of the committee that holds this number as fixed, if any. */
export async function officialNumberTaken(committeeId: string, sequence: number, exceptId?: string) {
  return prisma.meeting.findFirst({
    where: { committeeId, sequence, OR: [{ numberFixed: true }, { status: "held" }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, title: true },
  });
}
