import { Form } from "@remix-run/react";
import { TimeZoneField } from "../ui/time-zone-field";
import { COMMITTEE_KINDS, CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { committeeSchema, type CommitteeInput } from "~/schemas/committee";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "~/components/ui/form-actions";

type Option = { id: string; name: string };

export function CommitteeForm({
  initial,
  agencies,
  committees,
  timeZones,
  failure,
  cancelTo,
}: {
  initial: CommitteeInput;
  agencies: (Option & { acronym: string | null })[];
  committees: (Option & { shortName: string | null })[];
  timeZones: string[];
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const defaults = failure ? { ...initial, ...failure.values } : initial;
  const { form, onSubmit, field } = useValidatedForm(committeeSchema, { defaultValues: defaults, serverErrors: failure?.fieldErrors });
  const errors = form.formState.errors;
  const agencyOptions = [
    { value: "", label: t("committee.field.noAgency") },
    ...agencies.map((a) => ({ value: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name })),
  ];
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Boolean(failure) || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <TextField label={t("committee.field.name")} error={errors.name?.message} {...field("name")} />
      <TextField label={t("committee.field.shortName")} optional error={errors.shortName?.message} {...field("shortName")} />
      <SelectField
        label={t("committee.field.kind")}
        error={errors.kind?.message}
        options={COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`committeeKind.${k}`) }))}
        {...field("kind")}
      />
      <SelectField
        label={t("committee.field.parent")}
        optional
        error={errors.parentId?.message}
        options={[{ value: "", label: t("committee.field.noParent") }, ...committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name }))]}
        {...field("parentId")}
      />
      <TextAreaField label={t("committee.field.legalBasis")} optional rows={2} error={errors.legalBasis?.message} {...field("legalBasis")} />
      <TextAreaField label={t("committee.field.mandate")} optional error={errors.mandate?.message} {...field("mandate")} />
      <TextAreaField label={t("committee.field.objectives")} optional hint={t("committee.field.objectivesHint")} error={errors.objectives?.message} {...field("objectives")} />
      <SelectField label={t("committee.field.chair")} optional error={errors.chairAgencyId?.message} options={agencyOptions} {...field("chairAgencyId")} />
      <SelectField label={t("committee.field.secretariat")} optional error={errors.secretariatAgencyId?.message} options={agencyOptions} {...field("secretariatAgencyId")} />
      <TextField label={t("committee.field.cadence")} optional hint={t("committee.field.cadenceHint")} error={errors.cadence?.message} {...field("cadence")} />
      <TextField label={t("committee.field.cadenceRule")} optional hint={t("committee.field.cadenceRuleHint")} error={errors.cadenceRule?.message} {...field("cadenceRule")} />
      <TimeZoneField label={t("committee.field.timeZone")} hint={t("meeting.field.timeZoneSearchHint")} error={errors.defaultTimeZone?.message} zones={timeZones} {...field("defaultTimeZone")} />
      <TextField label={t("committee.field.venue")} optional error={errors.defaultVenue?.message} {...field("defaultVenue")} />
      <TextField label={t("committee.field.meetingNoun")} optional hint={t("committee.field.meetingNounHint")} error={errors.meetingNoun?.message} {...field("meetingNoun")} />
      <TextField label={t("committee.field.decisionPrefix")} optional hint={t("committee.field.decisionPrefixHint")} error={errors.decisionPrefix?.message} {...field("decisionPrefix")} />
      <TextField label={t("committee.field.nextReview")} type="date" optional error={errors.nextReviewDate?.message} {...field("nextReviewDate")} />
      <SelectField
        label={t("committee.field.confidentiality")}
        hint={t("committee.field.confidentialityHint")}
        error={errors.confidentiality?.message}
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
