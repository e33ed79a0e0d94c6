import { Form, useNavigation } from "@remix-run/react";
import { ACTION_STATUSES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { actionUpdateSchema, type ActionUpdateInput } from "~/schemas/action";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField } from "../ui/field";

/** A status change and its note, appended to the action's history. */
export function StatusUpdateForm({ status, failure }: { status: string; failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: ActionUpdateInput = { intent: "update", status, note: "" };
  const { onSubmit, field, input, alert } = useValidatedForm(actionUpdateSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <input type="hidden" {...input("intent")} />
      <SelectField
        label={t("action.update.status")}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        {...field("status")}
      />
      <TextAreaField
        label={t("action.update.note")}
        optional
        rows={3}
        hint={t("action.update.noteHint")}
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
