// Recurring series: created from a rule and materialised as one meeting per occurrence (each with its
// own number, agenda, invitations and stable iCalendar UID), then changed one occurrence at a time
// (meeting.server.ts) or from one occurrence to the end ("the rest of the series", here).
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { expandSeries, MAX_OCCURRENCES, planRestOfSeries, splitRule, type Occurrence } from "~/domain/recurrence";
import { calendarChanged } from "~/domain/calendar-revision";
import { minutesBetween, utcToWall, wallToUtc } from "~/domain/wall-clock";
import { recordAudit } from "./audit.server";
import { nextVersion } from "./record-version.server";
import { committeeMembers, invitationsAt } from "./invitations.server";
import { insertMeeting, meetingFields, renumberPlanned, type CommitteeForScheduling, type MeetingPlan } from "./meeting.server";

const seriesFields = {
  id: true,
  committeeId: true,
  rrule: true,
  firstStartLocal: true,
  durationMinutes: true,
  timeZone: true,
  venue: true,
  titleTemplate: true,
  archivedAt: true,
} satisfies Prisma.MeetingSeriesSelect;

export type SeriesPlan = Omit<MeetingPlan, "startsAt" | "endsAt" | "seriesId" | "recurrenceStart"> & {
  rrule: string;
  firstStartLocal: string;
  durationMinutes: number;
};

/** The occurrences a plan would create; one more than allowed means "too many". */
export function occurrencesOf(plan: SeriesPlan): Occurrence[] {
  return expandSeries(plan, { limit: MAX_OCCURRENCES + 1 });
}

export function createSeries(actorId: string, plan: SeriesPlan, committee: CommitteeForScheduling, now = new Date()) {
  const occurrences = occurrencesOf(plan).slice(0, MAX_OCCURRENCES);
  return prisma.$transaction(
    async (tx) => {
      const series = await tx.meetingSeries.create({
        data: {
          committeeId: plan.committeeId,
          rrule: plan.rrule,
          firstStartLocal: plan.firstStartLocal,
          durationMinutes: plan.durationMinutes,
          timeZone: plan.timeZone,
          venue: plan.venue,
          titleTemplate: plan.title,
        },
        select: seriesFields,
      });
      await recordAudit(tx, { actorId, entity: "meetingSeries", entityId: series.id, action: "create", after: series });
      const members = await committeeMembers(tx, plan.committeeId, now);
      const { numbers } = await renumberPlanned(tx, actorId, plan.committeeId, { incoming: occurrences.map((o) => ({ startsAt: o.startsAt, officialNumber: null })) });
      const meetings = [];
      for (const [i, o] of occurrences.entries()) {
        const { rrule: _rule, firstStartLocal: _first, durationMinutes: _duration, ...meeting } = plan;
        meetings.push(
          await insertMeeting(
            tx,
            actorId,
            { ...meeting, startsAt: o.startsAt, endsAt: o.endsAt, seriesId: series.id, recurrenceStart: o.recurrenceStart },
            { sequence: numbers[i] ?? null, numberFixed: false, invitations: invitationsAt(members, o.startsAt), committee },
          ),
        );
      }
      return { series, meetings };
    },
    { timeout: 60_000 },
  );
}

/** This meeting and the later ones of its series, with who is invited (for conflict checks). */
export async function restOfSeries(meeting: { id: string; seriesId: string | null; startsAt: Date; recurrenceStart: Date | null }, db: Prisma.TransactionClient = prisma) {
  if (!meeting.seriesId) return [];
  const from = meeting.recurrenceStart ?? meeting.startsAt;
  return db.meeting.findMany({
    where: {
      seriesId: meeting.seriesId,
      archivedAt: null,
      OR: [{ recurrenceStart: { gte: from } }, { recurrenceStart: null, startsAt: { gte: from } }, { id: meeting.id }],
    },
    orderBy: { startsAt: "asc" },
    select: {
      ...meetingFields,
      recurrenceStart: true,
      participations: { where: { archivedAt: null }, select: { positionId: true, personId: true } },
    },
  });
}

export type RestChanges = { startTime: string; endTime: string; venue: string | null; room: string | null; onlineUrl: string | null };

/** Where each meeting of the rest of the series would move, without writing anything. */
export function movesFor(rest: Awaited<ReturnType<typeof restOfSeries>>, changes: RestChanges) {
  const plan = planRestOfSeries(
    rest.map((m) => {
      const local = utcToWall(m.startsAt, m.timeZone);
      return { id: m.id, status: m.status, localDate: local.date, localStart: `${local.date}T${local.time}` };
    }),
    changes.startTime,
  );
  return plan.move.flatMap((move) => {
    const m = rest.find((r) => r.id === move.id);
    if (!m) return [];
    const date = move.localStart.slice(0, 10);
    return [
      {
        meeting: m,
        startsAt: wallToUtc(date, changes.startTime, m.timeZone),
        endsAt: wallToUtc(date, changes.endTime, m.timeZone),
        recurrenceStart: m.recurrenceStart ? wallToUtc(utcToWall(m.recurrenceStart, m.timeZone).date, changes.startTime, m.timeZone) : null,
      },
    ];
  });
}

/**
 * Splits the series at this meeting: the earlier part keeps the old rule (now ending the day before),
 * a new series row carries the rule, time and place of the rest, and the rest's meetings move to it.
 */
export function editRestOfSeries(actorId: string, meetingId: string, changes: RestChanges) {
  return prisma.$transaction(
    async (tx) => {
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, seriesId: true, startsAt: true, recurrenceStart: true } });
      const series = await tx.meetingSeries.findUniqueOrThrow({ where: { id: meeting.seriesId ?? "" }, select: seriesFields });
      const rest = await restOfSeries(meeting, tx);
      const anchor = utcToWall(meeting.recurrenceStart ?? meeting.startsAt, series.timeZone);
      const { before, rest: restRule } = splitRule(series, `${anchor.date}T${anchor.time}`);
      const durationMinutes = minutesBetween(wallToUtc(anchor.date, changes.startTime, "UTC"), wallToUtc(anchor.date, changes.endTime, "UTC"));
      const target = {
        rrule: restRule,
        firstStartLocal: `${anchor.date}T${changes.startTime}`,
        durationMinutes,
        venue: changes.venue,
      };
      let targetId = series.id;
      if (before === null) {
        const after = await tx.meetingSeries.update({ where: { id: series.id }, data: target, select: seriesFields });
        await recordAudit(tx, { actorId, entity: "meetingSeries", entityId: series.id, action: "update", before: series, after });
      } else {
        const ended = await tx.meetingSeries.update({ where: { id: series.id }, data: { rrule: before }, select: seriesFields });
        await recordAudit(tx, { actorId, entity: "meetingSeries", entityId: series.id, action: "split", before: series, after: ended });
        const created = await tx.meetingSeries.create({
          data: { ...target, committeeId: series.committeeId, timeZone: series.timeZone, titleTemplate: series.titleTemplate },
          select: seriesFields,
        });
        await recordAudit(tx, { actorId, entity: "meetingSeries", entityId: created.id, action: "create", after: { ...created, splitFrom: series.id } });
        targetId = created.id;
        await tx.meeting.updateMany({ where: { id: { in: rest.map((m) => m.id) } }, data: { seriesId: targetId, ...nextVersion } });
      }
      const moves = movesFor(rest, changes);
      for (const move of moves) {
        const { participations: _p, recurrenceStart: _r, ...beforeRow } = move.meeting;
        const moved = { startsAt: move.startsAt, endsAt: move.endsAt, venue: changes.venue, room: changes.room, onlineUrl: changes.onlineUrl };
        const after = await tx.meeting.update({
          where: { id: move.meeting.id },
          data: {
            ...moved,
            recurrenceStart: move.recurrenceStart,
            ...(calendarChanged(beforeRow, moved) ? { icalSequence: { increment: 1 } } : {}),
            ...nextVersion,
          },
          select: meetingFields,
        });
        await recordAudit(tx, { actorId, entity: "meeting", entityId: after.id, action: "update", before: beforeRow, after });
      }
      if (moves.length) await renumberPlanned(tx, actorId, series.committeeId);
      return { seriesId: targetId, moved: moves.length };
    },
    { timeout: 60_000 },
  );
}

/** Cancels this meeting and the later ones not yet held; the series now ends the day before. */
export function cancelRestOfSeries(actorId: string, meetingId: string, now = new Date()) {
  return prisma.$transaction(
    async (tx) => {
      const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, seriesId: true, startsAt: true, recurrenceStart: true } });
      const series = await tx.meetingSeries.findUniqueOrThrow({ where: { id: meeting.seriesId ?? "" }, select: seriesFields });
      const rest = await restOfSeries(meeting, tx);
      const anchor = utcToWall(meeting.recurrenceStart ?? meeting.startsAt, series.timeZone);
      const { before } = splitRule(series, `${anchor.date}T${anchor.time}`);
      const after = await tx.meetingSeries.update({
        where: { id: series.id },
        data: before === null ? { archivedAt: now } : { rrule: before },
        select: seriesFields,
      });
      await recordAudit(tx, { actorId, entity: "meetingSeries", entityId: series.id, action: "cancel_rest", before: series, after });
      let cancelled = 0;
      for (const m of rest) {
        if (m.status !== "planned" && m.status !== "confirmed") continue;
        const { participations: _p, recurrenceStart: _r, ...beforeRow } = m;
        const row = await tx.meeting.update({
          where: { id: m.id },
          data: { status: "cancelled", icalSequence: { increment: 1 }, ...nextVersion },
          select: meetingFields,
        });
        await recordAudit(tx, { actorId, entity: "meeting", entityId: m.id, action: "status", before: beforeRow, after: row });
        cancelled++;
      }
      if (cancelled) await renumberPlanned(tx, actorId, series.committeeId);
      return { cancelled };
    },
    { timeout: 60_000 },
  );
}
