import { useI18n } from "~/i18n/context";
import { personSchema, type PersonInput } from "~/schemas/person";
import { TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "./validated-form";

export function PersonForm(props: RecordFormProps<PersonInput>) {
  const { t } = useI18n();
  const form = useRecordForm(personSchema, props, {
    honorific: t("person.field.honorific"),
    givenName: t("person.field.givenName"),
    familyName: t("person.field.familyName"),
    email: t("person.field.email"),
    phone: t("person.field.phone"),
    notes: t("person.field.notes"),
    archivedAt: t("common.archived"),
  });
  const { field, labels } = form;
  return (
    <ValidatedForm form={form}>
      <TextField label={labels.honorific} optional hint={t("person.field.honorificHint")} {...field("honorific")} />
      <TextField label={labels.givenName} autoComplete="off" {...field("givenName")} />
      <TextField label={labels.familyName} autoComplete="off" {...field("familyName")} />
      <TextField label={labels.email} type="email" optional {...field("email")} />
      <TextField label={labels.phone} type="tel" optional {...field("phone")} />
      <TextAreaField label={labels.notes} optional rows={3} {...field("notes")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
