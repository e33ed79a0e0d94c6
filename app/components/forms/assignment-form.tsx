import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { assignmentSchema, type AssignmentInput } from "~/schemas/assignment";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { ClashExplanation, type ClashView } from "./clash-explanation";
import { useValidatedForm } from "./use-validated-form";
import { FormActions } from "~/components/ui/form-actions";

type PersonOption = { id: string; givenName: string; familyName: string; email: string | null };

export function AssignmentForm({
  initial,
  people,
  failure,
  clash,
  cancelTo,
  extra,
}: {
  initial: AssignmentInput;
  people: PersonOption[];
  failure?: FormFailure;
  clash?: ClashView | null;
  cancelTo: string;
  /** More fields submitted with the form (the account invitation offered on the assign page). */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const { form, onSubmit, field, alert, defaults } = useValidatedForm(assignmentSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} show={!clash && alert.show} />
      {clash ? <ClashExplanation clash={clash} /> : null}
      <SelectField
        label={t("assignment.field.person")}
        options={[
          { value: "", label: t("assignment.field.choosePerson") },
          ...people.map((p) => ({ value: p.id, label: `${p.familyName}, ${p.givenName}${p.email ? ` — ${p.email}` : ""}` })),
        ]}
        {...field("personId")}
      />
      <TextField label={t("assignment.field.startDate")} type="date" {...field("startDate")} />
      <TextField
        label={t("assignment.field.plannedEndDate")}
        type="date"
        optional
        hint={t("assignment.field.plannedEndHint")}
        {...field("plannedEndDate")}
      />
      <div className="field field--checkbox">
        <input id="acting" type="checkbox" aria-describedby="acting-hint" defaultChecked={defaults.acting === true || defaults.acting === "on"} {...form.register("acting")} />
        <label htmlFor="acting">{t("assignment.field.acting")}</label>
        <p className="field__hint" id="acting-hint">
          {t("assignment.field.actingHint")}
        </p>
      </div>
      <TextAreaField label={t("assignment.field.notes")} optional rows={2} {...field("notes")} />
      {extra}
      <FormActions submitLabel={t("assignment.submit")} cancelTo={cancelTo} />
    </Form>
  );
}
