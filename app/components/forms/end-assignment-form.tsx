import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { endAssignmentSchema, type EndAssignmentInput } from "~/schemas/assignment";
import { SelectField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { recordOptions } from "../ui/options";
import { useValidatedForm } from "./use-validated-form";
import { ValidatedForm } from "./validated-form";

type Open = { id: string; label: string };

/** Ends one of the post's open tenures with its actual end date. */
export function EndAssignmentForm({ open, failure, today }: { open: Open[]; failure?: FormFailure; today: string }) {
  const { t } = useI18n();
  const initial: EndAssignmentInput = { intent: "end", assignmentId: open[0]?.id ?? "", endDate: today };
  const form = useValidatedForm(endAssignmentSchema, { defaultValues: initial, failure });
  const { field, input } = form;
  return (
    <ValidatedForm form={form}>
      <input type="hidden" {...input("intent")} />
      <SelectField label={t("assignment.end.which")} options={recordOptions(open)} {...field("assignmentId")} />
      <TextField label={t("assignment.end.date")} type="date" {...field("endDate")} />
      <FormActions submitLabel={t("assignment.end.submit")} secondary />
    </ValidatedForm>
  );
}
