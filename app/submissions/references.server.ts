// The one way a save checks the records its form refers to (issue 8 §2, docs/decisions/029): an id
// typed into a reference field (the presenting agency, the owning post, the document's meeting…) must
// name a record that exists and is not archived, and may have to meet a condition of its own (the
// meeting must belong to the document's committee, the committee must be one the reader can see).
//
// - `referenceErrors(db, refs)` answers the field errors, one per reference that fails;
// - `requireReferences(tx, refs)` runs the same checks inside the write's transaction and throws
//   `ReferenceRefused` when one fails, so nothing of the save is written and nothing can be archived
//   between the check and the write (SQLite lets one writer in at a time);
// - `refusingBadReferences(values, save)` is what the action wraps its save in: a `ReferenceRefused`
//   becomes the form again (400, the typed values and the field errors), and a foreign-key refusal of
//   the database itself (Prisma P2003, or P2025 for a relation it could not connect) — a reference no
//   check named — becomes the form again with a form error, never a 500.
import { Prisma } from "@prisma/client";
import type { Db } from "~/db.server";
import type { MessageKey } from "~/i18n/en";
import type { FieldErrors, FormFailure } from "./form-result";
import { refused } from "./parse.server";


/** Every kind of record a form may refer to, with the conditions a reference to it may add. */
type Conditions = {
  agency: Prisma.AgencyWhereInput;
  person: Prisma.PersonWhereInput;
  position: Prisma.PositionWhereInput;
  committee: Prisma.CommitteeWhereInput;
  meeting: Prisma.MeetingWhereInput;
  agendaItem: Prisma.AgendaItemWhereInput;
  document: Prisma.DocumentWhereInput;
  decision: Prisma.DecisionWhereInput;
  instrument: Prisma.InstrumentWhereInput;
  provision: Prisma.ProvisionWhereInput;
  phase: Prisma.ImplementationPhaseWhereInput;
  responsibility: Prisma.ResponsibilityWhereInput;
  obligation: Prisma.ReportingObligationWhereInput;
};
export type ReferenceKind = keyof Conditions;

export type Reference = {
  [K in ReferenceKind]: {
    kind: K;
    /** The id as parsed; an empty reference (null, undefined, "") is not checked. */
    id: string | null | undefined;
    /** A condition the record must also meet (visible to the reader, in the right committee…). */
    where?: Conditions[K];
    /** The field error when the reference fails; each kind has its own by default. */
    error?: MessageKey;
    /** An archived record will do (the edit keeps a reference it already had: see keptOut). */
    archivedToo?: boolean;
  };
}[ReferenceKind];

/** Field name → the reference its value makes (or several conditions, checked in order). */
export type References = Record<string, Reference | readonly Reference[] | null | undefined>;

export const REFERENCE_ERRORS: Record<ReferenceKind, MessageKey> = {
  agency: "reference.error.agency",
  person: "reference.error.person",
  position: "reference.error.position",
  committee: "reference.error.committee",
  meeting: "reference.error.meeting",
  agendaItem: "reference.error.agendaItem",
  document: "reference.error.document",
  decision: "reference.error.decision",
  instrument: "reference.error.instrument",
  provision: "reference.error.provision",
  phase: "reference.error.phase",
  responsibility: "reference.error.responsibility",
  obligation: "reference.error.obligation",
};

const select = { id: true } as const;

/** Whether the record exists, is not archived (phases are never archived) and meets the condition. */
async function holds(db: Db, ref: Reference, id: string): Promise<boolean> {
  const live = ref.archivedToo ? { id } : { id, archivedAt: null };
  switch (ref.kind) {
    case "agency":
      return Boolean(await db.agency.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "person":
      return Boolean(await db.person.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "position":
      return Boolean(await db.position.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "committee":
      return Boolean(await db.committee.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "meeting":
      return Boolean(await db.meeting.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "agendaItem":
      return Boolean(await db.agendaItem.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "document":
      return Boolean(await db.document.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "decision":
      return Boolean(await db.decision.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "instrument":
      return Boolean(await db.instrument.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "provision":
      return Boolean(await db.provision.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "phase":
      return Boolean(await db.implementationPhase.findFirst({ where: { AND: [{ id }, ref.where ?? {}] }, select }));
    case "responsibility":
      return Boolean(await db.responsibility.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
    case "obligation":
      return Boolean(await db.reportingObligation.findFirst({ where: { AND: [live, ref.where ?? {}] }, select }));
  }
}

/**
 * The references of an edit, where those it keeps unchanged may name a record archived since: a
 * document may go on pointing at an agency that was archived after it was saved, as long as the edit
 * does not choose it anew. Every other condition still holds.
 */
export function keptOut(refs: References, current: Record<string, unknown> | null | undefined): References {
  if (!current) return refs;
  const out: References = {};
  for (const [field, entry] of Object.entries(refs)) {
    const conditions: readonly Reference[] = !entry ? [] : Array.isArray(entry) ? entry : [entry as Reference];
    out[field] = conditions.map((ref) => (ref.id && current[field] === ref.id ? { ...ref, archivedToo: true } : ref));
  }
  return out;
}

/** The field errors of the references that fail (empty when every reference holds). */
export async function referenceErrors(db: Db, refs: References): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  for (const [field, entry] of Object.entries(refs)) {
    const conditions: readonly Reference[] = !entry ? [] : Array.isArray(entry) ? entry : [entry as Reference];
    for (const ref of conditions) {
      if (!ref.id || (await holds(db, ref, ref.id))) continue;
      errors[field] = [ref.error ?? REFERENCE_ERRORS[ref.kind]];
      break;
    }
  }
  return errors;
}

/** A save refused because a reference failed inside its transaction (nothing of it is written). */
export class ReferenceRefused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(`reference refused: ${Object.keys(fieldErrors).join(", ")}`);
    this.name = "ReferenceRefused";
  }
}

/** Refuses the save (throws ReferenceRefused) when a check run inside its transaction found any error. */
export function refuseOnErrors(errors: FieldErrors): void {
  if (Object.keys(errors).length) throw new ReferenceRefused(errors);
}

/** The checks of `referenceErrors`, inside the write's transaction: throws ReferenceRefused. */
export async function requireReferences(tx: Db, refs: References): Promise<void> {
  refuseOnErrors(await referenceErrors(tx, refs));
}

/** The database refused a row pointing at a record that is not there (or found nothing to connect). */
export function isMissingReferenceError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2003" || error.code === "P2025";
  if (typeof error !== "object" || error === null) return false;
  const message = "message" in error ? String(error.message) : "";
  return /FOREIGN KEY constraint failed/i.test(message);
}

export type Saved<T> = { ok: true; value: T } | { ok: false; refusal: ReturnType<typeof refused> };

/**
 * Runs the save; a failed reference (checked in its transaction, or refused by the database's
 * foreign keys) comes back as the form with the typed values and the errors (400). Anything else is
 * rethrown.
 */
export async function refusingBadReferences<T>(values: Record<string, string>, save: () => Promise<T>): Promise<Saved<T>> {
  try {
    return { ok: true, value: await save() };
  } catch (error) {
    const failure = referenceFailure(values, error);
    if (failure) return { ok: false, refusal: refused(failure) };
    throw error;
  }
}

/** The refused form for a reference error, or null when the error is something else. */
export function referenceFailure(values: Record<string, string>, error: unknown): FormFailure | null {
  if (error instanceof ReferenceRefused) return { ok: false, values, fieldErrors: error.fieldErrors, formErrors: [] };
  if (isMissingReferenceError(error)) return { ok: false, values, fieldErrors: {}, formErrors: ["reference.error.gone"] };
  return null;
}
