import { Form, useNavigation } from "@remix-run/react";
import { AGENCY_KINDS } from "~/domain/vocabulary";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { agencySchema, type AgencyInput } from "~/schemas/agency";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { text } from "./default-value";
import { useValidatedForm } from "./use-validated-form";

type ParentOption = { id: string; name: string; acronym: string | null };

export function AgencyForm({
  initial,
  parents,
  failure,
  cancelTo,
}: {
  initial: AgencyInput;
  parents: ParentOption[];
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const defaults = failure ? { ...initial, ...failure.values } : initial;
  const { form, onSubmit } = useValidatedForm(agencySchema, {
    defaultValues: defaults,
    serverErrors: failure?.fieldErrors,
  });
  const errors = form.formState.errors;
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Boolean(failure) || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <TextField label={t("agency.field.name")} error={errors.name?.message} defaultValue={text(defaults.name)} {...form.register("name")} />
      <TextField label={t("agency.field.acronym")} optional error={errors.acronym?.message} defaultValue={text(defaults.acronym)} {...form.register("acronym")} />
      <SelectField
        label={t("agency.field.kind")}
        error={errors.kind?.message}
        options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
        defaultValue={text(defaults.kind)}
        {...form.register("kind")}
      />
      <SelectField
        label={t("agency.field.parent")}
        optional
        error={errors.parentId?.message}
        options={[
          { value: "", label: t("agency.field.noParent") },
          ...parents.map((p) => ({ value: p.id, label: p.acronym ? `${p.name} (${p.acronym})` : p.name })),
        ]}
        defaultValue={text(defaults.parentId)}
        {...form.register("parentId")}
      />
      <TextAreaField label={t("agency.field.mandate")} optional error={errors.mandate?.message} defaultValue={text(defaults.mandate)} {...form.register("mandate")} />
      <TextAreaField label={t("agency.field.address")} optional rows={3} error={errors.address?.message} defaultValue={text(defaults.address)} {...form.register("address")} />
      <TextField label={t("agency.field.email")} type="email" optional error={errors.email?.message} defaultValue={text(defaults.email)} {...form.register("email")} />
      <TextField label={t("agency.field.phone")} type="tel" optional error={errors.phone?.message} defaultValue={text(defaults.phone)} {...form.register("phone")} />
      <TextField label={t("agency.field.website")} type="url" optional error={errors.website?.message} defaultValue={text(defaults.website)} {...form.register("website")} />
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
