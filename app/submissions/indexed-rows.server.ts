// Forms that edit several rows at once name their fields "rows.0.status", "rows.0.note"… (the names
// react-hook-form gives them). This parses such a form with its shared schema and reports errors
// under the same dotted names, so each row shows its own.
import type { z } from "zod";
import type { FieldErrors } from "./form-result";
import { formValues, type Parsed } from "./parse.server";

const ROW_FIELD = /^rows\.(\d{1,3})\.([A-Za-z]+)$/;

export function parseRowsWith<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const values = formValues(formData);
  const rows: Record<string, string>[] = [];
  for (const [name, value] of Object.entries(values)) {
    const match = ROW_FIELD.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2] ?? "";
    (rows[index] ??= {})[field] = value;
  }
  const result = schema.safeParse({ rows: rows.filter(Boolean) });
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
