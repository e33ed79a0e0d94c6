import { AGENCY_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { agencySchema, type AgencyInput } from "~/schemas/agency";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { vocabularyOptions, withShortName } from "../ui/options";
import { useValidatedForm } from "./use-validated-form";
import { ValidatedForm, type RecordFormProps } from "./validated-form";

type ParentOption = { id: string; name: string; acronym: string | null };

export function AgencyForm({ parents, ...props }: RecordFormProps<AgencyInput> & { parents: ParentOption[] }) {
  const { t } = useI18n();
  const form = useValidatedForm(agencySchema, { defaultValues: props.initial, failure: props.failure });
  const { field } = form;
  const kinds = vocabularyOptions(AGENCY_KINDS, (k) => t(`agencyKind.${k}`));
  return (
    <ValidatedForm
      form={form}
      version={props.version}
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
      choices={{ kind: kinds, parentId: parents.map((p) => ({ value: p.id, label: p.name })) }}
    >
      <TextField label={t("agency.field.name")} {...field("name")} />
      <TextField label={t("agency.field.acronym")} optional {...field("acronym")} />
      <SelectField label={t("agency.field.kind")} options={kinds} {...field("kind")} />
      <SelectField
        label={t("agency.field.parent")}
        optional
        empty={t("agency.field.noParent")}
        options={parents.map((p) => ({ value: p.id, label: withShortName(p.name, p.acronym) }))}
        {...field("parentId")}
      />
      <TextAreaField label={t("agency.field.mandate")} optional {...field("mandate")} />
      <TextAreaField label={t("agency.field.address")} optional rows={3} {...field("address")} />
      <TextField label={t("agency.field.email")} type="email" optional {...field("email")} />
      <TextField label={t("agency.field.phone")} type="tel" optional {...field("phone")} />
      <TextField label={t("agency.field.website")} type="url" optional {...field("website")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
