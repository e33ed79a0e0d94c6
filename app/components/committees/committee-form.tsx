import { TimeZoneField } from "../ui/time-zone-field";
import { COMMITTEE_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeSchema, type CommitteeInput } from "~/schemas/committee";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, nameOptions, vocabularyOptions, withShortName } from "../ui/options";

type Option = { id: string; name: string };

export function CommitteeForm({
  agencies,
  committees,
  timeZones,
  ...props
}: RecordFormProps<CommitteeInput> & {
  agencies: (Option & { acronym: string | null })[];
  committees: (Option & { shortName: string | null })[];
  timeZones: string[];
}) {
  const { t } = useI18n();
  const form = useRecordForm(committeeSchema, props, {
    name: t("committee.field.name"),
    shortName: t("committee.field.shortName"),
    kind: t("committee.field.kind"),
    parentId: t("committee.field.parent"),
    legalBasis: t("committee.field.legalBasis"),
    mandate: t("committee.field.mandate"),
    objectives: t("committee.field.objectives"),
    chairAgencyId: t("committee.field.chair"),
    secretariatAgencyId: t("committee.field.secretariat"),
    cadence: t("committee.field.cadence"),
    cadenceRule: t("committee.field.cadenceRule"),
    defaultTimeZone: t("committee.field.timeZone"),
    defaultVenue: t("committee.field.venue"),
    meetingNoun: t("committee.field.meetingNoun"),
    decisionPrefix: t("committee.field.decisionPrefix"),
    nextReviewDate: t("committee.field.nextReview"),
    confidentiality: t("committee.field.confidentiality"),
    archivedAt: t("common.archived"),
  });
  const { field, labels } = form;
  const agencyOptions = agencies.map((a) => ({ value: a.id, label: withShortName(a.name, a.acronym) }));
  const kinds = vocabularyOptions(COMMITTEE_KINDS, (k) => t(`committeeKind.${k}`));
  const confidentiality = confidentialityOptions(t);
  return (
    <ValidatedForm
      form={form}
      choices={{
        kind: kinds,
        parentId: nameOptions(committees),
        chairAgencyId: nameOptions(agencies),
        secretariatAgencyId: nameOptions(agencies),
        confidentiality,
      }}
    >
      <TextField label={labels.name} {...field("name")} />
      <TextField label={labels.shortName} optional {...field("shortName")} />
      <SelectField label={labels.kind} options={kinds} {...field("kind")} />
      <SelectField
        label={labels.parentId}
        optional
        empty={t("committee.field.noParent")}
        options={committees.map((c) => ({ value: c.id, label: withShortName(c.name, c.shortName) }))}
        {...field("parentId")}
      />
      <TextAreaField label={labels.legalBasis} optional rows={2} {...field("legalBasis")} />
      <TextAreaField label={labels.mandate} optional {...field("mandate")} />
      <TextAreaField label={labels.objectives} optional hint={t("committee.field.objectivesHint")} {...field("objectives")} />
      <SelectField label={labels.chairAgencyId} optional empty={t("committee.field.noAgency")} options={agencyOptions} {...field("chairAgencyId")} />
      <SelectField label={labels.secretariatAgencyId} optional empty={t("committee.field.noAgency")} options={agencyOptions} {...field("secretariatAgencyId")} />
      <TextField label={labels.cadence} optional hint={t("committee.field.cadenceHint")} {...field("cadence")} />
      <TextField label={labels.cadenceRule} optional hint={t("committee.field.cadenceRuleHint")} {...field("cadenceRule")} />
      <TimeZoneField label={labels.defaultTimeZone} hint={t("meeting.field.timeZoneSearchHint")} zones={timeZones} {...field("defaultTimeZone")} />
      <TextField label={labels.defaultVenue} optional {...field("defaultVenue")} />
      <TextField label={labels.meetingNoun} optional hint={t("committee.field.meetingNounHint")} {...field("meetingNoun")} />
      <TextField label={labels.decisionPrefix} optional hint={t("committee.field.decisionPrefixHint")} {...field("decisionPrefix")} />
      <TextField label={labels.nextReviewDate} type="date" optional {...field("nextReviewDate")} />
      <SelectField label={labels.confidentiality} hint={t("committee.field.confidentialityHint")} options={confidentiality} {...field("confidentiality")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}

export function emptyCommittee(): CommitteeInput {
  return { name: "", kind: "standing", parentId: "", chairAgencyId: "", secretariatAgencyId: "", defaultTimeZone: "UTC", confidentiality: "internal" };
}
