// The shape an action returns when input is refused: what was typed, and the errors per field.
import type { EditConflict } from "~/domain/record-version";

export type FieldErrors = Record<string, string[] | undefined>;

export type FormFailure = {
  ok: false;
  values: Record<string, string>;
  fieldErrors: FieldErrors;
  formErrors: string[];
  /** Set when the form was stale: another save came first (409). */
  conflict?: EditConflict;
};

export function firstError(errors: FieldErrors | undefined, name: string): string | undefined {
  return errors?.[name]?.[0];
}
