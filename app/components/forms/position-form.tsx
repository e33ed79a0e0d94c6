import { Form } from "@remix-run/react";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { positionSchema, type PositionInput } from "~/schemas/position";
import { FormAlert, TextAreaField, TextField } from "../ui/field";
import { useValidatedForm } from "./use-validated-form";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "./conflict-notice";

/** The agency is fixed by the page (a post does not move between agencies), so it travels hidden. */
export function PositionForm({
  initial,
  agencyName,
  version,
  failure,
  cancelTo,
}: {
  initial: PositionInput;
  agencyName: string;
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const defaults = failure ? { ...initial, ...failure.values } : initial;
  const { form, onSubmit, field } = useValidatedForm(positionSchema, {
    defaultValues: defaults,
    serverErrors: failure?.fieldErrors,
  });
  const errors = form.formState.errors;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        show={Boolean(failure) || Object.keys(errors).length > 0}
        extra={failure?.formErrors}
        conflict={failure?.conflict}
        labels={{
          title: t("position.field.title"),
          description: t("position.field.description"),
          functionalEmail: t("position.field.functionalEmail"),
          archivedAt: t("common.archived"),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <p>
        {t("position.field.agency")}: <strong>{agencyName}</strong>
      </p>
      <input type="hidden" {...field("agencyId")} />
      {errors.agencyId?.message ? <p className="field__error">{t("position.error.agencyMissing")}</p> : null}
      <TextField label={t("position.field.title")} error={errors.title?.message} {...field("title")} />
      <TextAreaField label={t("position.field.description")} optional rows={3} error={errors.description?.message} {...field("description")} />
      <TextField
        label={t("position.field.functionalEmail")}
        type="email"
        optional
        hint={t("position.field.functionalEmailHint")}
        error={errors.functionalEmail?.message}
        {...field("functionalEmail")}
      />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}
