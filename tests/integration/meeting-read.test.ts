// The meeting pages read their meeting, its attendance counts and its documents on the raw read path
// (meeting-read.server.ts, meeting-page.server.ts). Each must give what the Prisma read it replaced
// gave: the same record with its committee, series, postponements, chair and time marks; the same
// counts; the same documents, in the same order, within the reader's clearance. Real rows in the
// worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { getMeeting } from "../../app/models/meeting.server";
import { readMeeting } from "../../app/models/meeting-read.server";
import { attendanceSummary, meetingDocuments } from "../../app/models/meeting-page.server";
import { visibleDocuments } from "../../app/permissions.server";
import { buildPerson } from "../../prisma/seed/builders";
import { createAgency, createUser, ctxOf, unique } from "../support/fixtures";
import { committeeWithMeeting, createMeeting, day } from "../support/work-fixtures";

/** The Prisma read of the meeting's documents before it moved to the raw read path (the reference). */
function prismaDocuments(ctx: AccessContext, meetingId: string) {
  return prisma.document.findMany({
    where: { AND: [{ meetingId, archivedAt: null }, visibleDocuments(ctx)] },
    orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { symbol: "asc" }],
    take: 100,
    select: { id: true, symbol: true, title: true, kind: true, issuedOn: true, languages: true, confidentiality: true },
  });
}

async function prismaAttendance(meetingId: string) {
  const groups = await prisma.participation.groupBy({ by: ["attendance"], where: { meetingId, archivedAt: null }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.attendance, g._count._all]));
}

describe("the meeting on the raw read path", () => {
  it("gives the record getMeeting gives: committee, series, postponement both ways, chair and time marks", async () => {
    const secretariat = await createAgency();
    const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretariat.id });
    const chair = await buildPerson(prisma, { givenName: "Amara", familyName: unique("Chair") });
    const series = await prisma.meetingSeries.create({
      data: { committeeId: committee.id, rrule: "FREQ=MONTHLY;BYDAY=2TU", firstStartLocal: "2026-01-13T10:00", durationMinutes: 180, timeZone: "Africa/Lagos" },
      select: { id: true },
    });
    const replacement = await createMeeting(committee.id, { status: "planned", startsAt: day(30) });
    await prisma.meeting.update({
      where: { id: meeting.id },
      data: {
        seriesId: series.id,
        recurrenceStart: day(-7),
        status: "postponed",
        postponedToId: replacement.id,
        chairPersonId: chair.id,
        chairAgencyId: secretariat.id,
        chairLabel: "Chair of the Commission",
        agendaAdoptedAt: day(-7),
        invitationsSentAt: day(-20),
        journalNotes: "Notes",
        onlineUrl: "https://meet.example/x",
      },
      select: { id: true },
    });
    await prisma.meetingTimeMark.createMany({
      data: [
        { meetingId: meeting.id, kind: "opened", at: day(-7) },
        { meetingId: meeting.id, kind: "closed", at: new Date(day(-7).getTime() + 3_600_000) },
      ],
    });

    expect(readMeeting(meeting.id)).toEqual(await getMeeting(meeting.id));
    // The replacement: no series, chair or marks, and postponed from the first.
    const raw = readMeeting(replacement.id);
    expect(raw).toEqual(await getMeeting(replacement.id));
    expect(raw?.postponedFrom?.id).toBe(meeting.id);
    expect(readMeeting("nowhere")).toBeNull();
  });

  it("counts attendance as Prisma's groupBy did, archived participations left out", async () => {
    const secretariat = await createAgency();
    const { meeting } = await committeeWithMeeting({ secretariatAgencyId: secretariat.id });
    const rows = [
      { attendance: "present" },
      { attendance: "present" },
      { attendance: "apologies" },
      { attendance: "invited" },
      { attendance: "present", archivedAt: new Date() },
    ];
    for (const r of rows) await prisma.participation.create({ data: { meetingId: meeting.id, externalName: unique("Expert"), externalKind: "expert", ...r }, select: { id: true } });
    expect(attendanceSummary(meeting.id)).toEqual(await prismaAttendance(meeting.id));
    expect(attendanceSummary(meeting.id)).toEqual({ present: 2, apologies: 1, invited: 1 });
  });

  it("lists the documents Prisma listed, undated last, within each reader's clearance", async () => {
    const secretariat = await createAgency();
    const other = await createAgency();
    const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretariat.id });
    const docs = [
      { symbol: unique("B"), issuedOn: day(-3), confidentiality: "public" },
      { symbol: unique("A"), issuedOn: day(-3), confidentiality: "internal" },
      { symbol: unique("C"), issuedOn: day(-10), confidentiality: "restricted" },
      { symbol: null, issuedOn: null, confidentiality: "public" },
      { symbol: unique("D"), issuedOn: null, confidentiality: "restricted" },
      { symbol: unique("E"), issuedOn: day(-1), confidentiality: "public", archivedAt: new Date() },
    ];
    for (const d of docs) {
      await prisma.document.create({
        data: { title: unique("Document"), kind: "working_paper", meetingId: meeting.id, committeeId: committee.id, agencyId: secretariat.id, ...d },
        select: { id: true },
      });
    }
    const readers = [await createUser("secretary", { agencyId: secretariat.id }), await createUser("viewer", { agencyId: other.id }), await createUser("admin")];
    for (const reader of readers) {
      const ctx = await ctxOf(reader.id);
      expect(meetingDocuments(ctx, meeting.id)).toEqual(await prismaDocuments(ctx, meeting.id));
    }
    expect(meetingDocuments(await ctxOf(readers[0]!.id), meeting.id).map((d) => d.issuedOn === null)).toEqual([false, false, false, true, true]);
  });
});
