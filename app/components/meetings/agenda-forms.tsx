import { Form, useNavigation } from "@remix-run/react";
import { AGENDA_ITEM_KINDS, CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import {
  addAgendaItemSchema,
  agendaItemSchema,
  attachDocumentSchema,
  statementSchema,
  type AddAgendaItemInput,
  type AgendaItemInput,
  type StatementInput,
} from "~/schemas/agenda";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { RecordVersionField } from "../forms/conflict-notice";

type Agency = { id: string; name: string; acronym: string | null };

function agencyOptions(agencies: Agency[], none: string) {
  return [{ value: "", label: none }, ...agencies.map((a) => ({ value: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name }))];
}

/** The failure belongs to this form when it came back from a submission with this intent. */
export function failureFor(failure: FormFailure | undefined, intent: string) {
  return failure?.values.intent === intent ? failure : undefined;
}

export function AddAgendaItemForm({ agencies, failure }: { agencies: Agency[]; failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: AddAgendaItemInput = { intent: "add", label: "", title: "", kind: "regular", presenterAgencyId: "" };
  const { onSubmit, field, alert } = useValidatedForm(addAgendaItemSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <TextField label={t("agenda.field.label")} optional hint={t("agenda.field.labelHint")} {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} options={AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))} {...field("kind")} />
      <SelectField label={t("agenda.field.presenter")} optional options={agencyOptions(agencies, t("agenda.field.noPresenter"))} {...field("presenterAgencyId")} />
      <div className="form-actions">
        <button type="submit" name="intent" value="add" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("agenda.add")}
        </button>
      </div>
    </Form>
  );
}

export function AgendaItemForm({
  initial,
  agencies,
  version,
  failure,
}: {
  initial: AgendaItemInput;
  agencies: Agency[];
  /** The version the item was loaded at. */
  version: number;
  failure?: FormFailure;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const { onSubmit, field, alert } = useValidatedForm(agendaItemSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
          label: t("agenda.field.label"),
          title: t("agenda.field.title"),
          kind: t("agenda.field.kind"),
          presenterAgencyId: t("agenda.field.presenter"),
          notes: t("agenda.field.notes"),
          confidentiality: t("meeting.field.confidentiality"),
          order: t("stale.agendaOrder"),
        }}
        choices={{
          kind: AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) })),
          presenterAgencyId: agencies.map((a) => ({ value: a.id, label: a.name })),
          confidentiality: CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) })),
        }}
      />
      <RecordVersionField version={version} failure={failure} />
      <TextField label={t("agenda.field.label")} optional {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} options={AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))} {...field("kind")} />
      <SelectField label={t("agenda.field.presenter")} optional options={agencyOptions(agencies, t("agenda.field.noPresenter"))} {...field("presenterAgencyId")} />
      <TextAreaField label={t("agenda.field.notes")} optional hint={t("agenda.field.notesHint")} rows={6} {...field("notes")} />
      <SelectField
        label={t("meeting.field.confidentiality")}
        options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))}
        {...field("confidentiality")}
      />
      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("common.save")}
        </button>
      </div>
    </Form>
  );
}

export function AttachDocumentForm({ failure }: { failure?: FormFailure }) {
  const { t } = useI18n();
  const initial = { intent: "attach" as const, symbol: "" };
  const { onSubmit, field } = useValidatedForm(attachDocumentSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <TextField label={t("agenda.attach.symbol")} hint={t("agenda.attach.hint")} {...field("symbol")} />
      <div className="form-actions">
        <button type="submit" name="intent" value="attach" className="button">
          {t("agenda.attach.button")}
        </button>
      </div>
    </Form>
  );
}

export function StatementForm({ agencies, failure }: { agencies: Agency[]; failure?: FormFailure }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const initial: StatementInput = { intent: "statement", speakerLabel: "", speakerAgencyId: "", summary: "", symbols: "" };
  const { onSubmit, field, alert } = useValidatedForm(statementSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <TextField label={t("statement.field.speaker")} hint={t("statement.field.speakerHint")} {...field("speakerLabel")} />
      <SelectField label={t("statement.field.agency")} optional options={agencyOptions(agencies, t("statement.field.noAgency"))} {...field("speakerAgencyId")} />
      <TextAreaField label={t("statement.field.summary")} optional rows={3} {...field("summary")} />
      <TextField label={t("statement.field.symbols")} optional hint={t("statement.field.symbolsHint")} {...field("symbols")} />
      <div className="form-actions">
        <button type="submit" name="intent" value="statement" className="button button--primary" disabled={navigation.state === "submitting"}>
          {t("statement.add")}
        </button>
      </div>
    </Form>
  );
}
