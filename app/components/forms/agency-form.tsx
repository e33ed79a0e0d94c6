import { Form } from "@remix-run/react";
import { AGENCY_KINDS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { agencySchema, type AgencyInput } from "~/schemas/agency";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { useValidatedForm } from "./use-validated-form";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "./conflict-notice";

type ParentOption = { id: string; name: string; acronym: string | null };

export function AgencyForm({
  initial,
  parents,
  version,
  failure,
  cancelTo,
}: {
  initial: AgencyInput;
  parents: ParentOption[];
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(agencySchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
          name: t("agency.field.name"),
          acronym: t("agency.field.acronym"),
          kind: t("agency.field.kind"),
          parentId: t("agency.field.parent"),
          mandate: t("agency.field.mandate"),
          address: t("agency.field.address"),
          email: t("agency.field.email"),
          phone: t("agency.field.phone"),
          website: t("agency.field.website"),
          archivedAt: t("common.archived"),
        }}
        choices={{
          kind: AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) })),
          parentId: parents.map((p) => ({ value: p.id, label: p.name })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <TextField label={t("agency.field.name")} {...field("name")} />
      <TextField label={t("agency.field.acronym")} optional {...field("acronym")} />
      <SelectField
        label={t("agency.field.kind")}
        options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
        {...field("kind")}
      />
      <SelectField
        label={t("agency.field.parent")}
        optional
        options={[
          { value: "", label: t("agency.field.noParent") },
          ...parents.map((p) => ({ value: p.id, label: p.acronym ? `${p.name} (${p.acronym})` : p.name })),
        ]}
        {...field("parentId")}
      />
      <TextAreaField label={t("agency.field.mandate")} optional {...field("mandate")} />
      <TextAreaField label={t("agency.field.address")} optional rows={3} {...field("address")} />
      <TextField label={t("agency.field.email")} type="email" optional {...field("email")} />
      <TextField label={t("agency.field.phone")} type="tel" optional {...field("phone")} />
      <TextField label={t("agency.field.website")} type="url" optional {...field("website")} />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}
