// Who may do what with a handover. Pure: permissions come from the AccessContext (roles and current
// posts); clearance is a separate question, answered by canSee/visibleHandovers before these.
import { can, hasRole, type AccessContext } from "./access";

export type HandoverFacts = {
  positionId: string;
  agencyId: string;
  outgoingPersonId: string | null;
  incomingPersonId: string | null;
  status: string;
  archivedAt: Date | string | null;
  /** Whether the latest submitted version is acknowledged (false when none is submitted). */
  latestAcknowledged: boolean;
  hasVersion: boolean;
};

const owner = (h: Pick<HandoverFacts, "agencyId" | "positionId">) => ({ agencyId: h.agencyId, positionId: h.positionId });

/** Starting a handover for a post: who may manage the post's handovers (its agency, or "any"). */
export function canStartHandover(ctx: AccessContext, post: { agencyId: string; positionId: string }): boolean {
  return can(ctx, "create", "handover", post);
}

/**
 * Writing the notes and submitting: the outgoing person (even once their tenure has ended, which is
 * when notes are often finished), or whoever may update the post's handovers.
 */
export function canWriteHandover(ctx: AccessContext, h: HandoverFacts): boolean {
  if (h.archivedAt) return false;
  if (h.outgoingPersonId !== null && ctx.personId === h.outgoingPersonId) return true;
  return can(ctx, "update", "handover", owner(h));
}

/**
 * Acknowledging: the incoming person named on it; a handover addressed to the post, whoever holds the
 * post now. Never the outgoing person, and only a submitted version not yet acknowledged.
 */
export function canAcknowledgeHandover(ctx: AccessContext, h: HandoverFacts): boolean {
  if (h.archivedAt || !h.hasVersion || h.latestAcknowledged) return false;
  if (ctx.personId === null || ctx.personId === h.outgoingPersonId) return false;
  if (h.incomingPersonId !== null) return ctx.personId === h.incomingPersonId;
  return ctx.positionIds.includes(h.positionId);
}

/** Secretaries and administrators follow every handover in their sight, and the rotation risks. */
/** The handover list's tabs: mine to read, mine to write, and (for those who follow rotation) all. */
export const HANDOVER_TABS = ["read", "write", "all"] as const;
export type HandoverTab = (typeof HANDOVER_TABS)[number];

export function followsRotation(ctx: AccessContext): boolean {
  return hasRole(ctx, "admin") || hasRole(ctx, "secretary");
}

/** The status shown for a handover, from its versions. */
export function handoverStatus(h: { hasVersion: boolean; latestAcknowledged: boolean; draftChanged: boolean }): "draft" | "submitted" | "acknowledged" | "revising" {
  if (!h.hasVersion) return "draft";
  if (h.draftChanged) return "revising";
  return h.latestAcknowledged ? "acknowledged" : "submitted";
}

export const NOTE_SECTIONS = ["ongoingMatters", "pendingDecisions", "keyContacts", "risks", "filesLocation", "otherNotes"] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];
export type Notes = Record<NoteSection, string | null>;

/** Whether the working notes differ from the last submitted version. */
export function notesChanged(current: Notes, submitted: Notes | null): boolean {
  if (!submitted) return true;
  return NOTE_SECTIONS.some((s) => (current[s] ?? "") !== (submitted[s] ?? ""));
}

/** The note sections of a row that holds them (a handover, one of its versions). */
export function notesOf(row: Record<(typeof NOTE_SECTIONS)[number], string | null>): Notes {
  return {
    ongoingMatters: row.ongoingMatters,
    pendingDecisions: row.pendingDecisions,
    keyContacts: row.keyContacts,
    risks: row.risks,
    filesLocation: row.filesLocation,
    otherNotes: row.otherNotes,
  };
}
