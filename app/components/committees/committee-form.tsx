import { Form } from "@remix-run/react";
import { TimeZoneField } from "../ui/time-zone-field";
import { COMMITTEE_KINDS, CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { committeeSchema, type CommitteeInput } from "~/schemas/committee";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "../forms/conflict-notice";

type Option = { id: string; name: string };

export function CommitteeForm({
  initial,
  agencies,
  committees,
  timeZones,
  version,
  failure,
  cancelTo,
}: {
  initial: CommitteeInput;
  agencies: (Option & { acronym: string | null })[];
  committees: (Option & { shortName: string | null })[];
  timeZones: string[];
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const { onSubmit, field, alert } = useValidatedForm(committeeSchema, { defaultValues: initial, failure });
  const agencyOptions = [
    { value: "", label: t("committee.field.noAgency") },
    ...agencies.map((a) => ({ value: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name })),
  ];
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
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
          kind: COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`committeeKind.${k}`) })),
          parentId: committees.map((c) => ({ value: c.id, label: c.name })),
          chairAgencyId: agencies.map((a) => ({ value: a.id, label: a.name })),
          secretariatAgencyId: agencies.map((a) => ({ value: a.id, label: a.name })),
          confidentiality: CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <TextField label={t("committee.field.name")} {...field("name")} />
      <TextField label={t("committee.field.shortName")} optional {...field("shortName")} />
      <SelectField
        label={t("committee.field.kind")}
        options={COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`committeeKind.${k}`) }))}
        {...field("kind")}
      />
      <SelectField
        label={t("committee.field.parent")}
        optional
        options={[{ value: "", label: t("committee.field.noParent") }, ...committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name }))]}
        {...field("parentId")}
      />
      <TextAreaField label={t("committee.field.legalBasis")} optional rows={2} {...field("legalBasis")} />
      <TextAreaField label={t("committee.field.mandate")} optional {...field("mandate")} />
      <TextAreaField label={t("committee.field.objectives")} optional hint={t("committee.field.objectivesHint")} {...field("objectives")} />
      <SelectField label={t("committee.field.chair")} optional options={agencyOptions} {...field("chairAgencyId")} />
      <SelectField label={t("committee.field.secretariat")} optional options={agencyOptions} {...field("secretariatAgencyId")} />
      <TextField label={t("committee.field.cadence")} optional hint={t("committee.field.cadenceHint")} {...field("cadence")} />
      <TextField label={t("committee.field.cadenceRule")} optional hint={t("committee.field.cadenceRuleHint")} {...field("cadenceRule")} />
      <TimeZoneField label={t("committee.field.timeZone")} hint={t("meeting.field.timeZoneSearchHint")} zones={timeZones} {...field("defaultTimeZone")} />
      <TextField label={t("committee.field.venue")} optional {...field("defaultVenue")} />
      <TextField label={t("committee.field.meetingNoun")} optional hint={t("committee.field.meetingNounHint")} {...field("meetingNoun")} />
      <TextField label={t("committee.field.decisionPrefix")} optional hint={t("committee.field.decisionPrefixHint")} {...field("decisionPrefix")} />
      <TextField label={t("committee.field.nextReview")} type="date" optional {...field("nextReviewDate")} />
      <SelectField
        label={t("committee.field.confidentiality")}
        hint={t("committee.field.confidentialityHint")}
        options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))}
        {...field("confidentiality")}
      />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}

export function emptyCommittee(): CommitteeInput {
  return { name: "", kind: "standing", parentId: "", chairAgencyId: "", secretariatAgencyId: "", defaultTimeZone: "UTC", confidentiality: "internal" };
}
