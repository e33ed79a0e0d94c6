import { Form, useNavigation } from "@remix-run/react";
import { ACTION_STATUSES } from "~/domain/vocabulary";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { actionUpdateSchema, type ActionUpdateInput } from "~/schemas/action";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField } from "../ui/field";

/** A status change and its note, appended to the action's history. */
export function StatusUpdateForm({ status, failure }: { status: string; failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: ActionUpdateInput = { intent: "update", status, note: "" };
  const defaults = failure ? { ...initial, ...failure.values, intent: "update" as const } : initial;
  const { form, onSubmit, field } = useValidatedForm(actionUpdateSchema, {
    defaultValues: defaults,
    serverErrors: failure?.fieldErrors,
  });
  const errors = form.formState.errors;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Boolean(failure) || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <input type="hidden" {...field("intent")} />
      <SelectField
        label={t("action.update.status")}
        error={errors.status?.message}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        {...field("status")}
      />
      <TextAreaField
        label={t("action.update.note")}
        optional
        rows={3}
        hint={t("action.update.noteHint")}
        error={errors.note?.message}
        {...field("note")}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("action.update.submit")}
        </button>
      </div>
    </Form>
  );
}
