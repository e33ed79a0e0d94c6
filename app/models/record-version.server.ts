/**
 * Record versions: one optimistic-concurrency mechanism for every edit form, so a save from a stale
 * form is a conflict (409, with what changed meanwhile, the user's typed values kept), never a silent
 * overwrite of someone else's save.
 *
 * Every versioned table has `version Int @default(1)`, bumped by every write of the row (spread
 * `nextVersion` into the data of every update; a database trigger bumps it for writes that forget).
 * To adopt it in an edit form:
 *
 * 1. Schema (app/schemas): the route parses the edit with `withVersion(yourSchema)` from
 *    ~/schemas/record-version — the form's own schema plus the hidden `version` field.
 * 2. Form: inside the <Form>, `<RecordVersionField version={row.version} failure={failure} />`;
 *    pass the failure to `<FormAlert … conflict={failure?.conflict} labels={…} />` (or render
 *    `<ConflictNotice>` from ~/components/forms/conflict-notice), which lists the changed fields.
 * 3. Model: in the one transaction that also writes the audit event, with the row read before:
 *
 *      const before = await tx.agency.findUniqueOrThrow({ where: { id }, select: fieldsWithVersion });
 *      await claimVersion(tx, { entity: "agency", id, expected: version, current: before }, (where) =>
 *        tx.agency.updateMany({ where, data: { ...data, ...nextVersion } }),
 *      );
 *      const after = await tx.agency.findUniqueOrThrow({ where: { id }, select: fieldsWithVersion });
 *      await recordAudit(tx, { …, before, after }); // keep `version: true` in the select: the
 *                                                   // audit's version is how "what changed" is rebuilt
 *
 *    `claimVersion` throws `StaleEditError` (the transaction rolls back, nothing is written) when the
 *    row is no longer at the expected version.
 * 4. Route: `const stale = await staleOr(() => updateAgency(…)); if (stale) return conflicted(parsed.values, stale);`
 *    (both from ~/submissions/conflict.server). The answer's values carry the current version, so saving
 *    again after reading the changes is a deliberate choice.
 */
import type { Prisma } from "@prisma/client";
import { changesSince, type EditConflict } from "~/domain/record-version";
import { accountName } from "~/domain/labels";

/** Spread into the data of every update of a versioned row. */
export const nextVersion = { version: { increment: 1 } } as const;

/** Thrown inside the transaction of a stale edit, so it rolls back; carries what changed meanwhile. */
export class StaleEditError extends Error {
  constructor(readonly conflict: EditConflict) {
    super(`stale edit: version ${conflict.since} is now ${conflict.version}`);
    this.name = "StaleEditError";
  }
}

type Edit = { entity: string; id: string; expected: number; current: { version: number } & Record<string, unknown> };

/**
 * Applies `write` only on the expected version: it must be a conditional `updateMany` on the given
 * `where` (`{ id, version }`) that increments the version. Refuses with `StaleEditError` otherwise.
 */
export async function claimVersion(
  tx: Prisma.TransactionClient,
  edit: Edit,
  write: (where: { id: string; version: number }) => Promise<{ count: number }>,
): Promise<void> {
  if (edit.current.version !== edit.expected) throw await staleEdit(tx, edit, edit.current);
  const { count } = await write({ id: edit.id, version: edit.expected });
  if (count !== 1) throw await staleEdit(tx, edit, null);
}

async function staleEdit(tx: Prisma.TransactionClient, edit: Edit, current: Record<string, unknown> | null) {
  const events = await tx.auditEvent.findMany({
    where: { entity: edit.entity, entityId: edit.id },
    orderBy: { at: "desc" },
    take: 100,
    select: {
      at: true,
      before: true,
      after: true,
      actor: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
    },
  });
  const row = await tx.$queryRawUnsafe<{ version: number }[]>(
    // The entity's table is one of ours, named by the model function, never by the request.
    `SELECT "version" FROM "${tableOf(edit.entity)}" WHERE "id" = ?`,
    edit.id,
  );
  const version = Number(row[0]?.version ?? edit.current.version);
  const folded = changesSince(
    edit.expected,
    events.map((e) => ({
      at: e.at,
      actorName: e.actor ? accountName(e.actor) : null,
      before: parseJson(e.before),
      after: parseJson(e.after),
    })),
    current,
  );
  return new StaleEditError({ version, since: edit.expected, ...folded });
}

const TABLES: Record<string, string> = {
  agency: "Agency",
  person: "Person",
  position: "Position",
  assignment: "Assignment",
  responsibility: "Responsibility",
  responsibilityAssignment: "ResponsibilityAssignment",
  committee: "Committee",
  committeeMembership: "CommitteeMembership",
  meetingSeries: "MeetingSeries",
  standingAgendaItem: "StandingAgendaItem",
  meeting: "Meeting",
  agendaItem: "AgendaItem",
  statement: "Statement",
  participation: "Participation",
  document: "Document",
  decision: "Decision",
  action: "Action",
  obligation: "ReportingObligation",
  reportingObligation: "ReportingObligation",
  deadline: "ReportingDeadline",
  milestone: "Milestone",
  handover: "Handover",
  user: "User",
};

function tableOf(entity: string): string {
  const table = TABLES[entity];
  if (!table) throw new Error(`no versioned table for entity "${entity}"`);
  return table;
}

function parseJson(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
  } catch {
    return null;
  }
}
