import { Form } from "@remix-run/react";
import { entryIntoForce, initialReportDue } from "~/domain/entry-into-force";
import { CONFIDENTIALITY_LEVELS, DUE_RULE_KINDS, SUBMISSION_ACCESS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { parseIsoDate } from "~/domain/calendar-date";
import { MAX_CONTRIBUTORS, obligationSchema, type ObligationInput } from "~/schemas/reporting";
import { useHydrated } from "~/components/ui/use-hydrated";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormActions } from "../ui/form-actions";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { RecordVersionField } from "../forms/conflict-notice";

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
}: {
  initial: ObligationInput;
  /** When editing: the version the obligation was loaded at. */
  version?: number;
  options: { instruments: Option[]; provisions: Option[]; posts: Option[]; agencies: Option[] };
  failure?: FormFailure;
  cancelTo: string;
  submitLabel: string;
}) {
  const { t, tr, date, locale } = useI18n();
  const rows = contributorRows(initial, failure?.values);
  const { form, onSubmit, field, radio, alert, error, defaults: values } = useValidatedForm(obligationSchema, { defaultValues: { ...initial, contributors: rows }, failure });
  const kind = form.watch("ruleKind") ?? values.ruleKind;
  const deposit = parseIsoDate(form.watch("ruleEventDate") ?? values.ruleEventDate ?? "");
  const serverError = (name: string) => failure?.fieldErrors[name]?.[0];
  const monthName = (m: number) => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, m - 1, 1)));
  // Without JavaScript every kind's fields are shown; with it, only the chosen kind's.
  const hydrated = useHydrated();
  const shows = (...kinds: string[]) => !hydrated || kinds.includes(kind ?? "");
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
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
        }}
        choices={{
          instrumentId: options.instruments.map((o) => ({ value: o.id, label: o.label })),
          provisionId: options.provisions.map((o) => ({ value: o.id, label: o.label })),
          leadPositionId: options.posts.map((o) => ({ value: o.id, label: o.label })),
          submissionAccess: SUBMISSION_ACCESS.map((a) => ({ value: a, label: t(`reporting.access.${a}`) })),
          confidentiality: CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) })),
          ruleKind: DUE_RULE_KINDS.map((k) => ({ value: k, label: t(`reporting.ruleKind.${k}`) })),
          ruleMonth: MONTHS.map((m) => ({ value: String(m), label: monthName(m) })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <SelectField
        label={t("reporting.field.instrument")}
        options={[{ value: "", label: t("reporting.field.chooseInstrument") }, ...options.instruments.map((o) => ({ value: o.id, label: o.label }))]}
        {...field("instrumentId")}
      />
      <SelectField
        label={t("reporting.field.provision")}
        optional
        options={[{ value: "", label: t("reporting.field.noProvision") }, ...options.provisions.map((o) => ({ value: o.id, label: o.label }))]}
        {...field("provisionId")}
      />
      <TextField label={t("reporting.field.title")} {...field("title")} />
      <TextAreaField label={t("reporting.field.description")} optional rows={3} {...field("description")} />
      <SelectField
        label={t("reporting.field.lead")}
        hint={t("reporting.field.leadHint")}
        options={[{ value: "", label: t("reporting.field.choosePost") }, ...options.posts.map((o) => ({ value: o.id, label: o.label }))]}
        {...field("leadPositionId")}
      />

      <fieldset className="field-group">
        <legend>{t("reporting.field.contributors")}</legend>
        <p className="field__hint">{t("reporting.field.contributorsHint")}</p>
        {rows.map((row, i) => (
          <div key={i} className="contributor-row">
            <SelectField
              label={t("reporting.field.contributorAgency", { n: i + 1 })}
              optional
              error={error(`contributors.${i}.agencyId`) ?? serverError(`contributors.${i}.agencyId`)}
              options={[{ value: "", label: t("reporting.field.noAgency") }, ...options.agencies.map((o) => ({ value: o.id, label: o.label }))]}
              {...form.register(`contributors.${i}.agencyId`)}
              defaultValue={row.agencyId ?? ""}
            />
            <SelectField
              label={t("reporting.field.contributorPost", { n: i + 1 })}
              optional
              error={error(`contributors.${i}.positionId`) ?? serverError(`contributors.${i}.positionId`)}
              options={[{ value: "", label: t("reporting.field.noPost") }, ...options.posts.map((o) => ({ value: o.id, label: o.label }))]}
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
              label={t("reporting.field.ruleMonth")}
              optional={kind !== "annual" && kind !== "every_n_years"}
              options={[{ value: "", label: "—" }, ...MONTHS.map((m) => ({ value: String(m), label: monthName(m) }))]}
              {...field("ruleMonth")}
            />
            <TextField label={t("reporting.field.ruleDay")} inputMode="numeric" size={3} {...field("ruleDay")} />
          </div>
        ) : null}
        {shows("every_n_years") ? (
          <div className="field-row">
            <TextField label={t("reporting.field.ruleIntervalYears")} inputMode="numeric" size={3} {...field("ruleIntervalYears")} />
            <TextField label={t("reporting.field.ruleFirstYear")} inputMode="numeric" size={5} {...field("ruleFirstYear")} />
          </div>
        ) : null}
        {shows("once_after_event") ? (
          <>
            <TextField label={t("reporting.field.ruleEventDate")} hint={t("reporting.field.ruleEventDateHint")} type="date" {...field("ruleEventDate")} />
            {deposit ? (
              <p className="computed" data-testid="initial-dates">
                {t("reporting.computed", { eif: date(entryIntoForce(deposit), "UTC"), due: date(initialReportDue(deposit), "UTC") })}
              </p>
            ) : null}
          </>
        ) : null}
        {shows("custom") ? (
          <>
            <TextField label={t("reporting.field.rrule")} hint={t("reporting.field.rruleHint")} {...field("rrule")} />
            <TextField label={t("reporting.field.ruleStart")} type="date" {...field("ruleStart")} />
          </>
        ) : null}
        {shows("on_event") ? <p className="field__hint">{t("reporting.field.onEventHint")}</p> : null}
      </fieldset>

      <fieldset className="field-group">
        <legend>{t("reporting.field.offsets")}</legend>
        <p className="field__hint">{t("reporting.field.offsetsHint")}</p>
        <div className="field-row">
          <TextField label={t("dashboard.milestone.data_call")} inputMode="numeric" size={4} {...field("offsetDataCall")} />
          <TextField label={t("dashboard.milestone.contributions")} inputMode="numeric" size={4} {...field("offsetContributions")} />
          <TextField label={t("dashboard.milestone.consolidation")} inputMode="numeric" size={4} {...field("offsetConsolidation")} />
          <TextField label={t("dashboard.milestone.clearance")} inputMode="numeric" size={4} {...field("offsetClearance")} />
          <TextField label={t("dashboard.milestone.submission")} inputMode="numeric" size={4} {...field("offsetSubmission")} />
        </div>
        <SelectField
          label={t("reporting.field.skipNonWorkingDays")}
          options={[
            { value: "yes", label: t("reporting.skip.yes") },
            { value: "no", label: t("reporting.skip.no") },
          ]}
          {...field("skipNonWorkingDays")}
        />
      </fieldset>

      <TextAreaField label={t("reporting.field.procedureNotes")} optional rows={5} hint={t("reporting.field.procedureNotesHint")} {...field("procedureNotes")} />
      <SelectField
        label={t("reporting.field.submissionAccess")}
        options={SUBMISSION_ACCESS.map((a) => ({ value: a, label: t(`reporting.access.${a}`) }))}
        {...field("submissionAccess")}
      />
      <SelectField
        label={t("decision.field.confidentiality")}
        options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))}
        {...field("confidentiality")}
      />
      <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
    </Form>
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
