import { Form } from "@remix-run/react";
import type { FormEvent, ReactNode } from "react";
import type { FormFailure } from "~/submissions/form-result";
import { FormAlert } from "../ui/field";
import { RecordVersionField, type ConflictLabels } from "./conflict-notice";

type Alert = Parameters<typeof FormAlert>[0];

/** What a record's create-or-edit form takes: the values to start from and, to edit, the version loaded. */
export type RecordFormProps<Input> = {
  initial: Input;
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
};

/**
 * The frame of a form bound by `useValidatedForm` (decision 060): a POST `<Form>` the browser does not
 * check itself (the schema does, with or without JavaScript), the alert a refusal shows at its top,
 * and, when editing a record, the version it was loaded at (so a stale save is a conflict). The
 * fields and the buttons (`FormActions`) are its children.
 */
export function ValidatedForm({
  form,
  version,
  labels,
  choices,
  alert = form.alert,
  className = "stack form-grid",
  encType,
  children,
  ...aria
}: {
  /** What `useValidatedForm` returned. */
  form: { onSubmit: (event: FormEvent<HTMLFormElement>) => void; alert: Alert; failure?: Partial<Pick<FormFailure, "values">> };
  /** When editing: the version the record was loaded at. */
  version?: number;
  /** Shown instead of the hook's alert (`false`: the form shows none). */
  alert?: Alert | false;
  className?: string;
  encType?: "multipart/form-data";
  "aria-label"?: string;
  "aria-labelledby"?: string;
  children: ReactNode;
} & Partial<ConflictLabels>) {
  return (
    <Form method="post" encType={encType} noValidate onSubmit={form.onSubmit} className={className} {...aria}>
      {alert ? <FormAlert {...alert} labels={labels} choices={choices} /> : null}
      {version !== undefined ? <RecordVersionField version={version} failure={form.failure} /> : null}
      {children}
    </Form>
  );
}
