import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";
import { assignmentSchema, type AssignmentInput } from "~/schemas/assignment";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { personOptions } from "../ui/options";
import { ClashExplanation, type ClashView } from "./clash-explanation";
import { useValidatedForm } from "./use-validated-form";
import { ValidatedForm, type RecordFormProps } from "./validated-form";

type PersonOption = { id: string; givenName: string; familyName: string; email: string | null };

export function AssignmentForm({
  people,
  clash,
  extra,
  ...props
}: Omit<RecordFormProps<AssignmentInput>, "version"> & {
  people: PersonOption[];
  clash?: ClashView | null;
  /** More fields submitted with the form (the account invitation offered on the assign page). */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const form = useValidatedForm(assignmentSchema, { defaultValues: props.initial, failure: props.failure });
  const { field, checkbox } = form;
  return (
    <ValidatedForm form={form} alert={{ ...form.alert, show: !clash && form.alert.show }}>
      {clash ? <ClashExplanation clash={clash} /> : null}
      <SelectField label={t("assignment.field.person")} empty={t("assignment.field.choosePerson")} options={personOptions(people)} {...field("personId")} />
      <TextField label={t("assignment.field.startDate")} type="date" {...field("startDate")} />
      <TextField
        label={t("assignment.field.plannedEndDate")}
        type="date"
        optional
        hint={t("assignment.field.plannedEndHint")}
        {...field("plannedEndDate")}
      />
      <CheckboxField label={t("assignment.field.acting")} hint={t("assignment.field.actingHint")} {...checkbox("acting")} />
      <TextAreaField label={t("assignment.field.notes")} optional rows={2} {...field("notes")} />
      {extra}
      <FormActions submitLabel={t("assignment.submit")} cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
