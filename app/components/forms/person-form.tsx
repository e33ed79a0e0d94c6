import { Form, useNavigation } from "@remix-run/react";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { personSchema, type PersonInput } from "~/schemas/person";
import { FormAlert, TextAreaField, TextField } from "../ui/field";
import { text } from "./default-value";
import { useValidatedForm } from "./use-validated-form";

export function PersonForm({ initial, failure, cancelTo }: { initial: PersonInput; failure?: FormFailure; cancelTo: string }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const defaults = failure ? { ...initial, ...failure.values } : initial;
  const { form, onSubmit } = useValidatedForm(personSchema, {
    defaultValues: defaults,
    serverErrors: failure?.fieldErrors,
  });
  const errors = form.formState.errors;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Boolean(failure) || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <TextField label={t("person.field.honorific")} optional hint={t("person.field.honorificHint")} error={errors.honorific?.message} defaultValue={text(defaults.honorific)} {...form.register("honorific")} />
      <TextField label={t("person.field.givenName")} autoComplete="off" error={errors.givenName?.message} defaultValue={text(defaults.givenName)} {...form.register("givenName")} />
      <TextField label={t("person.field.familyName")} autoComplete="off" error={errors.familyName?.message} defaultValue={text(defaults.familyName)} {...form.register("familyName")} />
      <TextField label={t("person.field.email")} type="email" optional error={errors.email?.message} defaultValue={text(defaults.email)} {...form.register("email")} />
      <TextField label={t("person.field.phone")} type="tel" optional error={errors.phone?.message} defaultValue={text(defaults.phone)} {...form.register("phone")} />
      <TextAreaField label={t("person.field.notes")} optional rows={3} error={errors.notes?.message} defaultValue={text(defaults.notes)} {...form.register("notes")} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("common.save")}
        </button>
        <a href={cancelTo} className="button button--quiet">
          {t("common.cancel")}
        </a>
      </div>
    </Form>
  );
}
