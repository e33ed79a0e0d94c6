// The decision register: numbered per committee and year, never edited in place once on a held
// meeting's record (a correction supersedes), every write audited in its own transaction.
// This module is the record (reads, database checks, writes); the register's list is in decision-list.server.ts.
import type { Prisma, PrismaClient } from "@prisma/client";
import { prisma } from "~/db.server";
import { canSee, type AccessContext } from "~/domain/access";
import { decisionYear, nextSerial } from "~/domain/decision-numbering";
import { namedVotes, tallyProblems } from "~/domain/recorded-vote";
import { mayEditInPlace, supersessionProblem } from "~/domain/supersession";
import type { FieldErrors } from "~/submissions/form-result";
import { keptOut, requireReferences, type References } from "~/submissions/references.server";
import { visibleCommittees, visibleDocuments, visibleMeetings } from "~/permissions.server";
import type { DecisionData } from "~/schemas/decision";
import { grantCreatorIfConfidential, type Actor } from "./access-grant.server";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import { withWriteRetry } from "./write-retry.server";
import { messageFor } from "~/i18n/locale.server";

const decisionFields = {
  id: true,
  committeeId: true,
  meetingId: true,
  agendaItemId: true,
  year: true,
  serial: true,
  title: true,
  text: true,
  adoption: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstaining: true,
  status: true,
  decidedOn: true,
  supersedesId: true,
  confidentiality: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.DecisionSelect;

const numberFields = {
  id: true,
  year: true,
  serial: true,
  title: true,
  committee: { select: { decisionPrefix: true } },
} satisfies Prisma.DecisionSelect;

export function getDecision(id: string) {
  return prisma.decision.findUnique({
    where: { id },
    select: {
      ...decisionFields,
      committee: { select: { id: true, name: true, shortName: true, decisionPrefix: true } },
      meeting: { select: { id: true, title: true, status: true, startsAt: true, timeZone: true, confidentiality: true, committeeId: true } },
      agendaItem: { select: { id: true, label: true, title: true } },
      supersedes: { select: { ...numberFields, confidentiality: true, committeeId: true } },
      supersededBy: { select: { ...numberFields, confidentiality: true, committeeId: true } },
      votes: { orderBy: [{ vote: "asc" }, { voterLabel: "asc" }], select: { id: true, voterLabel: true, vote: true } },
      documentLinks: {
        where: { archivedAt: null },
        select: {
          id: true,
          document: { select: { id: true, symbol: true, title: true, confidentiality: true, committeeId: true, agencyId: true } },
        },
      },
    },
  });
}

export type DecisionDetail = NonNullable<Awaited<ReturnType<typeof getDecision>>>;

/** What the reader may see of a decision's neighbours: links they are not cleared for are left out. */
export function visibleNeighbours(ctx: AccessContext, decision: DecisionDetail) {
  const seeDecision = (d: DecisionDetail["supersedes"]) => (d && canSee(ctx, "decision", d) ? d : null);
  return {
    meeting: decision.meeting && canSee(ctx, "meeting", decision.meeting) ? decision.meeting : null,
    supersedes: seeDecision(decision.supersedes),
    supersededBy: seeDecision(decision.supersededBy),
    documents: decision.documentLinks.map((l) => l.document).filter((d) => canSee(ctx, "document", d)),
  };
}

/** The state the supersession rules read. */
export function recordState(decision: Pick<DecisionDetail, "committeeId" | "archivedAt" | "meeting" | "supersededBy">) {
  return {
    committeeId: decision.committeeId,
    archivedAt: decision.archivedAt,
    meetingStatus: decision.meeting?.status ?? null,
    supersededById: decision.supersededBy?.id ?? null,
  };
}

/** Where a new decision is being recorded from: a meeting (and agenda item), or a decision it corrects. */
export async function decisionContext(
  ctx: AccessContext,
  { meetingId, supersedesId }: { meetingId: string | null; supersedesId: string | null },
) {
  const [meeting, supersedes] = await Promise.all([
    meetingId ? meetingWithAgenda(ctx, meetingId) : null,
    supersedesId ? getDecision(supersedesId) : null,
  ]);
  return {
    meeting,
    supersedes: supersedes && canSee(ctx, "decision", supersedes) ? supersedes : null,
  };
}

function meetingWithAgenda(ctx: AccessContext, id: string) {
  return prisma.meeting.findFirst({
    where: { AND: [{ id, archivedAt: null }, visibleMeetings(ctx)] },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      timeZone: true,
      committeeId: true,
      confidentiality: true,
      committee: { select: { id: true, name: true, shortName: true } },
      agendaItems: { where: { archivedAt: null }, orderBy: { order: "asc" }, take: 200, select: { id: true, label: true, title: true } },
    },
  });
}

/** `missingSymbols`: the symbols no visible document has (the caller names them in the reader's language). */
type Checked = { errors: FieldErrors; documentIds: string[]; missingSymbols: string[] };

/**
 * The rules the shared schema cannot check: the committee, meeting and agenda item exist, belong
 * together and may be seen; the superseded decision may be superseded; document symbols exist.
 */
/** The error on the document symbols, naming those not found, in the reader's language. */
export async function namingMissingSymbols(errors: FieldErrors, missingSymbols: string[], request: Request, locale: string | null | undefined): Promise<FieldErrors> {
  if (!missingSymbols.length) return errors;
  return { ...errors, documentSymbols: [await messageFor(request, locale, "error.decision.unknownDocuments", { symbols: missingSymbols.join(", ") })] };
}

export async function checkDecision(ctx: AccessContext, data: DecisionData, editing?: { id: string; year: number }): Promise<Checked> {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const committee = await prisma.committee.findFirst({
    where: { AND: [{ id: data.committeeId, archivedAt: null }, visibleCommittees(ctx)] },
    select: { id: true },
  });
  if (!committee) add("committeeId", "error.decision.committeeMissing");

  if (data.meetingId) {
    const meeting = await prisma.meeting.findFirst({
      where: { AND: [{ id: data.meetingId, archivedAt: null }, visibleMeetings(ctx)] },
      select: { committeeId: true },
    });
    if (!meeting) add("meetingId", "error.decision.meetingMissing");
    else if (meeting.committeeId !== data.committeeId) add("meetingId", "error.decision.meetingOtherCommittee");
    if (data.agendaItemId) {
      const item = await prisma.agendaItem.findFirst({
        where: { id: data.agendaItemId, meetingId: data.meetingId, archivedAt: null },
        select: { id: true },
      });
      if (!item) add("agendaItemId", "error.decision.agendaItemMissing");
    }
  }

  if (data.supersedesId) {
    const old = await getDecision(data.supersedesId);
    if (!old || !canSee(ctx, "decision", old)) add("supersedesId", "error.decision.supersededMissing");
    else {
      const problem = supersessionProblem(recordState(old), data.committeeId);
      if (problem) add("supersedesId", problem);
    }
  }

  // The number is fixed once given: moving a decision to another year would renumber it.
  if (editing && decisionYear(data.decidedOn) !== editing.year) add("decidedOn", "error.decision.yearFixed");

  const symbols = [...new Set((data.documentSymbols ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean))];
  let documentIds: string[] = [];
  let missingSymbols: string[] = [];
  if (symbols.length) {
    const documents = await prisma.document.findMany({
      where: { AND: [{ symbol: { in: symbols }, archivedAt: null }, visibleDocuments(ctx)] },
      select: { id: true, symbol: true },
    });
    const found = new Set(documents.map((d) => d.symbol));
    missingSymbols = symbols.filter((s) => !found.has(s));
    if (missingSymbols.length) add("documentSymbols", "error.decision.unknownDocuments");
    documentIds = documents.map((d) => d.id);
  }
  return { errors, documentIds, missingSymbols };
}

/**
 * What checkDecision found, checked again inside the write's transaction (decision 029): the committee,
 * the meeting (still of that committee), the agenda item (still of that meeting), the decision it
 * corrects and the documents it links, each still there and not archived. A record archived between the
 * check and the write refuses the save (ReferenceRefused: the form again, nothing written).
 */
function decisionReferences(data: Pick<DecisionData, "committeeId" | "meetingId" | "agendaItemId" | "supersedesId">, documentIds: readonly string[]): References {
  return {
    committeeId: { kind: "committee", id: data.committeeId, error: "error.decision.committeeMissing" },
    meetingId: { kind: "meeting", id: data.meetingId, where: { committeeId: data.committeeId }, error: "error.decision.meetingMissing" },
    agendaItemId: data.meetingId ? { kind: "agendaItem", id: data.agendaItemId, where: { meetingId: data.meetingId }, error: "error.decision.agendaItemMissing" } : null,
    supersedesId: { kind: "decision", id: data.supersedesId, where: { committeeId: data.committeeId }, error: "error.decision.supersededMissing" },
    documentSymbols: documentIds.map((id) => ({ kind: "document", id, error: "reference.error.document" }) as const),
  };
}

function decisionRow(data: DecisionData) {
  return {
    title: data.title,
    text: data.text,
    decidedOn: data.decidedOn,
    adoption: data.adoption,
    votesFor: data.votesFor,
    votesAgainst: data.votesAgainst,
    votesAbstaining: data.votesAbstaining,
    status: data.status,
    confidentiality: data.confidentiality,
  };
}

export class DecisionConflict extends Error {
  constructor(readonly field: string, readonly messageKey: string) {
    super(messageKey);
  }
}

/**
 * Records a decision with the next serial of its committee and year. The serial is read inside the
 * write transaction; if another writer took it first, the unique index refuses the insert and the
 * whole transaction is tried again (bounded).
 */
export function createDecision(
  actor: Actor,
  data: DecisionData,
  documentIds: string[],
  db: PrismaClient = prisma,
) {
  const year = decisionYear(data.decidedOn);
  return withWriteRetry(() =>
    db.$transaction(async (tx) => {
      await requireReferences(tx, decisionReferences(data, documentIds));
      if (data.supersedesId) {
        // Checked again here: two corrections of the same decision may race.
        const taken = await tx.decision.findFirst({ where: { supersedesId: data.supersedesId }, select: { id: true } });
        if (taken) throw new DecisionConflict("supersedesId", "error.decision.alreadySuperseded");
      }
      const top = await tx.decision.aggregate({ where: { committeeId: data.committeeId, year }, _max: { serial: true } });
      if (data.officialSerial !== null) {
        // Checked inside the transaction too: the unique index is the last word under concurrency.
        const taken = await tx.decision.findFirst({ where: { committeeId: data.committeeId, year, serial: data.officialSerial }, select: { id: true } });
        if (taken) throw new DecisionConflict("officialSerial", "error.decision.serialTaken");
      }
      const created = await tx.decision.create({
        data: {
          ...decisionRow(data),
          committeeId: data.committeeId,
          meetingId: data.meetingId,
          agendaItemId: data.meetingId ? data.agendaItemId : null,
          supersedesId: data.supersedesId,
          year,
          // The body's own serial when recorded; otherwise the next after the highest.
          serial: data.officialSerial ?? nextSerial(top._max.serial),
          votes: { create: data.adoption === "recorded_vote" ? namedVotes(data) : [] },
          documentLinks: { create: documentIds.map((documentId) => ({ documentId })) },
        },
        select: decisionFields,
      });
      await recordAudit(tx, { actorId: actor.userId, entity: "decision", entityId: created.id, action: "create", after: created });
      if (data.supersedesId) {
        await recordAudit(tx, {
          actorId: actor.userId,
          entity: "decision",
          entityId: data.supersedesId,
          action: "superseded",
          after: { supersededById: created.id },
        });
      }
      await grantCreatorIfConfidential(tx, actor, "decision", created);
      return created;
    }),
  );
}

/**
 * Edits a decision in place, which is allowed only until its meeting is held. Named votes recorded
 * with it stay (they are history): the counts must still match them. Unlinked documents are archived.
 */
export function updateDecision(
  actor: Actor,
  id: string,
  { version, ...data }: DecisionData & { version: number },
  documentIds: string[],
) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.decision.findUniqueOrThrow({
      where: { id },
      select: {
        ...decisionFields,
        meeting: { select: { status: true } },
        supersededBy: { select: { id: true } },
        votes: { select: { voterLabel: true, vote: true } },
        documentLinks: { where: { archivedAt: null }, select: { id: true, documentId: true } },
      },
    });
    if (!mayEditInPlace({ ...current, meetingStatus: current.meeting?.status ?? null, supersededById: current.supersededBy?.id ?? null })) {
      throw new DecisionConflict("title", "error.decision.notEditable");
    }
    if (current.votes.length) {
      const names = (vote: string) => current.votes.filter((v) => v.vote === vote).map((v) => v.voterLabel).join("\n") || null;
      const problem = tallyProblems(data.adoption, { ...data, votersFor: names("for"), votersAgainst: names("against"), votersAbstaining: names("abstain") })[0];
      if (problem) throw new DecisionConflict(problem.field.startsWith("voters") ? "votesFor" : problem.field, "error.decision.countsFixedByNames");
    }
    const { meeting: _meeting, supersededBy: _supersededBy, votes: _votes, documentLinks, ...before } = current;
    // Where it was taken and what it corrects stay as recorded, even if archived since; a newly chosen
    // agenda item and newly linked documents must still be there.
    const linked = new Set(documentLinks.map((l) => l.documentId));
    const kept = { committeeId: current.committeeId, meetingId: current.meetingId, agendaItemId: data.agendaItemId, supersedesId: current.supersedesId };
    await requireReferences(tx, keptOut(decisionReferences(kept, documentIds.filter((d) => !linked.has(d))), before));
    await claimVersion(tx, { entity: "decision", id, expected: version, current: before }, (where) =>
      tx.decision.updateMany({
        where,
        data: { ...decisionRow(data), agendaItemId: current.meetingId ? data.agendaItemId : null, ...nextVersion },
      }),
    );
    const after = await tx.decision.findUniqueOrThrow({ where: { id }, select: decisionFields });
    const keep = new Set(documentIds);
    const unlink = documentLinks.filter((l) => !keep.has(l.documentId)).map((l) => l.id);
    if (unlink.length) await tx.documentLink.updateMany({ where: { id: { in: unlink } }, data: { archivedAt: new Date() } });
    const link = documentIds.filter((d) => !linked.has(d));
    if (link.length) await tx.documentLink.createMany({ data: link.map((documentId) => ({ documentId, decisionId: id })) });
    await recordAudit(tx, {
      actorId: actor.userId,
      entity: "decision",
      entityId: id,
      action: "update",
      before: { ...before, documents: [...linked].sort() },
      after: { ...after, documents: [...documentIds].sort() },
    });
    await grantCreatorIfConfidential(tx, actor, "decision", after);
    return after;
  });
}
