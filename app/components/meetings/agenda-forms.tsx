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
import { useRecordForm, ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, nameOptions, vocabularyOptions, withShortName } from "../ui/options";
import type { Translate } from "~/i18n/translate";

type Agency = { id: string; name: string; acronym: string | null };

function agencyOptions(agencies: Agency[]) {
  return agencies.map((a) => ({ value: a.id, label: withShortName(a.name, a.acronym) }));
}

const kindOptions = (t: Translate) => vocabularyOptions(AGENDA_ITEM_KINDS, (k) => t(`agendaKind.${k}`));

type ItemField = "label" | "title" | "kind" | "presenterAgencyId";

/** The fields an agenda item is added with, and edited with (the edit form adds its notes). */
function ItemFields({ field, agencies, labelHint }: { field: (name: ItemField) => { name: string; error?: string }; agencies: Agency[]; labelHint?: string }) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t("agenda.field.label")} optional hint={labelHint} {...field("label")} />
      <TextField label={t("agenda.field.title")} {...field("title")} />
      <SelectField label={t("agenda.field.kind")} options={kindOptions(t)} {...field("kind")} />
      <SelectField label={t("agenda.field.presenter")} optional empty={t("agenda.field.noPresenter")} options={agencyOptions(agencies)} {...field("presenterAgencyId")} />
    </>
  );
}

/** The failure belongs to this form when it came back from a submission with this intent. */
export function failureFor(failure: FormFailure | undefined, intent: string) {
  return failure?.values.intent === intent ? failure : undefined;
}

export function AddAgendaItemForm({ agencies, failure }: { agencies: Agency[]; failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: AddAgendaItemInput = { intent: "add", label: "", title: "", kind: "regular", presenterAgencyId: "" };
  const form = useValidatedForm(addAgendaItemSchema, { defaultValues: initial, failure });
  return (
    <ValidatedForm form={form}>
      <ItemFields field={form.field} agencies={agencies} labelHint={t("agenda.field.labelHint")} />
      <FormActions submitLabel={t("agenda.add")} intent="add" />
    </ValidatedForm>
  );
}

/** An agenda item's own page: it edits the item (always an edit, so the version is required). */
export function AgendaItemForm({ agencies, ...props }: Omit<RecordFormProps<AgendaItemInput>, "cancelTo"> & { version: number; agencies: Agency[] }) {
  const { t } = useI18n();
  const form = useRecordForm(agendaItemSchema, props, {
    label: t("agenda.field.label"),
    title: t("agenda.field.title"),
    kind: t("agenda.field.kind"),
    presenterAgencyId: t("agenda.field.presenter"),
    notes: t("agenda.field.notes"),
    confidentiality: t("meeting.field.confidentiality"),
    order: t("stale.agendaOrder"),
  });
  const { field, labels } = form;
  const confidentiality = confidentialityOptions(t);
  return (
    <ValidatedForm
      form={form}
      choices={{ kind: kindOptions(t), presenterAgencyId: nameOptions(agencies), confidentiality }}
    >
      <ItemFields field={field} agencies={agencies} />
      <TextAreaField label={labels.notes} optional hint={t("agenda.field.notesHint")} rows={6} {...field("notes")} />
      <SelectField label={labels.confidentiality} options={confidentiality} {...field("confidentiality")} />
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
