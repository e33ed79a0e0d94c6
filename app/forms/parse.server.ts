import { data } from "@remix-run/node";
import { z } from "zod";
import type { FieldErrors, FormFailure } from "./form-result";

/** The text fields of a submitted form, as typed (files are not text and are left out). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") values[key] = value;
  return values;
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | FormFailure;

/** Parses with the same schema the browser form uses. */
export function parseWith<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const flat = z.flattenError(result.error);
  const fieldErrors: FieldErrors = flat.fieldErrors;
  return { ok: false, values, fieldErrors, formErrors: flat.formErrors };
}

/** A refused submission: 400 with the typed values and the errors, nothing written. */
export function refused(failure: FormFailure) {
  return data(failure, { status: 400 });
}

export function refuse(values: Record<string, string>, fieldErrors: FieldErrors, formErrors: string[] = []) {
  return refused({ ok: false, values, fieldErrors, formErrors });
}
