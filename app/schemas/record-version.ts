// The hidden "version" field of every edit form (optimistic concurrency; see
// app/models/record-version.server.ts for the whole mechanism and how to adopt it).
import { z } from "zod";

/** The version a form was loaded at: a positive whole number sent as text by the hidden input. */
export const recordVersionField = z
  .string({ error: "error.version" })
  .trim()
  .regex(/^[1-9][0-9]{0,9}$/, "error.version")
  .transform(Number)
  .pipe(z.number().int().min(1).max(2_147_483_647, "error.version"));

const versionShape = z.object({ version: recordVersionField });

/**
 * The edit schema: the form's own schema (refinements included) and the hidden version. The route
 * parses edits with this one; the browser form validates with the form's schema, the version being
 * no user input.
 */
export function withVersion<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(schema: S) {
  return z.intersection(schema, versionShape);
}
