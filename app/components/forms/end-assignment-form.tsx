import { Form, useNavigation } from "@remix-run/react";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { endAssignmentSchema, type EndAssignmentInput } from "~/schemas/assignment";
import { FormAlert, SelectField, TextField } from "../ui/field";
import { useValidatedForm } from "./use-validated-form";

type Open = { id: string; label: string };

/** Ends one of the post's open tenures with its actual end date. */
export function EndAssignmentForm({ open, failure, today }: { open: Open[]; failure?: FormFailure; today: string }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: EndAssignmentInput = { intent: "end", assignmentId: open[0]?.id ?? "", endDate: today };
  const defaults = failure ? { ...initial, ...failure.values, intent: "end" } : initial;
  const { form, onSubmit, field } = useValidatedForm(endAssignmentSchema, {
    defaultValues: defaults,
    serverErrors: failure?.fieldErrors,
  });
  const errors = form.formState.errors;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Boolean(failure) || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <input type="hidden" {...field("intent")} />
      <SelectField
        label={t("assignment.end.which")}
        error={errors.assignmentId?.message}
        options={open.map((o) => ({ value: o.id, label: o.label }))}
        {...field("assignmentId")}
      />
      <TextField label={t("assignment.end.date")} type="date" error={errors.endDate?.message} {...field("endDate")} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("assignment.end.submit")}
        </button>
      </div>
    </Form>
  );
}
