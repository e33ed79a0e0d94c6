import { useI18n } from "~/i18n/context";
import { responsibilitySchema, type ResponsibilityInput } from "~/schemas/responsibility";
import { phaseName, type PhaseNames } from "../phase-name";
import { GroupedSelectField, SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "./validated-form";

type Options = {
  instruments: { id: string; code: string; name: string; provisions: { id: string; reference: string; title: string }[] }[];
  phases: (PhaseNames & { id: string; number: number })[];
};

export function ResponsibilityForm({ options, ...props }: RecordFormProps<ResponsibilityInput> & { options: Options }) {
  const { t, locale } = useI18n();
  const form = useRecordForm(responsibilitySchema, props, {
    title: t("responsibility.field.title"),
    description: t("responsibility.field.description"),
    instrumentId: t("responsibility.field.instrument"),
    provisionId: t("responsibility.field.provision"),
    phaseId: t("responsibility.field.phase"),
    archivedAt: t("common.archived"),
  });
  const { field, labels } = form;
  return (
    <ValidatedForm
      form={form}
      choices={{
        instrumentId: options.instruments.map((i) => ({ value: i.id, label: i.code })),
        provisionId: options.instruments.flatMap((i) => i.provisions.map((p) => ({ value: p.id, label: `${i.code} ${p.reference}` }))),
        phaseId: options.phases.map((p) => ({ value: p.id, label: `${p.number}. ${phaseName(p, locale)}` })),
      }}
    >
      <TextField label={labels.title} {...field("title")} />
      <TextAreaField
        label={labels.description}
        optional
        {...field("description")}
      />
      <SelectField
        label={labels.instrumentId}
        optional
        options={[{ value: "", label: t("common.none") }, ...options.instruments.map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))]}
        {...field("instrumentId")}
      />
      {/* Every instrument's articles in one list, grouped; the server checks the pair matches. */}
      <GroupedSelectField
        label={labels.provisionId}
        optional
        empty={t("common.none")}
        groups={options.instruments.map((i) => ({ key: i.id, label: i.code, options: i.provisions.map((p) => ({ value: p.id, label: `${p.reference} — ${p.title}` })) }))}
        {...field("provisionId")}
      />
      <SelectField
        label={labels.phaseId}
        optional
        options={[{ value: "", label: t("common.none") }, ...options.phases.map((p) => ({ value: p.id, label: `${p.number}. ${phaseName(p, locale)}` }))]}
        {...field("phaseId")}
      />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
