import { Form } from "@remix-run/react";
import type { FormEvent, ReactNode } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { FormFailure } from "~/submissions/form-result";
import { FormAlert } from "../ui/field";
import { RecordVersionField, type ConflictLabels } from "./conflict-notice";
import { useValidatedForm } from "./use-validated-form";

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
 * useValidatedForm for a record's form: its values from `initial` and the refusal, the version it
 * edits, and its fields' labels, written once for the fields and for the conflict notice (which
 * names what another save changed). The record's fields that no field edits (archivedAt) are
 * labelled here too.
 */
export function useRecordForm<Input extends FieldValues, Output, Labels extends Record<string, string>>(
  schema: z.ZodType<Output, Input>,
  props: Pick<RecordFormProps<Input>, "initial" | "failure" | "version">,
  labels: Labels,
) {
  const form = useValidatedForm(schema, { defaultValues: props.initial as DefaultValues<Input>, failure: props.failure });
  return { ...form, labels, version: props.version };
}

/**
 * The frame of a form bound by `useValidatedForm` (decision 060): a POST `<Form>` the browser does not
 * check itself (the schema does, with or without JavaScript), the alert a refusal shows at its top,
 * and, when editing a record, the version it was loaded at (so a stale save is a conflict). The
 * fields and the buttons (`FormActions`) are its children.
 */
export function ValidatedForm({
  form,
  version = form.version,
  labels = form.labels,
  choices,
  alert = form.alert,
  className = "stack form-grid",
  encType,
  children,
  ...aria
}: {
  /** What `useValidatedForm` returned. */
  form: {
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    alert: Alert;
    failure?: Partial<Pick<FormFailure, "values">>;
    /** From useRecordForm: the version edited and the fields' labels. */
    version?: number;
    labels?: ConflictLabels["labels"];
  };
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
