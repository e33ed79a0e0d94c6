// The meeting every meeting page is about, on the raw read path (decisions 012 and 064): the row
// with its committee, series, postponements and chair in one statement, and its time marks, from
// one snapshot, in the shape getMeeting (Prisma) gives, so the pages do not change.
// tests/integration/meeting-read.test.ts checks the two agree.
import { fromSqlDate, readQuery, readSnapshot } from "~/read-db.server";
import type { MeetingRecord } from "./meeting.server";

type MeetingRow = {
  id: string;
  uid: string;
  committeeId: string;
  seriesId: string | null;
  recurrenceStart: string | null;
  sequence: number | null;
  numberFixed: number;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: string | null;
  room: string | null;
  onlineUrl: string | null;
  status: string;
  postponedToId: string | null;
  chairLabel: string | null;
  agendaAdoptedAt: string | null;
  journalNotes: string | null;
  nextMeetingNote: string | null;
  icalSequence: number;
  confidentiality: string;
  version: number;
  invitationsSentAt: string | null;
  journalCirculatedAt: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  committeeName: string;
  committeeShortName: string | null;
  committeeMeetingNoun: string | null;
  committeeDecisionPrefix: string | null;
  seriesRrule: string | null;
  seriesFirstStartLocal: string | null;
  seriesDurationMinutes: number | null;
  seriesTimeZone: string | null;
  toTitle: string | null;
  toStartsAt: string | null;
  toTimeZone: string | null;
  fromId: string | null;
  fromTitle: string | null;
  fromStartsAt: string | null;
  fromTimeZone: string | null;
  chairGivenName: string | null;
  chairFamilyName: string | null;
  chairAgencyName: string | null;
  chairAgencyAcronym: string | null;
};

const meetingQuery = readQuery<{ id: string }, MeetingRow>(`
  SELECT m.id, m.uid, m.committeeId, m.seriesId, m.recurrenceStart, m.sequence, m.numberFixed, m.title, m.startsAt, m.endsAt,
    m.timeZone, m.venue, m.room, m.onlineUrl, m.status, m.postponedToId, m.chairLabel, m.agendaAdoptedAt, m.journalNotes,
    m.nextMeetingNote, m.icalSequence, m.confidentiality, m.version, m.invitationsSentAt, m.journalCirculatedAt, m.archivedAt,
    m.createdAt, m.updatedAt,
    c.name AS committeeName, c.shortName AS committeeShortName, c.meetingNoun AS committeeMeetingNoun, c.decisionPrefix AS committeeDecisionPrefix,
    s.rrule AS seriesRrule, s.firstStartLocal AS seriesFirstStartLocal, s.durationMinutes AS seriesDurationMinutes, s.timeZone AS seriesTimeZone,
    pt.title AS toTitle, pt.startsAt AS toStartsAt, pt.timeZone AS toTimeZone,
    pf.id AS fromId, pf.title AS fromTitle, pf.startsAt AS fromStartsAt, pf.timeZone AS fromTimeZone,
    cp.givenName AS chairGivenName, cp.familyName AS chairFamilyName, ca.name AS chairAgencyName, ca.acronym AS chairAgencyAcronym
  FROM Meeting m
  JOIN Committee c ON c.id = m.committeeId
  LEFT JOIN MeetingSeries s ON s.id = m.seriesId
  LEFT JOIN Meeting pt ON pt.id = m.postponedToId
  LEFT JOIN Meeting pf ON pf.postponedToId = m.id
  LEFT JOIN Person cp ON cp.id = m.chairPersonId
  LEFT JOIN Agency ca ON ca.id = m.chairAgencyId
  WHERE m.id = @id`);

const timeMarksQuery = readQuery<{ id: string }, { id: string; kind: string; at: string }>(
  `SELECT id, kind, at FROM MeetingTimeMark WHERE meetingId = @id ORDER BY at, id`,
);

/** The meeting, as getMeeting gives it, or null. */
export function readMeeting(id: string): MeetingRecord | null {
  const { row, marks } = readSnapshot(() => {
    const row = meetingQuery.get({ id });
    return { row, marks: row ? timeMarksQuery.all({ id }) : [] };
  });
  if (!row) return null;
  return {
    id: row.id,
    uid: row.uid,
    committeeId: row.committeeId,
    seriesId: row.seriesId,
    recurrenceStart: fromSqlDate(row.recurrenceStart),
    sequence: row.sequence,
    numberFixed: Boolean(row.numberFixed),
    title: row.title,
    startsAt: fromSqlDate(row.startsAt),
    endsAt: fromSqlDate(row.endsAt),
    timeZone: row.timeZone,
    venue: row.venue,
    room: row.room,
    onlineUrl: row.onlineUrl,
    status: row.status,
    postponedToId: row.postponedToId,
    chairLabel: row.chairLabel,
    agendaAdoptedAt: fromSqlDate(row.agendaAdoptedAt),
    journalNotes: row.journalNotes,
    nextMeetingNote: row.nextMeetingNote,
    icalSequence: row.icalSequence,
    confidentiality: row.confidentiality,
    version: row.version,
    invitationsSentAt: fromSqlDate(row.invitationsSentAt),
    journalCirculatedAt: fromSqlDate(row.journalCirculatedAt),
    archivedAt: fromSqlDate(row.archivedAt),
    createdAt: fromSqlDate(row.createdAt),
    updatedAt: fromSqlDate(row.updatedAt),
    committee: { id: row.committeeId, name: row.committeeName, shortName: row.committeeShortName, meetingNoun: row.committeeMeetingNoun, decisionPrefix: row.committeeDecisionPrefix },
    series:
      row.seriesId !== null && row.seriesRrule !== null
        ? { id: row.seriesId, rrule: row.seriesRrule, firstStartLocal: row.seriesFirstStartLocal ?? "", durationMinutes: row.seriesDurationMinutes ?? 0, timeZone: row.seriesTimeZone ?? "" }
        : null,
    postponedTo:
      row.postponedToId !== null && row.toStartsAt !== null
        ? { id: row.postponedToId, title: row.toTitle ?? "", startsAt: fromSqlDate(row.toStartsAt), timeZone: row.toTimeZone ?? "" }
        : null,
    postponedFrom:
      row.fromId !== null && row.fromStartsAt !== null
        ? { id: row.fromId, title: row.fromTitle ?? "", startsAt: fromSqlDate(row.fromStartsAt), timeZone: row.fromTimeZone ?? "" }
        : null,
    chairPerson: row.chairGivenName !== null && row.chairFamilyName !== null ? { givenName: row.chairGivenName, familyName: row.chairFamilyName } : null,
    chairAgency: row.chairAgencyName !== null ? { name: row.chairAgencyName, acronym: row.chairAgencyAcronym } : null,
    timeMarks: marks.map((m) => ({ id: m.id, kind: m.kind, at: fromSqlDate(m.at) })),
  };
}
