import { Form } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { RecordVersionField } from "~/components/forms/conflict-notice";
import { FormAlert, SelectField, TextAreaField } from "~/components/ui/field";
import { NOTE_SECTIONS } from "~/domain/handover-rules";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { HANDOVER_LEVELS, handoverNotesSchema, type HandoverNotesInput } from "~/schemas/handover";

/** The outgoing person's notes in sections; "save" keeps a draft, "submit" freezes a version. */
export function HandoverForm({ initial, version, failure, cancelTo }: { initial: HandoverNotesInput; version: number; failure?: FormFailure; cancelTo: string }) {
  const { t } = useI18n();
  // After a refusal or a conflict, the text typed stays; the version is the current one (set by the server).
  const { onSubmit, field, input, alert, errors } = useValidatedForm(handoverNotesSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack">
      <FormAlert
        {...alert}
        labels={{
          ...Object.fromEntries(NOTE_SECTIONS.map((s) => [s, t(`handover.section.${s}`)])),
          confidentiality: t("handover.field.confidentiality"),
        }}
        choices={{ confidentiality: HANDOVER_LEVELS.map((l) => ({ value: l, label: t(`handover.level.${l}`) })) }}
      />
      <RecordVersionField version={version} failure={failure} />
      {NOTE_SECTIONS.map((s) => (
        <TextAreaField key={s} label={t(`handover.section.${s}`)} hint={t(`handover.hint.${s}`)} optional rows={6} error={errors[s]?.message} {...input(s)} />
      ))}
      <SelectField
        label={t("handover.field.confidentiality")}
        hint={t("handover.field.confidentialityHint")}
        options={HANDOVER_LEVELS.map((l) => ({ value: l, label: t(`handover.level.${l}`) }))}
        {...field("confidentiality")}
      />
      {/* Never disable these while submitting: the submit runs after validation, and a disabled
          submitter drops its intent from the form data (the server then refuses the form). */}
      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button">
          {t("handover.saveDraft")}
        </button>
        <button type="submit" name="intent" value="submit" className="button button--primary">
          {t("handover.submit")}
        </button>
        <a href={cancelTo} className="button button--quiet">
          {t("common.cancel")}
        </a>
      </div>
    </Form>
  );
}
