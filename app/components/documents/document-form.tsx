import { DOCUMENT_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { documentSchema, type DocumentInput } from "~/schemas/document";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { SelectField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, nameOptions, vocabularyOptions, withShortName } from "../ui/options";

type Option = { id: string; name: string };

export function DocumentForm({
  committees,
  agencies,
  meeting,
  ...props
}: RecordFormProps<DocumentInput> & {
  committees: (Option & { shortName: string | null })[];
  agencies: (Option & { acronym: string | null })[];
  meeting: { id: string; title: string } | null;
}) {
  const { t } = useI18n();
  const form = useRecordForm(documentSchema, props, {
    symbol: t("document.field.symbol"),
    title: t("document.field.title"),
    kind: t("document.field.kind"),
    issuedOn: t("document.field.issuedOn"),
    languages: t("document.field.languages"),
    url: t("document.field.url"),
    committeeId: t("meeting.field.committee"),
    agencyId: t("document.field.agency"),
    confidentiality: t("meeting.field.confidentiality"),
    archivedAt: t("common.archived"),
  });
  const { field, input, labels } = form;
  const kinds = vocabularyOptions(DOCUMENT_KINDS, (k) => t(`documentKind.${k}`));
  const confidentiality = confidentialityOptions(t);
  return (
    <ValidatedForm
      form={form}
      choices={{
        kind: kinds,
        committeeId: nameOptions(committees),
        agencyId: nameOptions(agencies),
        confidentiality,
      }}
    >
      <TextField label={labels.symbol} optional hint={t("document.field.symbolHint")} {...field("symbol")} />
      <TextField label={labels.title} {...field("title")} />
      <SelectField label={labels.kind} options={kinds} {...field("kind")} />
      <TextField label={labels.issuedOn} type="date" optional {...field("issuedOn")} />
      <TextField label={labels.languages} hint={t("document.field.languagesHint")} {...field("languages")} />
      <TextField label={labels.url} type="url" optional {...field("url")} />
      <SelectField
        label={labels.committeeId}
        optional
        empty={t("document.field.noCommittee")}
        options={committees.map((c) => ({ value: c.id, label: withShortName(c.name, c.shortName) }))}
        {...field("committeeId")}
      />
      {meeting ? (
        <p className="field__hint">
          {t("document.field.meeting")}: {meeting.title}
          <input type="hidden" {...input("meetingId")} />
        </p>
      ) : (
        <input type="hidden" {...input("meetingId")} />
      )}
      <SelectField
        label={labels.agencyId}
        optional
        empty={t("document.field.noAgency")}
        options={agencies.map((a) => ({ value: a.id, label: withShortName(a.name, a.acronym) }))}
        {...field("agencyId")}
      />
      <SelectField label={labels.confidentiality} options={confidentiality} {...field("confidentiality")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
