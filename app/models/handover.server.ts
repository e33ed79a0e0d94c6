// Handovers: the outgoing person's notes for a post, the live dossier beside them, and the frozen,
// numbered versions submitted (HandoverVersion rows are never rewritten; only their acknowledgement is
// recorded once). A handover is addressed to a person, or to the post until its next holder is known.
// Its facts (post, people, status, dates) are directory information; its content (notes, dossier) is
// classified (decision 033, canReadHandover/visibleHandovers: "restricted" = the post's agency) plus
// the grants this module gives the outgoing and incoming people, who may not be agency staff then.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { HANDOVER_FACT_FIELDS, withHandoverReadable, type AccessContext } from "~/domain/access";
import { NOTE_SECTIONS, notesChanged, notesOf, type HandoverTab, type Notes, type NoteSection } from "~/domain/handover-rules";
import { currentAssignmentWhere, visibleHandovers } from "~/permissions.server";
import type { HandoverNotesData } from "~/schemas/handover";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import { gatherDossier, postAccessContext } from "./dossier.server";
import { enqueueNotification, type NoticeAddress } from "./notifications.server";
import { personName } from "~/domain/labels";

type Tx = Prisma.TransactionClient;

/** The notes of a handover or of one of its versions, and when they were submitted and acknowledged. */
const noteFields = {
  ongoingMatters: true,
  pendingDecisions: true,
  keyContacts: true,
  risks: true,
  filesLocation: true,
  otherNotes: true,
  submittedAt: true,
  acknowledgedAt: true,
} as const satisfies Record<NoteSection | "submittedAt" | "acknowledgedAt", true>;

const handoverFields = {
  id: true,
  positionId: true,
  agencyId: true,
  outgoingAssignmentId: true,
  outgoingPersonId: true,
  incomingPersonId: true,
  status: true,
  ...noteFields,
  acknowledgedById: true,
  confidentiality: true,
  archivedAt: true,
  // The record version: a stale edit form is a conflict, and the audit's version rebuilds what changed.
  version: true,
} satisfies Prisma.HandoverSelect;

const personFields = { select: { id: true, honorific: true, givenName: true, familyName: true, email: true } } as const;


async function grant(tx: Tx, handoverId: string, personId: string | null, grantedById: string | null) {
  if (!personId) return;
  const existing = await tx.accessGrant.findUnique({ where: { entity_entityId_personId: { entity: "handover", entityId: handoverId, personId } }, select: { id: true } });
  if (existing) return;
  const row = await tx.accessGrant.create({ data: { entity: "handover", entityId: handoverId, personId, grantedById }, select: { id: true, entity: true, entityId: true, personId: true } });
  await recordAudit(tx, { actorId: grantedById, entity: "accessGrant", entityId: row.id, action: "create", after: row });
}

/**
 * Starts (or returns) the handover of one tenure of a post, inside the caller's transaction. Called
 * when a tenure is ended or a successor named, and from the post page. A tenure has one handover.
 */
export async function ensureHandover(
  tx: Tx,
  actorId: string | null,
  post: { id: string; agencyId: string },
  outgoing: { assignmentId: string; personId: string } | null,
  incomingPersonId: string | null,
): Promise<{ id: string; created: boolean }> {
  const existing = await tx.handover.findFirst({
    where: { positionId: post.id, archivedAt: null, ...(outgoing ? { outgoingAssignmentId: outgoing.assignmentId } : { outgoingAssignmentId: null, acknowledgedAt: null }) },
    orderBy: { createdAt: "desc" },
    select: { id: true, incomingPersonId: true },
  });
  if (existing) {
    if (incomingPersonId && !existing.incomingPersonId) await addressTo(tx, actorId, existing.id, incomingPersonId);
    return { id: existing.id, created: false };
  }
  const created = await tx.handover.create({
    data: {
      positionId: post.id,
      agencyId: post.agencyId,
      outgoingAssignmentId: outgoing?.assignmentId ?? null,
      outgoingPersonId: outgoing?.personId ?? null,
      incomingPersonId,
      status: "draft",
      confidentiality: "restricted",
    },
    select: handoverFields,
  });
  await recordAudit(tx, { actorId, entity: "handover", entityId: created.id, action: "create", after: created });
  await grant(tx, created.id, outgoing?.personId ?? null, actorId);
  await grant(tx, created.id, incomingPersonId, actorId);
  return { id: created.id, created: true };
}

/** Names the incoming person of a handover that was addressed to the post, and clears them for it. */
export async function addressTo(tx: Tx, actorId: string | null, handoverId: string, personId: string) {
  const before = await tx.handover.findUniqueOrThrow({ where: { id: handoverId }, select: handoverFields });
  if (before.incomingPersonId || before.outgoingPersonId === personId) return;
  const after = await tx.handover.update({ where: { id: handoverId }, data: { incomingPersonId: personId, ...nextVersion }, select: handoverFields });
  await recordAudit(tx, { actorId, entity: "handover", entityId: handoverId, action: "address", before, after });
  await grant(tx, handoverId, personId, actorId);
}

/** From the post page: the handover of its current holder's tenure, or one addressed to the post. */
export function startHandoverForPost(actorId: string, positionId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const post = await tx.position.findUniqueOrThrow({ where: { id: positionId }, select: { id: true, agencyId: true } });
    const holder = await tx.assignment.findFirst({
      where: { positionId, acting: false, ...currentAssignmentWhere(now) },
      orderBy: { startDate: "desc" },
      select: { id: true, personId: true },
    });
    // The latest ended tenure when the post is vacant: its holder may still write the notes.
    const outgoing =
      holder ??
      (await tx.assignment.findFirst({ where: { positionId, acting: false, endDate: { lte: now } }, orderBy: { endDate: "desc" }, select: { id: true, personId: true } }));
    const successor = outgoing
      ? await tx.assignment.findFirst({ where: { positionId, acting: false, startDate: { gt: now }, NOT: { personId: outgoing.personId } }, orderBy: { startDate: "asc" }, select: { personId: true } })
      : null;
    return ensureHandover(tx, actorId, post, outgoing ? { assignmentId: outgoing.id, personId: outgoing.personId } : null, successor?.personId ?? null);
  });
}


function tabWhere(ctx: AccessContext, tab: HandoverTab): Prisma.HandoverWhereInput {
  if (tab === "write") return { outgoingPersonId: ctx.personId ?? "-" };
  if (tab === "read") {
    return {
      OR: [
        { incomingPersonId: ctx.personId ?? "-" },
        // Addressed to a post I hold now: I am its next holder.
        { incomingPersonId: null, positionId: { in: [...ctx.positionIds] }, OR: [{ outgoingPersonId: null }, { outgoingPersonId: { not: ctx.personId ?? "-" } }] },
      ],
    };
  }
  return {};
}

/** The facts of a handover (decision 033): what lists show to every reader, never the notes. */
const factsSelect = Object.fromEntries(HANDOVER_FACT_FIELDS.map((field) => [field, true])) as Record<(typeof HANDOVER_FACT_FIELDS)[number], true>;

/**
 * One page of handovers for a tab, newest activity first. Lists show facts, which are directory
 * information; each row says whether the reader may open its content (notes and dossier).
 */
export async function listHandovers(ctx: AccessContext, tab: HandoverTab, { skip, take }: { skip: number; take: number }) {
  const where: Prisma.HandoverWhereInput = { AND: [{ archivedAt: null }, tabWhere(ctx, tab)] };
  const [rows, total] = await Promise.all([
    prisma.handover.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip,
      take,
      select: {
        ...factsSelect,
        updatedAt: true,
        position: { select: { id: true, title: true } },
        agency: { select: { id: true, name: true, acronym: true } },
        outgoingPerson: personFields,
        incomingPerson: personFields,
        acknowledgedBy: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
        _count: { select: { versions: true } },
      },
    }),
    prisma.handover.count({ where }),
  ]);
  return { rows: withHandoverReadable(ctx, rows), total };
}

/** A handover with its versions (newest first), or null when missing or not visible. */
export async function getHandover(ctx: AccessContext, id: string) {
  const row = await prisma.handover.findFirst({
    where: { AND: [{ id }, visibleHandovers(ctx)] },
    select: {
      ...handoverFields,
      createdAt: true,
      updatedAt: true,
      position: { select: { id: true, title: true, functionalEmail: true } },
      agency: { select: { id: true, name: true, acronym: true } },
      outgoingPerson: personFields,
      incomingPerson: personFields,
      versions: {
        orderBy: { number: "desc" },
        take: 50,
        select: {
          id: true,
          number: true,
          ...noteFields,
          submittedBy: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
          acknowledgedBy: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const latest = row.versions[0] ?? null;
  return {
    ...row,
    latestAcknowledged: latest?.acknowledgedAt != null,
    draftChanged: notesChanged(notesOf(row), latest ? notesOf(latest) : null),
  };
}

export type SaveResult = { ok: true; version: number | null } | { ok: false; empty: true };

/**
 * Saves the notes; with `submit`, also freezes them and the dossier as the next version. The form
 * carries the record version it was loaded at: a stale form throws StaleEditError (nothing written).
 */
export function saveHandoverNotes(actorId: string, id: string, data: HandoverNotesData, now = new Date()): Promise<SaveResult> {
  return prisma.$transaction(async (tx): Promise<SaveResult> => {
    const before = await tx.handover.findUniqueOrThrow({ where: { id }, select: handoverFields });
    const notes: Notes = {
      ongoingMatters: data.ongoingMatters,
      pendingDecisions: data.pendingDecisions,
      keyContacts: data.keyContacts,
      risks: data.risks,
      filesLocation: data.filesLocation,
      otherNotes: data.otherNotes,
    };
    // An empty submission is refused as such only from a current form; a stale one is a conflict first.
    const empty = data.intent === "submit" && NOTE_SECTIONS.every((s) => !notes[s]);
    if (empty && before.version === data.version) return { ok: false, empty: true };
    await claimVersion(tx, { entity: "handover", id, expected: data.version, current: before }, (where) =>
      tx.handover.updateMany({ where, data: { ...notes, confidentiality: data.confidentiality, ...nextVersion } }),
    );
    const after = await tx.handover.findUniqueOrThrow({ where: { id }, select: handoverFields });
    await recordAudit(tx, { actorId, entity: "handover", entityId: id, action: "update", before, after });
    if (data.intent !== "submit") return { ok: true, version: null };
    const version = await freezeVersion(tx, actorId, after, notes, now);
    return { ok: true, version };
  });
}

async function freezeVersion(tx: Tx, actorId: string | null, h: { id: string; positionId: string; agencyId: string }, notes: Notes, now: Date) {
  const last = await tx.handoverVersion.findFirst({ where: { handoverId: h.id }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  const dossier = await gatherDossier(tx, await postAccessContext(tx, { id: h.positionId, agencyId: h.agencyId }, now), h.positionId, now);
  const version = await tx.handoverVersion.create({
    data: { handoverId: h.id, number, ...notes, dossier: JSON.stringify(dossier), submittedAt: now, submittedById: actorId },
    select: { id: true, handoverId: true, number: true, submittedAt: true },
  });
  await recordAudit(tx, { actorId, entity: "handoverVersion", entityId: version.id, action: "create", after: version });
  const before = await tx.handover.findUniqueOrThrow({ where: { id: h.id }, select: handoverFields });
  const after = await tx.handover.update({
    where: { id: h.id },
    // A new version needs a new acknowledgement; the earlier one stays on its version.
    data: { status: "submitted", submittedAt: now, acknowledgedAt: null, acknowledgedById: null, dossierSnapshot: null, ...nextVersion },
    select: handoverFields,
  });
  await recordAudit(tx, { actorId, entity: "handover", entityId: h.id, action: "submit", before, after });
  await noticeToReader(tx, after, number);
  return number;
}

/** Seed and generator entry: freeze a version of a handover as it stands, in the caller's transaction. */
export async function submitInTransaction(tx: Tx, actorId: string | null, id: string, now: Date) {
  const h = await tx.handover.findUniqueOrThrow({ where: { id }, select: handoverFields });
  return freezeVersion(tx, actorId, h, notesOf(h), now);
}

export type AcknowledgeResult = { ok: true } | { ok: false; error: "handover.error.notLatest" | "handover.error.alreadyAcknowledged" };

/** The incoming person acknowledges the latest version, dated; earlier versions keep their own state. */
export function acknowledgeHandover(actorId: string, id: string, number: number, now = new Date()): Promise<AcknowledgeResult> {
  return prisma.$transaction(async (tx): Promise<AcknowledgeResult> => {
    const latest = await tx.handoverVersion.findFirst({ where: { handoverId: id }, orderBy: { number: "desc" }, select: { id: true, number: true, acknowledgedAt: true } });
    if (!latest || latest.number !== number) return { ok: false, error: "handover.error.notLatest" };
    if (latest.acknowledgedAt) return { ok: false, error: "handover.error.alreadyAcknowledged" };
    const version = await tx.handoverVersion.update({ where: { id: latest.id }, data: { acknowledgedAt: now, acknowledgedById: actorId }, select: { id: true, number: true, acknowledgedAt: true, acknowledgedById: true } });
    await recordAudit(tx, { actorId, entity: "handoverVersion", entityId: latest.id, action: "acknowledge", before: { acknowledgedAt: null, acknowledgedById: null }, after: version });
    const before = await tx.handover.findUniqueOrThrow({ where: { id }, select: handoverFields });
    const after = await tx.handover.update({ where: { id }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedById: actorId, ...nextVersion }, select: handoverFields });
    await recordAudit(tx, { actorId, entity: "handover", entityId: id, action: "acknowledge", before, after });
    return { ok: true };
  });
}

/**
 * Tells the reader a version is waiting: the incoming person (their account, else their directory
 * email), or the post itself when nobody is named yet, resolved to its holder when the outbox runs.
 */
async function noticeToReader(tx: Tx, h: { id: string; positionId: string; agencyId: string; confidentiality: string; incomingPersonId: string | null; outgoingPersonId: string | null }, number: number) {
  const [post, incoming, outgoing] = await Promise.all([
    tx.position.findUniqueOrThrow({ where: { id: h.positionId }, select: { title: true } }),
    h.incomingPersonId ? tx.person.findUnique({ where: { id: h.incomingPersonId }, select: { email: true, givenName: true, familyName: true, user: { select: { id: true, disabledAt: true } } } }) : null,
    h.outgoingPersonId ? tx.person.findUnique({ where: { id: h.outgoingPersonId }, select: { givenName: true, familyName: true } }) : null,
  ]);
  let to: NoticeAddress = { positionId: h.positionId };
  if (incoming?.user && !incoming.user.disabledAt) to = { userId: incoming.user.id };
  else if (incoming?.email) to = { email: incoming.email, name: personName(incoming) };
  const values = { post: post.title, version: number, from: outgoing ? personName(outgoing) : post.title };
  await enqueueNotification(tx, {
    kind: "handover",
    to,
    key: `handover:${h.id}:v${number}`,
    subject: { key: "notify.handover.subject", values },
    body: { key: "notify.handover.body", values },
    link: `/handovers/${h.id}`,
    about: { entity: "handover", record: { id: h.id, confidentiality: h.confidentiality, agencyId: h.agencyId } },
  });
}
