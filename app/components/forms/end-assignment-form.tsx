import { Form, useNavigation } from "@remix-run/react";
import type { FormFailure } from "~/submissions/form-result";
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
  const { onSubmit, field, input, alert } = useValidatedForm(endAssignmentSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <input type="hidden" {...input("intent")} />
      <SelectField
        label={t("assignment.end.which")}
        options={open.map((o) => ({ value: o.id, label: o.label }))}
        {...field("assignmentId")}
      />
      <TextField label={t("assignment.end.date")} type="date" {...field("endDate")} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("assignment.end.submit")}
        </button>
      </div>
    </Form>
  );
}
