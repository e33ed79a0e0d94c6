import { AGENDA_ITEM_KINDS } from "~/domain/vocabulary";
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
import { ValidatedForm } from "../forms/validated-form";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, vocabularyOptions, withShortName } from "../ui/options";
import type { Translate } from "~/i18n/translate";

type Agency = { id: string; name: string; acronym: string | null };

function agencyOptions(agencies: Agency[]) {
  return agencies.map((a) => ({ value: a.id, label: withShortName(a.name, a.acronym) }));
}

const kindOptions = (t: Translate) => vocabularyOptions(AGENDA_ITEM_KINDS, (k) => t(`agendaKind.${k}`));

/** The failure belongs to this form when it came back from a submission with this intent. */
export function failureFor(failure: FormFailure | undefined, intent: string) {
  return failure?.values.intent === intent ? failure : undefined;
}

export function AddAgendaItemForm({ agencies, failure }: { agencies: Agency[]; failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: AddAgendaItemInput = { intent: "add", label: "", title: "", kind: "regular", presenterAgencyId: "" };
  const form = useValidatedForm(addAgendaItemSchema, { defaultValues: initial, failure });
  const { field } = form;
  return (
    <ValidatedForm form={form}>
      <TextField label={t("agenda.field.label")} optional hint={t("agenda.field.labelHint")} {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} options={kindOptions(t)} {...field("kind")} />
      <SelectField label={t("agenda.field.presenter")} optional empty={t("agenda.field.noPresenter")} options={agencyOptions(agencies)} {...field("presenterAgencyId")} />
      <FormActions submitLabel={t("agenda.add")} intent="add" />
    </ValidatedForm>
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
  const form = useValidatedForm(agendaItemSchema, { defaultValues: initial, failure });
  const { field } = form;
  const confidentiality = confidentialityOptions(t);
  return (
    <ValidatedForm
      form={form}
      version={version}
      labels={{
          label: t("agenda.field.label"),
          title: t("agenda.field.title"),
          kind: t("agenda.field.kind"),
          presenterAgencyId: t("agenda.field.presenter"),
          notes: t("agenda.field.notes"),
          confidentiality: t("meeting.field.confidentiality"),
          order: t("stale.agendaOrder"),
        }}
        choices={{ kind: kindOptions(t), presenterAgencyId: agencies.map((a) => ({ value: a.id, label: a.name })), confidentiality }}
    >
      <TextField label={t("agenda.field.label")} optional {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} options={kindOptions(t)} {...field("kind")} />
      <SelectField label={t("agenda.field.presenter")} optional empty={t("agenda.field.noPresenter")} options={agencyOptions(agencies)} {...field("presenterAgencyId")} />
      <TextAreaField label={t("agenda.field.notes")} optional hint={t("agenda.field.notesHint")} rows={6} {...field("notes")} />
      <SelectField label={t("meeting.field.confidentiality")} options={confidentiality} {...field("confidentiality")} />
      <FormActions intent="save" />
    </ValidatedForm>
  );
}

export function AttachDocumentForm({ failure }: { failure?: FormFailure }) {
  const { t } = useI18n();
  const initial = { intent: "attach" as const, symbol: "" };
  const form = useValidatedForm(attachDocumentSchema, { defaultValues: initial, failure });
  return (
    <ValidatedForm form={form} alert={false}>
      <TextField label={t("agenda.attach.symbol")} hint={t("agenda.attach.hint")} {...form.field("symbol")} />
      <FormActions submitLabel={t("agenda.attach.button")} intent="attach" secondary keepEnabled />
    </ValidatedForm>
  );
}

export function StatementForm({ agencies, failure }: { agencies: Agency[]; failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: StatementInput = { intent: "statement", speakerLabel: "", speakerAgencyId: "", summary: "", symbols: "" };
  const form = useValidatedForm(statementSchema, { defaultValues: initial, failure });
  const { field } = form;
  return (
    <ValidatedForm form={form}>
      <TextField label={t("statement.field.speaker")} hint={t("statement.field.speakerHint")} {...field("speakerLabel")} />
      <SelectField label={t("statement.field.agency")} optional empty={t("statement.field.noAgency")} options={agencyOptions(agencies)} {...field("speakerAgencyId")} />
      <TextAreaField label={t("statement.field.summary")} optional rows={3} {...field("summary")} />
      <TextField label={t("statement.field.symbols")} optional hint={t("statement.field.symbolsHint")} {...field("symbols")} />
      <FormActions submitLabel={t("statement.add")} intent="statement" />
    </ValidatedForm>
  );
}
