// Who may do what, and who may see what. Pure rules: the server builds an AccessContext once per
// request (permissions.server.ts) and every loader, action, search, export and feed asks these.
//
// Two separate questions, kept apart on purpose:
// - permission: what a role lets a user do ("update:agency:own");
// - clearance: which records a user may see at all (confidentiality). No role bypasses clearance.
import type { Confidentiality, RoleName } from "./vocabulary";

export const PERMISSION_ACTIONS = ["create", "read", "update", "archive"] as const;
export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

export const PERMISSION_ENTITIES = [
  "agency",
  "person",
  "position",
  "assignment",
  "responsibility",
  "committee",
  "meeting",
  "attendance",
  "document",
  "decision",
  "action",
  "reporting",
  "holiday",
  "handover",
  "user",
  "audit",
] as const;
export type PermissionEntity = (typeof PERMISSION_ENTITIES)[number];

export type PermissionAccess = "any" | "own";
export type PermissionString = `${PermissionAction}:${PermissionEntity}:${PermissionAccess}`;

export type AccessContext = {
  userId: string;
  personId: string | null;
  roles: readonly RoleName[];
  permissions: readonly string[];
  /** Agencies of the posts the user currently holds (substantive or acting). */
  agencyIds: readonly string[];
  /** Posts the user currently holds. */
  positionIds: readonly string[];
  /** Committees the user's agencies currently sit on, or serve as secretariat. */
  committeeIds: readonly string[];
  /** Records of level "confidential" (or any level) this person is named on, by entity. */
  grants: Readonly<Partial<Record<ConfidentialEntity, readonly string[]>>>;
};

/** Who owns a record, for "own" permissions. */
export type Ownership = { agencyId?: string | null; positionId?: string | null };

/**
 * A record owned by no post or agency of the reader's: `can(ctx, action, entity, ANY_OWNER)` asks
 * whether they may do it whoever owns the record (the "any" permission), not only for their own.
 */
export const ANY_OWNER: Ownership = { agencyId: null, positionId: null };

export function can(
  ctx: AccessContext,
  action: PermissionAction,
  entity: PermissionEntity,
  owner?: Ownership,
): boolean {
  if (ctx.permissions.includes(`${action}:${entity}:any`)) return true;
  if (!ctx.permissions.includes(`${action}:${entity}:own`)) return false;
  // "own" without a record means "may do this to some record of mine", e.g. to show a create form.
  if (!owner) return true;
  return (
    (owner.agencyId != null && ctx.agencyIds.includes(owner.agencyId)) ||
    (owner.positionId != null && ctx.positionIds.includes(owner.positionId))
  );
}

export const CONFIDENTIAL_ENTITIES = [
  "committee",
  "meeting",
  "agendaItem",
  "document",
  "decision",
  "action",
  "reportingDeadline",
  "reportingObligation",
  "handover",
] as const;
export type ConfidentialEntity = (typeof CONFIDENTIAL_ENTITIES)[number];

/**
 * What decides who may see a record. "restricted" means the members of the committee concerned;
 * where a record has no committee, the staff of the agency it belongs to.
 */
export type Classified = {
  id: string;
  confidentiality: string;
  committeeId?: string | null;
  agencyId?: string | null;
  /** Several agencies concerned (a reporting obligation's lead and contributors): any of them. */
  agencyIds?: readonly string[];
};

export const OPEN_LEVELS: readonly Confidentiality[] = ["public", "internal"];

export function canSee(ctx: AccessContext, entity: ConfidentialEntity, record: Classified): boolean {
  if (ctx.grants[entity]?.includes(record.id)) return true;
  switch (record.confidentiality) {
    case "public":
    case "internal":
      return true;
    case "restricted":
      if (record.committeeId) return ctx.committeeIds.includes(record.committeeId);
      if (record.agencyId) return ctx.agencyIds.includes(record.agencyId);
      if (record.agencyIds) return record.agencyIds.some((id) => ctx.agencyIds.includes(id));
      return false;
    default:
      // "confidential" and anything unknown: named people only.
      return false;
  }
}

/**
 * Handovers are read in two parts (decision 033).
 * - Their **facts** — the post and its agency, who hands over to whom, the status, the level, when
 *   each version was submitted and acknowledged and by whom — are directory information, like the
 *   tenure they close: every signed-in reader may see them. So those who follow rotation see every
 *   handover and its acknowledgement (the "all" list, rotation risk, the post page).
 * - Their **content** — the notes of every version and of the working draft, the dossier (frozen or
 *   live), the print view, the edit form, the field changes in their history and the audit log, their
 *   search entry, the notices about them — is a classified record, decided here and nowhere else:
 *   "restricted" is the post's agency, "confidential" the people named on it (the outgoing and
 *   incoming people are named through AccessGrant). No role bypasses it.
 */
export const HANDOVER_FACT_FIELDS = [
  "id",
  "positionId",
  "agencyId",
  "outgoingPersonId",
  "incomingPersonId",
  "status",
  "confidentiality",
  "submittedAt",
  "acknowledgedAt",
  "acknowledgedById",
  "archivedAt",
] as const;

/** May the reader open a handover's content (notes, dossier, print, history)? */
export function canReadHandover(ctx: AccessContext, handover: { id: string; confidentiality: string; agencyId: string }): boolean {
  return canSee(ctx, "handover", { id: handover.id, confidentiality: handover.confidentiality, agencyId: handover.agencyId });
}

/** The facts of handovers, each with whether the reader may open its content. */
export function withHandoverReadable<H extends { id: string; confidentiality: string; agencyId: string }>(ctx: AccessContext, rows: readonly H[]): (H & { readable: boolean })[] {
  return rows.map((row) => ({ ...row, readable: canReadHandover(ctx, row) }));
}

export function hasRole(ctx: AccessContext, role: RoleName): boolean {
  return ctx.roles.includes(role);
}
