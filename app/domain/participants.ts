// Who a participant of a meeting is: a post of the directory (and its holder), a person, or someone
// outside the directory — an ad-hoc expert, a delegation (a participating State) or another
// organisation. Rows written before the kind was recorded are ad-hoc experts.
import { EXTERNAL_PARTICIPANT_KINDS, isOneOf, type ExternalParticipantKind } from "./vocabulary";

export type ParticipantKind = "post" | "person" | ExternalParticipantKind;

export function participantKind(p: { positionId?: string | null; position?: unknown; personId?: string | null; person?: unknown; externalName: string | null; externalKind?: string | null }): ParticipantKind {
  if (p.externalName !== null) return p.externalKind && isOneOf(EXTERNAL_PARTICIPANT_KINDS, p.externalKind) ? p.externalKind : "expert";
  if (p.positionId || p.position) return "post";
  return "person";
}

/** Outside participants first by kind, as a journal lists them: delegations, organisations, experts. */
export const EXTERNAL_KIND_ORDER: readonly ExternalParticipantKind[] = ["delegation", "organisation", "expert"];
