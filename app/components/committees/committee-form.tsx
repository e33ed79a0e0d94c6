import { TimeZoneField } from "../ui/time-zone-field";
import { COMMITTEE_KINDS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { committeeSchema, type CommitteeInput } from "~/schemas/committee";
import { useValidatedForm } from "../forms/use-validated-form";
import { ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, vocabularyOptions, withShortName } from "../ui/options";

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
  const form = useValidatedForm(committeeSchema, { defaultValues: props.initial, failure: props.failure });
  const { field } = form;
  const agencyOptions = agencies.map((a) => ({ value: a.id, label: withShortName(a.name, a.acronym) }));
  const kinds = vocabularyOptions(COMMITTEE_KINDS, (k) => t(`committeeKind.${k}`));
  const confidentiality = confidentialityOptions(t);
  return (
    <ValidatedForm
      form={form}
      version={props.version}
      labels={{
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
        }}
        choices={{
          kind: kinds,
          parentId: committees.map((c) => ({ value: c.id, label: c.name })),
          chairAgencyId: agencies.map((a) => ({ value: a.id, label: a.name })),
          secretariatAgencyId: agencies.map((a) => ({ value: a.id, label: a.name })),
          confidentiality,
        }}
    >
      <TextField label={t("committee.field.name")} {...field("name")} />
      <TextField label={t("committee.field.shortName")} optional {...field("shortName")} />
      <SelectField label={t("committee.field.kind")} options={kinds} {...field("kind")} />
      <SelectField
        label={t("committee.field.parent")}
        optional
        empty={t("committee.field.noParent")}
        options={committees.map((c) => ({ value: c.id, label: withShortName(c.name, c.shortName) }))}
        {...field("parentId")}
      />
      <TextAreaField label={t("committee.field.legalBasis")} optional rows={2} {...field("legalBasis")} />
      <TextAreaField label={t("committee.field.mandate")} optional {...field("mandate")} />
      <TextAreaField label={t("committee.field.objectives")} optional hint={t("committee.field.objectivesHint")} {...field("objectives")} />
      <SelectField label={t("committee.field.chair")} optional empty={t("committee.field.noAgency")} options={agencyOptions} {...field("chairAgencyId")} />
      <SelectField label={t("committee.field.secretariat")} optional empty={t("committee.field.noAgency")} options={agencyOptions} {...field("secretariatAgencyId")} />
      <TextField label={t("committee.field.cadence")} optional hint={t("committee.field.cadenceHint")} {...field("cadence")} />
      <TextField label={t("committee.field.cadenceRule")} optional hint={t("committee.field.cadenceRuleHint")} {...field("cadenceRule")} />
      <TimeZoneField label={t("committee.field.timeZone")} hint={t("meeting.field.timeZoneSearchHint")} zones={timeZones} {...field("defaultTimeZone")} />
      <TextField label={t("committee.field.venue")} optional {...field("defaultVenue")} />
      <TextField label={t("committee.field.meetingNoun")} optional hint={t("committee.field.meetingNounHint")} {...field("meetingNoun")} />
      <TextField label={t("committee.field.decisionPrefix")} optional hint={t("committee.field.decisionPrefixHint")} {...field("decisionPrefix")} />
      <TextField label={t("committee.field.nextReview")} type="date" optional {...field("nextReviewDate")} />
      <SelectField label={t("committee.field.confidentiality")} hint={t("committee.field.confidentialityHint")} options={confidentiality} {...field("confidentiality")} />
      <FormActions cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}

export function emptyCommittee(): CommitteeInput {
  return { name: "", kind: "standing", parentId: "", chairAgencyId: "", secretariatAgencyId: "", defaultTimeZone: "UTC", confidentiality: "internal" };
}
