import { useI18n } from "~/i18n/context";
import { personSchema, type PersonInput } from "~/schemas/person";
import { TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { useValidatedForm } from "./use-validated-form";
import { ValidatedForm, type RecordFormProps } from "./validated-form";

export function PersonForm(props: RecordFormProps<PersonInput>) {
  const { t } = useI18n();
  const form = useValidatedForm(personSchema, { defaultValues: props.initial, failure: props.failure });
  const { field } = form;
  return (
    <ValidatedForm
      form={form}
      version={props.version}
      labels={{
        honorific: t("person.field.honorific"),
        givenName: t("person.field.givenName"),
        familyName: t("person.field.familyName"),
        email: t("person.field.email"),
        phone: t("person.field.phone"),
        notes: t("person.field.notes"),
        archivedAt: t("common.archived"),
      }}
    >
      <TextField label={t("person.field.honorific")} optional hint={t("person.field.honorificHint")} {...field("honorific")} />
      <TextField label={t("person.field.givenName")} autoComplete="off" {...field("givenName")} />
      <TextField label={t("person.field.familyName")} autoComplete="off" {...field("familyName")} />
      <TextField label={t("person.field.email")} type="email" optional {...field("email")} />
      <TextField label={t("person.field.phone")} type="tel" optional {...field("phone")} />
      <TextAreaField label={t("person.field.notes")} optional rows={3} {...field("notes")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
