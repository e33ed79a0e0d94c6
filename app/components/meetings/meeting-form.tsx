import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { RECURRENCE_PATTERNS } from "~/domain/recurrence-patterns";
import { CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { meetingSchema, newMeetingSchema, type MeetingInput, type NewMeetingInput } from "~/schemas/meeting";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextField } from "../ui/field";
import { TimeZoneField } from "../ui/time-zone-field";
import { ConflictWarnings, type ConflictItem } from "./conflict-warnings";

export type MeetingFailure = FormFailure & { conflicts?: ConflictItem[] };

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

type FieldProps = {
  register: (name: "title" | "date" | "startTime" | "endTime" | "timeZone" | "venue" | "room" | "onlineUrl" | "officialNumber" | "chairLabel" | "confidentiality") => object;
  errors: Partial<Record<string, { message?: string }>>;
  timeZones: string[];
  /** The provisional number the meeting carries now, shown beside the official-number field. */
  provisional?: number | null;
};

/** When and where: shared by the new-meeting and edit forms. */
function WhenAndWhere({ register, errors, timeZones, provisional }: FieldProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t("meeting.field.title")} optional hint={t("meeting.field.titleHint")} error={errors.title?.message} name="title" {...register("title")} />
      <div className="inline-fields">
        <TextField label={t("meeting.field.date")} type="date" error={errors.date?.message} name="date" {...register("date")} />
        <TextField label={t("meeting.field.startTime")} type="time" error={errors.startTime?.message} name="startTime" {...register("startTime")} />
        <TextField label={t("meeting.field.endTime")} type="time" error={errors.endTime?.message} name="endTime" {...register("endTime")} />
      </div>
      <TimeZoneField
        label={t("meeting.field.timeZone")}
        hint={`${t("meeting.field.timeZoneHint")} ${t("meeting.field.timeZoneSearchHint")}`}
        error={errors.timeZone?.message}
        zones={timeZones}
        name="timeZone"
        {...register("timeZone")}
      />
      <TextField label={t("meeting.field.venue")} optional error={errors.venue?.message} name="venue" {...register("venue")} />
      <TextField label={t("meeting.field.room")} optional error={errors.room?.message} name="room" {...register("room")} />
      <TextField label={t("meeting.field.onlineUrl")} type="url" optional error={errors.onlineUrl?.message} name="onlineUrl" {...register("onlineUrl")} />
      <TextField
        label={t("meeting.field.officialNumber")}
        type="number"
        min={1}
        optional
        hint={provisional ? t("meeting.field.officialNumberProvisional", { n: provisional }) : t("meeting.field.officialNumberHint")}
        error={errors.officialNumber?.message}
        name="officialNumber"
        {...register("officialNumber")}
      />
      <TextField label={t("meeting.field.chairLabel")} optional hint={t("meeting.field.chairLabelHint")} error={errors.chairLabel?.message} name="chairLabel" {...register("chairLabel")} />
      <SelectField
        label={t("meeting.field.confidentiality")}
        error={errors.confidentiality?.message}
        options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))}
        name="confidentiality"
        {...register("confidentiality")}
      />
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
  const defaults = failure ? { ...initial, ...failure.values } : initial;
  const { form, onSubmit, field, radio } = useValidatedForm(newMeetingSchema, { defaultValues: defaults, serverErrors: failure?.fieldErrors });
  const errors = form.formState.errors;
  const repeat = form.watch("repeat");
  const pattern = form.watch("pattern");
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Object.keys(failure?.fieldErrors ?? {}).length > 0 || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <ConflictWarnings conflicts={failure?.conflicts ?? []} busy={busy} />
      <SelectField
        label={t("meeting.field.committee")}
        error={errors.committeeId?.message}
        options={[{ value: "", label: t("meeting.field.chooseCommittee") }, ...committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name }))]}
        {...field("committeeId")}
      />
      <WhenAndWhere register={field} errors={errors} timeZones={timeZones} />
      <fieldset className="field-group">
        <legend>{t("meeting.field.repeat")}</legend>
        <div className="radio-row">
          <label>
            <input type="radio" {...radio("repeat", "once")} /> {t("meeting.repeat.once")}
          </label>
          <label>
            <input type="radio" {...radio("repeat", "series")} /> {t("meeting.repeat.series")}
          </label>
        </div>
      </fieldset>
      {/* Shown to everyone until the page is interactive, so the series works without JavaScript. */}
      <fieldset className="field-group stack" hidden={hydrated && repeat !== "series"}>
        <legend>{t("series.legend")}</legend>
        <p className="field__hint">{t("series.intro")}</p>
        <SelectField
          label={t("series.field.pattern")}
          error={errors.pattern?.message}
          options={RECURRENCE_PATTERNS.map((p) => ({ value: p, label: t(`series.pattern.${p}`) }))}
          {...field("pattern")}
        />
        <TextField label={t("series.field.interval")} type="number" min={1} max={52} hint={t("series.field.intervalHint")} error={errors.interval?.message} {...field("interval")} />
        <div hidden={hydrated && pattern !== "custom"}>
          <TextField label={t("series.field.customRule")} hint={t("series.field.customRuleHint")} error={errors.customRule?.message} {...field("customRule")} />
        </div>
        <fieldset className="field-group">
          <legend>{t("series.field.end")}</legend>
          <div className="radio-row">
            <label>
              <input type="radio" {...radio("endKind", "count")} /> {t("series.end.count")}
            </label>
            <label>
              <input type="radio" {...radio("endKind", "until")} /> {t("series.end.until")}
            </label>
          </div>
          {errors.endKind?.message ? <p className="field__error">{t("error.invalidChoice")}</p> : null}
          <div className="inline-fields">
            <TextField label={t("series.field.count")} type="number" min={1} max={104} optional error={errors.count?.message} {...field("count")} />
            <TextField label={t("series.field.untilDate")} type="date" optional error={errors.untilDate?.message} {...field("untilDate")} />
          </div>
        </fieldset>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("meeting.new.submit")}
        </button>
        <a href={cancelTo} className="button button--quiet">
          {t("common.cancel")}
        </a>
      </div>
    </Form>
  );
}

export function EditMeetingForm({
  initial,
  timeZones,
  failure,
  cancelTo,
  provisional,
}: {
  initial: MeetingInput;
  timeZones: string[];
  failure?: MeetingFailure;
  cancelTo: string;
  provisional?: number | null;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const defaults = failure ? { ...initial, ...failure.values } : initial;
  const { form, onSubmit, field } = useValidatedForm(meetingSchema, { defaultValues: defaults, serverErrors: failure?.fieldErrors });
  const errors = form.formState.errors;
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert show={Object.keys(failure?.fieldErrors ?? {}).length > 0 || Object.keys(errors).length > 0} extra={failure?.formErrors} />
      <ConflictWarnings conflicts={failure?.conflicts ?? []} busy={busy} />
      <WhenAndWhere register={field} errors={errors} timeZones={timeZones} provisional={provisional} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("common.save")}
        </button>
        <a href={cancelTo} className="button button--quiet">
          {t("common.cancel")}
        </a>
      </div>
    </Form>
  );
}
