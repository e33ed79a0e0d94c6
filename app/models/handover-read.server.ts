// One handover for its pages on the raw read path (decision 012): the same shape as getHandover in
// handover.server.ts (which the forms' actions keep using before they write), in two prepared
// statements — the handover with its post, agency and people, then its versions with who submitted
// and acknowledged each — instead of Prisma's nested reads. tests/integration/handover-read.test.ts
// checks both give the same handover, and the same refusal to a reader without clearance.
import { canReadHandover, type AccessContext } from "~/domain/access";
import { NOTE_SECTIONS, notesChanged, notesOf, type Notes } from "~/domain/handover-rules";
import { accessSqlParams, visibleHandoversSql, type AccessSqlParams } from "~/permissions.server";
import { parseDossier } from "~/domain/dossier";
import { fromSqlDate, readQuery, readSnapshot } from "~/read-db.server";

type NoteColumns = {
  ongoingMatters: string | null;
  pendingDecisions: string | null;
  keyContacts: string | null;
  risks: string | null;
  filesLocation: string | null;
  otherNotes: string | null;
};
const noteColumns = (alias: string) => NOTE_SECTIONS.map((c) => `${alias}.${c}`).join(", ");

type PersonColumns<P extends string> = { [K in `${P}Id` | `${P}Given` | `${P}Family`]: string | null } & { [K in `${P}Honorific` | `${P}Email`]: string | null };

type HandoverRow = NoteColumns &
  PersonColumns<"out"> &
  PersonColumns<"in"> & {
    id: string;
    positionId: string;
    agencyId: string;
    outgoingAssignmentId: string | null;
    outgoingPersonId: string | null;
    incomingPersonId: string | null;
    status: string;
    submittedAt: string | null;
    acknowledgedAt: string | null;
    acknowledgedById: string | null;
    confidentiality: string;
    archivedAt: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    positionTitle: string;
    positionEmail: string | null;
    agencyName: string;
    agencyAcronym: string | null;
  };

// The handover's outgoing and incoming people (alias h), and who acknowledged a handover or a version.
const PEOPLE_COLUMNS = `op.id AS outId, op.honorific AS outHonorific, op.givenName AS outGiven, op.familyName AS outFamily, op.email AS outEmail,
    ip.id AS inId, ip.honorific AS inHonorific, ip.givenName AS inGiven, ip.familyName AS inFamily, ip.email AS inEmail`;
const PEOPLE_JOINS = `LEFT JOIN Person op ON op.id = h.outgoingPersonId LEFT JOIN Person ip ON ip.id = h.incomingPersonId`;
const acknowledgerJoin = (alias: string) => `LEFT JOIN User au ON au.id = ${alias}.acknowledgedById LEFT JOIN Person ap ON ap.id = au.personId`;

const handoverQuery = readQuery<AccessSqlParams & { id: string }, HandoverRow>(`
  SELECT h.id, h.positionId, h.agencyId, h.outgoingAssignmentId, h.outgoingPersonId, h.incomingPersonId, h.status,
    ${noteColumns("h")}, h.submittedAt, h.acknowledgedAt, h.acknowledgedById, h.confidentiality, h.archivedAt, h.version,
    h.createdAt, h.updatedAt,
    po.title AS positionTitle, po.functionalEmail AS positionEmail, ag.name AS agencyName, ag.acronym AS agencyAcronym,
    ${PEOPLE_COLUMNS}
  FROM Handover h
  JOIN Position po ON po.id = h.positionId
  JOIN Agency ag ON ag.id = h.agencyId
  ${PEOPLE_JOINS}
  WHERE h.id = @id AND ${visibleHandoversSql("h")}`);

type VersionRow = NoteColumns & {
  id: string;
  number: number;
  submittedAt: string;
  acknowledgedAt: string | null;
  subEmail: string | null;
  subGiven: string | null;
  subFamily: string | null;
  ackEmail: string | null;
  ackGiven: string | null;
  ackFamily: string | null;
};

const versionsQuery = readQuery<{ id: string }, VersionRow>(`
  SELECT v.id, v.number, ${noteColumns("v")}, v.submittedAt, v.acknowledgedAt,
    su.email AS subEmail, sp.givenName AS subGiven, sp.familyName AS subFamily,
    au.email AS ackEmail, ap.givenName AS ackGiven, ap.familyName AS ackFamily
  FROM HandoverVersion v
  LEFT JOIN User su ON su.id = v.submittedById
  LEFT JOIN Person sp ON sp.id = su.personId
  ${acknowledgerJoin("v")}
  WHERE v.handoverId = @id
  ORDER BY v.number DESC
  LIMIT 50`);


function personOf(row: PersonColumns<"out"> & PersonColumns<"in">, p: "out" | "in") {
  const id = row[`${p}Id`];
  if (!id) return null;
  return { id, honorific: row[`${p}Honorific`], givenName: row[`${p}Given`] ?? "", familyName: row[`${p}Family`] ?? "", email: row[`${p}Email`] };
}

function userOf(email: string | null, given: string | null, family: string | null) {
  if (email === null) return null;
  return { email, person: given !== null && family !== null ? { givenName: given, familyName: family } : null };
}

/** The handover if the reader may read its content (else null: the routes answer 404). */
export function readHandover(ctx: AccessContext, id: string) {
  return readSnapshot(() => {
    const row = handoverQuery.get({ ...accessSqlParams(ctx), id });
    if (!row) return null;
    const versions = versionsQuery.all({ id }).map((v) => ({
      id: v.id,
      number: v.number,
      ...notesOf(v),
      submittedAt: new Date(v.submittedAt),
      acknowledgedAt: fromSqlDate(v.acknowledgedAt),
      submittedBy: userOf(v.subEmail, v.subGiven, v.subFamily),
      acknowledgedBy: userOf(v.ackEmail, v.ackGiven, v.ackFamily),
    }));
    const latest = versions[0] ?? null;
    return {
      id: row.id,
      positionId: row.positionId,
      agencyId: row.agencyId,
      outgoingAssignmentId: row.outgoingAssignmentId,
      outgoingPersonId: row.outgoingPersonId,
      incomingPersonId: row.incomingPersonId,
      status: row.status,
      ...notesOf(row),
      submittedAt: fromSqlDate(row.submittedAt),
      acknowledgedAt: fromSqlDate(row.acknowledgedAt),
      acknowledgedById: row.acknowledgedById,
      confidentiality: row.confidentiality,
      archivedAt: fromSqlDate(row.archivedAt),
      version: row.version,
      createdAt: new Date(row.createdAt),
      updatedAt: new Date(row.updatedAt),
      position: { id: row.positionId, title: row.positionTitle, functionalEmail: row.positionEmail },
      agency: { id: row.agencyId, name: row.agencyName, acronym: row.agencyAcronym },
      outgoingPerson: personOf(row, "out"),
      incomingPerson: personOf(row, "in"),
      versions,
      latestAcknowledged: latest?.acknowledgedAt != null,
      draftChanged: notesChanged(notesOf(row), latest ? notesOf(latest) : null),
    };
  });
}

const versionDossierQuery = readQuery<{ id: string; number: number }, { dossier: string }>(`
  SELECT dossier FROM HandoverVersion WHERE handoverId = @id AND number = @number`);

/** The frozen dossier of one version (read apart: it is the large part). */
export function readVersionDossier(handoverId: string, number: number) {
  const row = versionDossierQuery.get({ id: handoverId, number });
  return row ? parseDossier(row.dossier) : null;
}

type LatestRow = PersonColumns<"out"> &
  PersonColumns<"in"> & {
    id: string;
    positionId: string;
    agencyId: string;
    outgoingPersonId: string | null;
    incomingPersonId: string | null;
    status: string;
    confidentiality: string;
    submittedAt: string | null;
    acknowledgedAt: string | null;
    acknowledgedById: string | null;
    archivedAt: string | null;
    createdAt: string;
    ackEmail: string | null;
    ackGiven: string | null;
    ackFamily: string | null;
  };
const latestOfPostQuery = readQuery<{ positionId: string }, LatestRow>(`
  SELECT h.id, h.positionId, h.agencyId, h.outgoingPersonId, h.incomingPersonId, h.status, h.confidentiality,
    h.submittedAt, h.acknowledgedAt, h.acknowledgedById, h.archivedAt, h.createdAt,
    ${PEOPLE_COLUMNS},
    au.email AS ackEmail, ap.givenName AS ackGiven, ap.familyName AS ackFamily
  FROM Handover h
  ${PEOPLE_JOINS}
  ${acknowledgerJoin("h")}
  WHERE h.positionId = @positionId AND h.archivedAt IS NULL
  ORDER BY h.createdAt DESC, h.id DESC
  LIMIT 1`);

/**
 * The post's latest handover as its page shows it: the facts (directory information, open to every
 * reader: decision 033), the people, and whether the reader may open its content. Null when none.
 */
export function readLatestHandoverOfPost(ctx: AccessContext, positionId: string) {
  const row = latestOfPostQuery.get({ positionId });
  if (!row) return null;
  const facts = {
    id: row.id,
    positionId: row.positionId,
    agencyId: row.agencyId,
    outgoingPersonId: row.outgoingPersonId,
    incomingPersonId: row.incomingPersonId,
    status: row.status,
    confidentiality: row.confidentiality,
    submittedAt: fromSqlDate(row.submittedAt),
    acknowledgedAt: fromSqlDate(row.acknowledgedAt),
    acknowledgedById: row.acknowledgedById,
    archivedAt: fromSqlDate(row.archivedAt),
    createdAt: new Date(row.createdAt),
  };
  return {
    ...facts,
    outgoingPerson: personOf(row, "out"),
    incomingPerson: personOf(row, "in"),
    acknowledgedBy: userOf(row.ackEmail, row.ackGiven, row.ackFamily),
    readable: canReadHandover(ctx, facts),
  };
}
