import { AGENCY_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { agencySchema, type AgencyInput } from "~/schemas/agency";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { nameOptions, vocabularyOptions, withShortName } from "../ui/options";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "./validated-form";

type ParentOption = { id: string; name: string; acronym: string | null };

export function AgencyForm({ parents, ...props }: RecordFormProps<AgencyInput> & { parents: ParentOption[] }) {
  const { t } = useI18n();
  const form = useRecordForm(agencySchema, props, {
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
  });
  const { field, labels } = form;
  const kinds = vocabularyOptions(AGENCY_KINDS, (k) => t(`agencyKind.${k}`));
  return (
    <ValidatedForm
      form={form}
      choices={{ kind: kinds, parentId: nameOptions(parents) }}
    >
      <TextField label={labels.name} {...field("name")} />
      <TextField label={labels.acronym} optional {...field("acronym")} />
      <SelectField label={labels.kind} options={kinds} {...field("kind")} />
      <SelectField
        label={labels.parentId}
        optional
        empty={t("agency.field.noParent")}
        options={parents.map((p) => ({ value: p.id, label: withShortName(p.name, p.acronym) }))}
        {...field("parentId")}
      />
      <TextAreaField label={labels.mandate} optional {...field("mandate")} />
      <TextAreaField label={labels.address} optional rows={3} {...field("address")} />
      <TextField label={labels.email} type="email" optional {...field("email")} />
      <TextField label={labels.phone} type="tel" optional {...field("phone")} />
      <TextField label={labels.website} type="url" optional {...field("website")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
