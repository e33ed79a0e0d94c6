// What changed in a record since the version an edit form was loaded at, rebuilt from the record's
// audit events (each stores the changed fields before and after, "version" among them).

type Plain = Record<string, unknown>;

export type AuditChange = { at: Date | string; actorName: string | null; before: Plain | null; after: Plain | null };

/** One field another writer changed meanwhile: what the stale form started from, and what it is now. */
export type FieldChange = { field: string; was: unknown; now: unknown };

export type EditConflict = {
  /** The record's version now: a form carrying it may save (the user has seen what changed). */
  version: number;
  /** The version the stale form was loaded at. */
  since: number;
  changes: FieldChange[];
  /** Who changed it meanwhile, and when (latest first). */
  by: { name: string | null; at: string }[];
};

const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt", "id", "icalSequence"]);

function versionOf(row: Plain | null): number | null {
  const v = row?.["version"];
  return typeof v === "number" ? v : null;
}

/**
 * Folds the audit events written after version `since` into one change per field: the value the
 * form started from (the "before" of the first event that touched the field) and the current value
 * (from `current` when given, else the "after" of the last event). Fields changed and changed back
 * are left out. Events are given in any order.
 */
export function changesSince(since: number, events: readonly AuditChange[], current: Plain | null): Omit<EditConflict, "version" | "since"> {
  const later = events
    .filter((e) => {
      const v = versionOf(e.before);
      return v !== null && v >= since;
    })
    .sort((a, b) => (versionOf(a.before) ?? 0) - (versionOf(b.before) ?? 0));
  const was = new Map<string, unknown>();
  const last = new Map<string, unknown>();
  for (const event of later) {
    for (const [field, value] of Object.entries(event.before ?? {})) {
      if (BOOKKEEPING.has(field)) continue;
      if (!was.has(field)) was.set(field, value ?? null);
      last.set(field, event.after?.[field] ?? null);
    }
  }
  const changes: FieldChange[] = [];
  for (const [field, from] of was) {
    const now = current && field in current ? normalise(current[field]) : last.get(field);
    if (JSON.stringify(from) === JSON.stringify(now ?? null)) continue;
    changes.push({ field, was: from, now: now ?? null });
  }
  const by = [...later]
    .reverse()
    .map((e) => ({ name: e.actorName, at: new Date(e.at).toISOString() }));
  return { changes, by };
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}
