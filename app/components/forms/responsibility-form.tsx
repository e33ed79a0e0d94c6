import { Form } from "@remix-run/react";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { responsibilitySchema, type ResponsibilityInput } from "~/schemas/responsibility";
import { phaseName, type PhaseNames } from "../phase-name";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { useValidatedForm } from "./use-validated-form";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "./conflict-notice";

type Options = {
  instruments: { id: string; code: string; name: string; provisions: { id: string; reference: string; title: string }[] }[];
  phases: (PhaseNames & { id: string; number: number })[];
};

export function ResponsibilityForm({
  initial,
  options,
  version,
  failure,
  cancelTo,
}: {
  initial: ResponsibilityInput;
  options: Options;
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t, tr, locale } = useI18n();
  const { onSubmit, field, input, alert, errors } = useValidatedForm(responsibilitySchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
          title: t("responsibility.field.title"),
          description: t("responsibility.field.description"),
          instrumentId: t("responsibility.field.instrument"),
          provisionId: t("responsibility.field.provision"),
          phaseId: t("responsibility.field.phase"),
          archivedAt: t("common.archived"),
        }}
        choices={{
          instrumentId: options.instruments.map((i) => ({ value: i.id, label: i.code })),
          provisionId: options.instruments.flatMap((i) => i.provisions.map((p) => ({ value: p.id, label: `${i.code} ${p.reference}` }))),
          phaseId: options.phases.map((p) => ({ value: p.id, label: `${p.number}. ${phaseName(p, locale)}` })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <TextField label={t("responsibility.field.title")} {...field("title")} />
      <TextAreaField
        label={t("responsibility.field.description")}
        optional
        {...field("description")}
      />
      <SelectField
        label={t("responsibility.field.instrument")}
        optional
        options={[{ value: "", label: t("common.none") }, ...options.instruments.map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))]}
        {...field("instrumentId")}
      />
      {/* Every instrument's articles in one list, grouped; the server checks the pair matches. */}
      <div className={`field${errors.provisionId ? " field--invalid" : ""}`}>
        <label htmlFor="provisionId">
          {t("responsibility.field.provision")} <span className="field__optional">({t("common.optional")})</span>
        </label>
        <select
          id="provisionId"
          aria-invalid={errors.provisionId ? true : undefined}
          aria-describedby={errors.provisionId ? "provisionId-error" : undefined}
          {...input("provisionId")}
        >
          <option value="">{t("common.none")}</option>
          {options.instruments.map((i) =>
            i.provisions.length ? (
              <optgroup key={i.id} label={i.code}>
                {i.provisions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.reference} — {p.title}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
        {errors.provisionId?.message ? (
          <p className="field__error" id="provisionId-error">
            {tr(errors.provisionId.message)}
          </p>
        ) : null}
      </div>
      <SelectField
        label={t("responsibility.field.phase")}
        optional
        options={[{ value: "", label: t("common.none") }, ...options.phases.map((p) => ({ value: p.id, label: `${p.number}. ${phaseName(p, locale)}` }))]}
        {...field("phaseId")}
      />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}
