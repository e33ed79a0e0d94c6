// The audit log's filter form (GET /admin/audit and /admin/audit.csv): the same schema reads the
// URL on the server and describes the form.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, decodeCursor } from "~/domain/audit-log";
import { optionalWallDate } from "./dates";


const optionalCursor = z
  .string()
  .trim()
  .max(120, "audit.error.cursor")
  .optional()
  .refine((v) => !v || decodeCursor(v) !== null, "audit.error.cursor")
  .transform((v) => (v ? decodeCursor(v) : null));

export const auditFilterSchema = z
  .object({
    /** The actor's email address (exact, any case). */
    actor: z
      .string()
      .trim()
      .max(254, "error.tooLong")
      .optional()
      .transform((v) => (v ? v.toLowerCase() : null)),
    entity: z
      .union([z.enum(AUDIT_ENTITIES), z.literal("")], { error: "audit.error.entity" })
      .optional()
      .transform((v) => v || null),
    action: z
      .union([z.enum(AUDIT_ACTIONS), z.literal("")], { error: "audit.error.action" })
      .optional()
      .transform((v) => v || null),
    /** A record's id (with or without a kind). */
    record: z
      .string()
      .trim()
      .max(300, "error.tooLong")
      .optional()
      .transform((v) => v || null),
    /** Calendar days in the reader's time zone, both included. */
    from: optionalWallDate(),
    to: optionalWallDate(),
    /** Older than this event (the next page). */
    after: optionalCursor,
    /** Newer than this event (the previous page). */
    before: optionalCursor,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "audit.error.range" })
  .refine((v) => !(v.after && v.before), { path: ["after"], message: "audit.error.cursor" });

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilters = z.output<typeof auditFilterSchema>;

export const AUDIT_FILTER_KEYS = ["actor", "entity", "action", "record", "from", "to", "after", "before"] as const;

/** The audit filters a URL carries, as typed (the page and its CSV read the same ones). */
export function auditFilterValues(url: string): Record<string, string> {
  const params = new URL(url).searchParams;
  const values: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null) values[key] = value;
  }
  return values;
}
