import { Form } from "@remix-run/react";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { personSchema, type PersonInput } from "~/schemas/person";
import { FormAlert, TextAreaField, TextField } from "../ui/field";
import { useValidatedForm } from "./use-validated-form";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "./conflict-notice";

export function PersonForm({
  initial,
  version,
  failure,
  cancelTo,
}: {
  initial: PersonInput;
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(personSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
          honorific: t("person.field.honorific"),
          givenName: t("person.field.givenName"),
          familyName: t("person.field.familyName"),
          email: t("person.field.email"),
          phone: t("person.field.phone"),
          notes: t("person.field.notes"),
          archivedAt: t("common.archived"),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <TextField label={t("person.field.honorific")} optional hint={t("person.field.honorificHint")} {...field("honorific")} />
      <TextField label={t("person.field.givenName")} autoComplete="off" {...field("givenName")} />
      <TextField label={t("person.field.familyName")} autoComplete="off" {...field("familyName")} />
      <TextField label={t("person.field.email")} type="email" optional {...field("email")} />
      <TextField label={t("person.field.phone")} type="tel" optional {...field("phone")} />
      <TextAreaField label={t("person.field.notes")} optional rows={3} {...field("notes")} />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}
