import { entryIntoForce, initialReportDue } from "~/domain/entry-into-force";
import { DUE_RULE_KINDS, SUBMISSION_ACCESS } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { parseIsoDate } from "~/domain/calendar-date";
import { MAX_CONTRIBUTORS, obligationSchema, type ObligationInput } from "~/schemas/reporting";
import { useHydrated } from "../ui/use-hydrated";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { FormActions } from "../ui/form-actions";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { confidentialityOptions, recordOptions, vocabularyOptions } from "../ui/options";

type Option = { id: string; label: string };

/** Empty rows offered under the contributors already there, so one can be added without JavaScript. */
const SPARE_ROWS = 3;

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export function ObligationForm({
  initial,
  version,
  options,
  failure,
  cancelTo,
  submitLabel,
}: RecordFormProps<ObligationInput> & {
  options: { instruments: Option[]; provisions: Option[]; posts: Option[]; agencies: Option[] };
  submitLabel: string;
}) {
  const { t, tr, date, locale } = useI18n();
  const rows = contributorRows(initial, failure?.values);
  const validated = useRecordForm(obligationSchema, { initial: { ...initial, contributors: rows }, failure, version }, {
    instrumentId: t("reporting.field.instrument"),
    provisionId: t("reporting.field.provision"),
    title: t("reporting.field.title"),
    description: t("reporting.field.description"),
    procedureNotes: t("reporting.field.procedureNotes"),
    leadPositionId: t("reporting.field.lead"),
    submissionAccess: t("reporting.field.submissionAccess"),
    confidentiality: t("decision.field.confidentiality"),
    ruleKind: t("reporting.field.rule"),
    ruleMonth: t("reporting.field.ruleMonth"),
    ruleDay: t("reporting.field.ruleDay"),
    ruleIntervalYears: t("reporting.field.ruleIntervalYears"),
    ruleFirstYear: t("reporting.field.ruleFirstYear"),
    ruleEventDate: t("reporting.field.ruleEventDate"),
    rrule: t("reporting.field.rrule"),
    ruleStart: t("reporting.field.ruleStart"),
    offsetDataCall: t("dashboard.milestone.data_call"),
    offsetContributions: t("dashboard.milestone.contributions"),
    offsetConsolidation: t("dashboard.milestone.consolidation"),
    offsetClearance: t("dashboard.milestone.clearance"),
    offsetSubmission: t("dashboard.milestone.submission"),
    skipNonWorkingDays: t("reporting.field.skipNonWorkingDays"),
    archivedAt: t("common.archived"),
  });
  const { form, field, radio, error, defaults: values, labels } = validated;
  const instruments = recordOptions(options.instruments);
  const provisions = recordOptions(options.provisions);
  const posts = recordOptions(options.posts);
  const agencies = recordOptions(options.agencies);
  const access = vocabularyOptions(SUBMISSION_ACCESS, (a) => t(`reporting.access.${a}`));
  const confidentiality = confidentialityOptions(t);
  const kind = form.watch("ruleKind") ?? values.ruleKind;
  const deposit = parseIsoDate(form.watch("ruleEventDate") ?? values.ruleEventDate ?? "");
  const serverError = (name: string) => failure?.fieldErrors[name]?.[0];
  const monthName = (m: number) => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, m - 1, 1)));
  const months = MONTHS.map((m) => ({ value: String(m), label: monthName(m) }));
  // Without JavaScript every kind's fields are shown; with it, only the chosen kind's.
  const hydrated = useHydrated();
  const shows = (...kinds: string[]) => !hydrated || kinds.includes(kind ?? "");
  return (
    <ValidatedForm
      form={validated}
      choices={{
        instrumentId: instruments,
        provisionId: provisions,
        leadPositionId: posts,
        submissionAccess: access,
        confidentiality,
        ruleKind: vocabularyOptions(DUE_RULE_KINDS, (k) => t(`reporting.ruleKind.${k}`)),
        ruleMonth: months,
      }}
    >
      <SelectField label={labels.instrumentId} empty={t("reporting.field.chooseInstrument")} options={instruments} {...field("instrumentId")} />
      <SelectField label={labels.provisionId} optional empty={t("reporting.field.noProvision")} options={provisions} {...field("provisionId")} />
      <TextField label={labels.title} {...field("title")} />
      <TextAreaField label={labels.description} optional rows={3} {...field("description")} />
      <SelectField label={labels.leadPositionId} hint={t("reporting.field.leadHint")} empty={t("reporting.field.choosePost")} options={posts} {...field("leadPositionId")} />

      <fieldset className="field-group">
        <legend>{t("reporting.field.contributors")}</legend>
        <p className="field__hint">{t("reporting.field.contributorsHint")}</p>
        {rows.map((row, i) => (
          <div key={i} className="contributor-row">
            <SelectField
              label={t("reporting.field.contributorAgency", { n: i + 1 })}
              optional
              error={error(`contributors.${i}.agencyId`) ?? serverError(`contributors.${i}.agencyId`)}
              empty={t("reporting.field.noAgency")}
              options={agencies}
              {...form.register(`contributors.${i}.agencyId`)}
              defaultValue={row.agencyId ?? ""}
            />
            <SelectField
              label={t("reporting.field.contributorPost", { n: i + 1 })}
              optional
              error={error(`contributors.${i}.positionId`) ?? serverError(`contributors.${i}.positionId`)}
              empty={t("reporting.field.noPost")}
              options={posts}
              {...form.register(`contributors.${i}.positionId`)}
              defaultValue={row.positionId ?? ""}
            />
            <TextField
              label={t("reporting.field.contribution", { n: i + 1 })}
              optional
              error={error(`contributors.${i}.contribution`) ?? serverError(`contributors.${i}.contribution`)}
              {...form.register(`contributors.${i}.contribution`)}
              defaultValue={row.contribution ?? ""}
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="field-group">
        <legend>{t("reporting.field.rule")}</legend>
        <div className="radio-stack">
          {DUE_RULE_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" {...radio("ruleKind", k)} /> {t(`reporting.ruleKind.${k}`)}
            </label>
          ))}
        </div>
        {error("ruleKind") ? <p className="field__error">{tr(error("ruleKind")!)}</p> : null}
        {shows("annual", "every_n_years") ? (
          <div className="field-row">
            <SelectField
              label={labels.ruleMonth}
              optional={kind !== "annual" && kind !== "every_n_years"}
              empty="—"
              options={months}
              {...field("ruleMonth")}
            />
            <TextField label={labels.ruleDay} inputMode="numeric" size={3} {...field("ruleDay")} />
          </div>
        ) : null}
        {shows("every_n_years") ? (
          <div className="field-row">
            <TextField label={labels.ruleIntervalYears} inputMode="numeric" size={3} {...field("ruleIntervalYears")} />
            <TextField label={labels.ruleFirstYear} inputMode="numeric" size={5} {...field("ruleFirstYear")} />
          </div>
        ) : null}
        {shows("once_after_event") ? (
          <>
            <TextField label={labels.ruleEventDate} hint={t("reporting.field.ruleEventDateHint")} type="date" {...field("ruleEventDate")} />
            {deposit ? (
              <p className="computed" data-testid="initial-dates">
                {t("reporting.computed", { eif: date(entryIntoForce(deposit), "UTC"), due: date(initialReportDue(deposit), "UTC") })}
              </p>
            ) : null}
          </>
        ) : null}
        {shows("custom") ? (
          <>
            <TextField label={labels.rrule} hint={t("reporting.field.rruleHint")} {...field("rrule")} />
            <TextField label={labels.ruleStart} type="date" {...field("ruleStart")} />
          </>
        ) : null}
        {shows("on_event") ? <p className="field__hint">{t("reporting.field.onEventHint")}</p> : null}
      </fieldset>

      <fieldset className="field-group">
        <legend>{t("reporting.field.offsets")}</legend>
        <p className="field__hint">{t("reporting.field.offsetsHint")}</p>
        <div className="field-row">
          <TextField label={labels.offsetDataCall} inputMode="numeric" size={4} {...field("offsetDataCall")} />
          <TextField label={labels.offsetContributions} inputMode="numeric" size={4} {...field("offsetContributions")} />
          <TextField label={labels.offsetConsolidation} inputMode="numeric" size={4} {...field("offsetConsolidation")} />
          <TextField label={labels.offsetClearance} inputMode="numeric" size={4} {...field("offsetClearance")} />
          <TextField label={labels.offsetSubmission} inputMode="numeric" size={4} {...field("offsetSubmission")} />
        </div>
        <SelectField
          label={labels.skipNonWorkingDays}
          options={[
            { value: "yes", label: t("reporting.skip.yes") },
            { value: "no", label: t("reporting.skip.no") },
          ]}
          {...field("skipNonWorkingDays")}
        />
      </fieldset>

      <TextAreaField label={labels.procedureNotes} optional rows={5} hint={t("reporting.field.procedureNotesHint")} {...field("procedureNotes")} />
      <SelectField label={labels.submissionAccess} options={access} {...field("submissionAccess")} />
      <SelectField label={labels.confidentiality} options={confidentiality} {...field("confidentiality")} />
      <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}

type Row = { agencyId?: string; positionId?: string; contribution?: string };

/** The contributor rows to show: the ones there (or as typed), then a few empty ones. */
function contributorRows(initial: ObligationInput, typed?: Record<string, string>): Row[] {
  const rows: Row[] = [...(initial.contributors ?? [])];
  if (typed) {
    rows.length = 0;
    for (const [name, value] of Object.entries(typed)) {
      const m = /^contributors\.(\d+)\.(agencyId|positionId|contribution)$/.exec(name);
      const row = m ? (rows[Number(m[1])] ??= {}) : null;
      if (row && m?.[2] === "agencyId") row.agencyId = value;
      if (row && m?.[2] === "positionId") row.positionId = value;
      if (row && m?.[2] === "contribution") row.contribution = value;
    }
  }
  const filled = rows.filter((r) => r && (r.agencyId || r.positionId || r.contribution));
  return [...filled, ...Array.from({ length: SPARE_ROWS }, () => ({}))].slice(0, MAX_CONTRIBUTORS);
}
