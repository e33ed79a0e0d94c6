// What an audit event records: the fields a write changed, before and after.

type Plain = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  return value;
}

export type AuditDiff = { before: Plain | null; after: Plain | null };

/**
 * Keeps only the fields that differ (dates compared by instant). A create has no "before";
 * an unchanged update gives two empty objects. Bookkeeping fields are left out.
 */
export function auditDiff(before: Plain | null, after: Plain | null): AuditDiff {
  const ignored = new Set(["updatedAt", "createdAt", "passwordHash"]);
  if (!before || !after) {
    const strip = (row: Plain | null) =>
      row ? Object.fromEntries(Object.entries(row).filter(([k]) => !ignored.has(k)).map(([k, v]) => [k, normalise(v)])) : null;
    return { before: strip(before), after: strip(after) };
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Plain = {};
  const a: Plain = {};
  for (const key of keys) {
    if (ignored.has(key)) continue;
    const was = normalise(before[key]);
    const now = normalise(after[key]);
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      b[key] = was ?? null;
      a[key] = now ?? null;
    }
  }
  return { before: b, after: a };
}
