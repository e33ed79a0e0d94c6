import { useValidatedForm } from "~/components/forms/use-validated-form";
import { ValidatedForm } from "~/components/forms/validated-form";
import { SelectField, TextAreaField } from "~/components/ui/field";
import { FormActions, SubmitButton } from "~/components/ui/form-actions";
import { vocabularyOptions } from "~/components/ui/options";
import { NOTE_SECTIONS } from "~/domain/handover-rules";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { HANDOVER_LEVELS, handoverNotesSchema, type HandoverNotesInput } from "~/schemas/handover";

/** The outgoing person's notes in sections; "save" keeps a draft, "submit" freezes a version. */
export function HandoverForm({ initial, version, failure, cancelTo }: { initial: HandoverNotesInput; version: number; failure?: FormFailure; cancelTo: string }) {
  const { t } = useI18n();
  // After a refusal or a conflict, the text typed stays; the version is the current one (set by the server).
  const form = useValidatedForm(handoverNotesSchema, { defaultValues: initial, failure });
  const levels = vocabularyOptions(HANDOVER_LEVELS, (l) => t(`handover.level.${l}`));
  return (
    <ValidatedForm
      form={form}
      version={version}
      className="stack"
      labels={{
        ...Object.fromEntries(NOTE_SECTIONS.map((s) => [s, t(`handover.section.${s}`)])),
        confidentiality: t("handover.field.confidentiality"),
      }}
      choices={{ confidentiality: levels }}
    >
      {NOTE_SECTIONS.map((s) => (
        <TextAreaField key={s} label={t(`handover.section.${s}`)} hint={t(`handover.hint.${s}`)} optional rows={6} {...form.field(s)} />
      ))}
      <SelectField label={t("handover.field.confidentiality")} hint={t("handover.field.confidentialityHint")} options={levels} {...form.field("confidentiality")} />
      {/* Never disable these while submitting: the submit runs after validation, and a disabled
          submitter drops its intent from the form data (the server then refuses the form). */}
      <FormActions submitLabel={t("handover.saveDraft")} intent="save" secondary keepEnabled cancelTo={cancelTo}>
        <SubmitButton label={t("handover.submit")} intent="submit" keepEnabled />
      </FormActions>
    </ValidatedForm>
  );
}
