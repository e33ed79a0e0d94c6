import { useI18n } from "~/i18n/context";
import { positionSchema, type PositionInput } from "~/schemas/position";
import { TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "./validated-form";

/** The agency is fixed by the page (a post does not move between agencies), so it travels hidden. */
export function PositionForm({ agencyName, ...props }: RecordFormProps<PositionInput> & { agencyName: string }) {
  const { t } = useI18n();
  const form = useRecordForm(positionSchema, props, {
    title: t("position.field.title"),
    description: t("position.field.description"),
    functionalEmail: t("position.field.functionalEmail"),
    archivedAt: t("common.archived"),
  });
  const { field, input, error, labels } = form;
  return (
    <ValidatedForm form={form}>
      <p>
        {t("position.field.agency")}: <strong>{agencyName}</strong>
      </p>
      <input type="hidden" {...input("agencyId")} />
      {error("agencyId") ? <p className="field__error">{t("position.error.agencyMissing")}</p> : null}
      <TextField label={labels.title} {...field("title")} />
      <TextAreaField label={labels.description} optional rows={3} {...field("description")} />
      <TextField
        label={labels.functionalEmail}
        type="email"
        optional
        hint={t("position.field.functionalEmailHint")}
        {...field("functionalEmail")}
      />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
