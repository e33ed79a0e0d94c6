// The journal of a meeting: opening, suspension, resumption and closure times, the chair, notes and
// the next meeting. Time marks are appended; a wrong one is corrected by recording the right one.
import { prisma } from "~/db.server";
import { recordAudit } from "./audit.server";
import { nextVersion } from "./record-version.server";

export function addTimeMark(actorId: string, meetingId: string, kind: string, at: Date) {
  return prisma.$transaction(async (tx) => {
    const created = await tx.meetingTimeMark.create({ data: { meetingId, kind, at }, select: { id: true, meetingId: true, kind: true, at: true } });
    await recordAudit(tx, { actorId, entity: "meetingTimeMark", entityId: created.id, action: "create", after: created });
    return created;
  });
}

export function saveJournalNotes(
  actorId: string,
  meetingId: string,
  data: { chairLabel: string | null; journalNotes: string | null; nextMeetingNote: string | null },
) {
  return prisma.$transaction(async (tx) => {
    const select = { id: true, chairLabel: true, journalNotes: true, nextMeetingNote: true, version: true };
    const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select });
    const after = await tx.meeting.update({ where: { id: meetingId }, data: { ...data, ...nextVersion }, select });
    await recordAudit(tx, { actorId, entity: "meeting", entityId: meetingId, action: "update", before, after });
    return after;
  });
}
