import { useNavigation } from "@remix-run/react";
import { RECURRENCE_PATTERNS } from "~/domain/recurrence-patterns";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { meetingSchema, newMeetingSchema, type MeetingInput, type NewMeetingInput } from "~/schemas/meeting";
import { useValidatedForm } from "../forms/use-validated-form";
import { ValidatedForm } from "../forms/validated-form";
import { SelectField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, vocabularyOptions, withShortName } from "../ui/options";
import { RadioRow } from "../ui/radio-row";
import { TimeZoneField } from "../ui/time-zone-field";
import { useHydrated } from "../ui/use-hydrated";
import { ConflictWarnings, type ConflictItem } from "./conflict-warnings";

export type MeetingFailure = FormFailure & { conflicts?: ConflictItem[] };

type FieldProps = {
  /** The form's field(): register(), the value and the error of each. */
  field: (name: "title" | "date" | "startTime" | "endTime" | "timeZone" | "venue" | "room" | "onlineUrl" | "officialNumber" | "chairLabel" | "confidentiality") => { name: string; error?: string };
  timeZones: string[];
  /** The provisional number the meeting carries now, shown beside the official-number field. */
  provisional?: number | null;
};

/** When and where: shared by the new-meeting and edit forms. */
function WhenAndWhere({ field, timeZones, provisional }: FieldProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t("meeting.field.title")} optional hint={t("meeting.field.titleHint")} {...field("title")} />
      <div className="inline-fields">
        <TextField label={t("meeting.field.date")} type="date" {...field("date")} />
        <TextField label={t("meeting.field.startTime")} type="time" {...field("startTime")} />
        <TextField label={t("meeting.field.endTime")} type="time" {...field("endTime")} />
      </div>
      <TimeZoneField
        label={t("meeting.field.timeZone")}
        hint={`${t("meeting.field.timeZoneHint")} ${t("meeting.field.timeZoneSearchHint")}`}
        zones={timeZones}
        {...field("timeZone")}
      />
      <TextField label={t("meeting.field.venue")} optional {...field("venue")} />
      <TextField label={t("meeting.field.room")} optional {...field("room")} />
      <TextField label={t("meeting.field.onlineUrl")} type="url" optional {...field("onlineUrl")} />
      <TextField
        label={t("meeting.field.officialNumber")}
        type="number"
        min={1}
        optional
        hint={provisional ? t("meeting.field.officialNumberProvisional", { n: provisional }) : t("meeting.field.officialNumberHint")}
        {...field("officialNumber")}
      />
      <TextField label={t("meeting.field.chairLabel")} optional hint={t("meeting.field.chairLabelHint")} {...field("chairLabel")} />
      <SelectField label={t("meeting.field.confidentiality")} options={confidentialityOptions(t)} {...field("confidentiality")} />
    </>
  );
}

export function NewMeetingForm({
  initial,
  committees,
  timeZones,
  failure,
  cancelTo,
}: {
  initial: NewMeetingInput;
  committees: { id: string; name: string; shortName: string | null }[];
  timeZones: string[];
  failure?: MeetingFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const validated = useValidatedForm(newMeetingSchema, { defaultValues: initial, failure });
  const { form, field, radio, errors } = validated;
  const repeat = form.watch("repeat");
  const pattern = form.watch("pattern");
  const busy = navigation.state === "submitting";
  return (
    <ValidatedForm form={validated} alert={{ show: meetingRefused(failure, errors), extra: failure?.formErrors }}>
      <ConflictWarnings conflicts={failure?.conflicts ?? []} busy={busy} />
      <SelectField
        label={t("meeting.field.committee")}
        empty={t("meeting.field.chooseCommittee")}
        options={committees.map((c) => ({ value: c.id, label: withShortName(c.name, c.shortName) }))}
        {...field("committeeId")}
      />
      <WhenAndWhere field={field} timeZones={timeZones} />
      <fieldset className="field-group">
        <legend>{t("meeting.field.repeat")}</legend>
        <RadioRow radio={(v) => radio("repeat", v)} choices={[{ value: "once", label: t("meeting.repeat.once") }, { value: "series", label: t("meeting.repeat.series") }]} />
      </fieldset>
      {/* Shown to everyone until the page is interactive, so the series works without JavaScript. */}
      <fieldset className="field-group stack" hidden={hydrated && repeat !== "series"}>
        <legend>{t("series.legend")}</legend>
        <p className="field__hint">{t("series.intro")}</p>
        <SelectField label={t("series.field.pattern")} options={vocabularyOptions(RECURRENCE_PATTERNS, (p) => t(`series.pattern.${p}`))} {...field("pattern")} />
        <TextField label={t("series.field.interval")} type="number" min={1} max={52} hint={t("series.field.intervalHint")} {...field("interval")} />
        <div hidden={hydrated && pattern !== "custom"}>
          <TextField label={t("series.field.customRule")} hint={t("series.field.customRuleHint")} {...field("customRule")} />
        </div>
        <fieldset className="field-group">
          <legend>{t("series.field.end")}</legend>
          <RadioRow radio={(v) => radio("endKind", v)} choices={[{ value: "count", label: t("series.end.count") }, { value: "until", label: t("series.end.until") }]} />
          {errors.endKind?.message ? <p className="field__error">{t("error.invalidChoice")}</p> : null}
          <div className="inline-fields">
            <TextField label={t("series.field.count")} type="number" min={1} max={104} optional {...field("count")} />
            <TextField label={t("series.field.untilDate")} type="date" optional {...field("untilDate")} />
          </div>
        </fieldset>
      </fieldset>
      <FormActions submitLabel={t("meeting.new.submit")} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}

export function EditMeetingForm({
  initial,
  version,
  timeZones,
  failure,
  cancelTo,
  provisional,
}: {
  initial: MeetingInput;
  /** The version the meeting was loaded at. */
  version: number;
  timeZones: string[];
  failure?: MeetingFailure;
  cancelTo: string;
  provisional?: number | null;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const validated = useValidatedForm(meetingSchema, { defaultValues: initial, failure });
  const busy = navigation.state === "submitting";
  return (
    <ValidatedForm
      form={validated}
      version={version}
      alert={{ show: meetingRefused(failure, validated.errors), extra: failure?.formErrors, conflict: failure?.conflict }}
      labels={{
          title: t("meeting.field.title"),
          startsAt: t("meeting.field.startTime"),
          endsAt: t("meeting.field.endTime"),
          timeZone: t("meeting.field.timeZone"),
          venue: t("meeting.field.venue"),
          room: t("meeting.field.room"),
          onlineUrl: t("meeting.field.onlineUrl"),
          chairLabel: t("meeting.field.chairLabel"),
          confidentiality: t("meeting.field.confidentiality"),
          status: t("meeting.col.status"),
        }}
        choices={{ confidentiality: confidentialityOptions(t) }}
    >
      <ConflictWarnings conflicts={failure?.conflicts ?? []} busy={busy} />
      <WhenAndWhere field={validated.field} timeZones={timeZones} provisional={provisional} />
      <FormActions cancelTo={cancelTo} />
    </ValidatedForm>
  );
}

/**
 * The alert of a meeting form shows for field errors only: a refusal that only warns of clashes
 * (the room or the participants are busy) shows the warnings instead.
 */
function meetingRefused(failure: MeetingFailure | undefined, errors: object) {
  return Object.keys(failure?.fieldErrors ?? {}).length > 0 || Object.keys(errors).length > 0;
}
