// Forms with a repeated group ("contributors.0.agencyId", "rows.12.status": the names react-hook-form
// gives nested fields) sent without JavaScript arrive flat: an obligation's contributors, the rows of a
// meeting's bulk action update. This nests them before the shared schema parses (whose array bound
// limits the rows), and reports errors under the same dotted names, so each row shows its own.
import type { z } from "zod";
import type { FieldErrors } from "./form-result";
import { formValues, type Parsed } from "./parse.server";

/** A field of one row of a group; at most 1,000 rows can be named, before the schema's own bound. */
const ROW_FIELD = /^([A-Za-z]+)\.(\d{1,3})\.([A-Za-z]+)$/;

export function parseNestedWith<S extends z.ZodType>(schema: S, formData: FormData, groups: readonly string[]): Parsed<z.output<S>> {
  const values = formValues(formData);
  const input: Record<string, unknown> = {};
  const rows: Record<string, Record<string, string>[]> = {};
  for (const [name, value] of Object.entries(values)) {
    const match = ROW_FIELD.exec(name);
    if (match && groups.includes(match[1] ?? "")) {
      const group = (rows[match[1] ?? ""] ??= []);
      (group[Number(match[2])] ??= {})[match[3] ?? ""] = value;
    } else if (!name.includes(".")) input[name] = value;
  }
  for (const [group, list] of Object.entries(rows)) input[group] = list.filter(Boolean);
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, values };
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".");
    if (key) (fieldErrors[key] ??= []).push(issue.message);
    else formErrors.push(issue.message);
  }
  return { ok: false, values, fieldErrors, formErrors };
}
