// Loads a handover for a route and decides what the reader may do with it (rules in
// app/domain/handover-rules.ts). Missing and not-visible are the same answer: 404.
import type { AccessContext } from "~/domain/access";
import { canAcknowledgeHandover, canWriteHandover, followsRotation, handoverStatus, type HandoverFacts } from "~/domain/handover-rules";
import { notFound } from "~/permissions.server";
import { readDossier } from "./dossier-read.server";
import { readHandover, readVersionDossier } from "./handover-read.server";
import { getHandover } from "./handover.server";

/**
 * The handover and what the reader may do with it. Forms' actions read it through Prisma (`getHandover`,
 * before they write); the pages pass `readHandover`, the same handover on the raw read path.
 */
export async function handoverForReader(ctx: AccessContext, id: string | undefined, read: typeof getHandover = getHandover) {
  const handover = id ? await read(ctx, id) : null;
  if (!handover) throw notFound();
  const facts: HandoverFacts = {
    positionId: handover.positionId,
    agencyId: handover.agencyId,
    outgoingPersonId: handover.outgoingPersonId,
    incomingPersonId: handover.incomingPersonId,
    status: handover.status,
    archivedAt: handover.archivedAt,
    latestAcknowledged: handover.latestAcknowledged,
    hasVersion: handover.versions.length > 0,
  };
  return {
    handover,
    facts,
    displayStatus: handoverStatus({ hasVersion: facts.hasVersion, latestAcknowledged: facts.latestAcknowledged, draftChanged: handover.draftChanged }),
    can: {
      write: canWriteHandover(ctx, facts),
      acknowledge: canAcknowledgeHandover(ctx, facts),
      follow: followsRotation(ctx),
    },
  };
}

/**
 * What a handover page shows: a submitted version (the latest unless ?v=N) with its frozen dossier, or
 * the working draft (?draft=1, or before any submission) beside the live dossier read with the
 * reader's own clearance.
 */
export async function handoverView(ctx: AccessContext, id: string | undefined, search: URLSearchParams, now = new Date()) {
  const view = await handoverForReader(ctx, id, async (c, i) => readHandover(c, i));
  const { handover } = view;
  const asked = Number.parseInt(search.get("v") ?? "", 10);
  const draft = (search.get("draft") === "1" && view.can.write) || handover.versions.length === 0;
  const version = draft ? null : (handover.versions.find((v) => v.number === asked) ?? handover.versions[0] ?? null);
  const dossier = version ? readVersionDossier(handover.id, version.number) : readDossier(ctx, handover.positionId, now);
  const source = version ?? handover;
  const notes = {
    ongoingMatters: source.ongoingMatters,
    pendingDecisions: source.pendingDecisions,
    keyContacts: source.keyContacts,
    risks: source.risks,
    filesLocation: source.filesLocation,
    otherNotes: source.otherNotes,
  };
  return { ...view, version: version ? { number: version.number, submittedAt: version.submittedAt } : null, draft, dossier, notes };
}
