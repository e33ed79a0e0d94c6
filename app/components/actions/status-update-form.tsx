import { ACTION_STATUSES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { actionUpdateSchema, type ActionUpdateInput } from "~/schemas/action";
import { useValidatedForm } from "../forms/use-validated-form";
import { ValidatedForm } from "../forms/validated-form";
import { SelectField, TextAreaField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { vocabularyOptions } from "../ui/options";

/** A status change and its note, appended to the action's history. */
export function StatusUpdateForm({ status, failure }: { status: string; failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: ActionUpdateInput = { intent: "update", status, note: "" };
  const form = useValidatedForm(actionUpdateSchema, { defaultValues: initial, failure });
  const { field, input } = form;
  return (
    <ValidatedForm form={form}>
      <input type="hidden" {...input("intent")} />
      <SelectField label={t("action.update.status")} options={vocabularyOptions(ACTION_STATUSES, (s) => t(`actionStatus.${s}`))} {...field("status")} />
      <TextAreaField label={t("action.update.note")} optional rows={3} hint={t("action.update.noteHint")} {...field("note")} />
      <FormActions submitLabel={t("action.update.submit")} />
    </ValidatedForm>
  );
}
