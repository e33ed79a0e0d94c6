import { Form } from "@remix-run/react";
import type { FormFailure } from "~/submissions/form-result";
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
  const { onSubmit, field, input, alert, errors } = useValidatedForm(positionSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
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
      <input type="hidden" {...input("agencyId")} />
      {errors.agencyId?.message ? <p className="field__error">{t("position.error.agencyMissing")}</p> : null}
      <TextField label={t("position.field.title")} {...field("title")} />
      <TextAreaField label={t("position.field.description")} optional rows={3} {...field("description")} />
      <TextField
        label={t("position.field.functionalEmail")}
        type="email"
        optional
        hint={t("position.field.functionalEmailHint")}
        {...field("functionalEmail")}
      />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}
