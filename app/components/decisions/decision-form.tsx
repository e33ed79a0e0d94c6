import { DECISION_ADOPTIONS, DECISION_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { decisionSchema, type DecisionInput } from "~/schemas/decision";
import { FixedFieldErrors, SelectField, TextAreaField, TextField } from "../ui/field";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { useHydrated } from "../ui/use-hydrated";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, recordOptions, vocabularyOptions } from "../ui/options";

type Option = { id: string; label: string };

/**
 * The decision form. The committee, meeting and superseded decision come from where the form was
 * opened (hidden fields, checked again on the server); the agenda item is chosen among the meeting's.
 */
export function DecisionForm({
  initial,
  committees,
  agendaItems,
  version,
  failure,
  cancelTo,
  submitLabel,
  numbering = false,
}: RecordFormProps<DecisionInput> & {
  /** Offered when the committee is not fixed by a meeting or a superseded decision. */
  committees: Option[] | null;
  agendaItems: Option[] | null;
  submitLabel: string;
  /** Offers the official-number field: a new decision only; a number once given never changes. */
  numbering?: boolean;
}) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const validated = useRecordForm(decisionSchema, { initial, failure, version }, {
    agendaItemId: t("decision.field.agendaItem"),
    title: t("decision.field.title"),
    text: t("decision.field.text"),
    decidedOn: t("decision.field.decidedOn"),
    status: t("decision.field.status"),
    adoption: t("decision.field.adoption"),
    votesFor: t("decision.field.votesFor"),
    votesAgainst: t("decision.field.votesAgainst"),
    votesAbstaining: t("decision.field.votesAbstaining"),
    documents: t("decision.field.documents"),
    confidentiality: t("decision.field.confidentiality"),
  });
  const { form, field, input, error, errors, labels } = validated;
  const statuses = vocabularyOptions(DECISION_STATUSES, (v) => t(`decisionStatus.${v}`));
  const adoptions = vocabularyOptions(DECISION_ADOPTIONS, (v) => t(`decisionAdoption.${v}`));
  const confidentiality = confidentialityOptions(t);
  // Without JavaScript the vote fields always show; with it, for a recorded vote, or while they hold
  // something (so a value the schema refuses is never hidden from the person who must remove it).
  const voteFields = ["votesFor", "votesAgainst", "votesAbstaining", "votersFor", "votersAgainst", "votersAbstaining"] as const;
  const voteValues = form.watch(voteFields);
  const showVotes =
    !hydrated ||
    form.watch("adoption") === "recorded_vote" ||
    voteValues.some((v) => Boolean(v?.trim())) ||
    voteFields.some((f) => errors[f]);
  return (
    <ValidatedForm
      form={validated}
      choices={{ agendaItemId: recordOptions(agendaItems ?? []), status: statuses, adoption: adoptions, confidentiality }}
    >
      <input type="hidden" {...input("meetingId")} />
      <input type="hidden" {...input("supersedesId")} />
      {/* Fixed by where the form was opened: their problems are shown here, there is no field to fix. */}
      <FixedFieldErrors messages={[error("supersedesId"), error("meetingId"), committees ? undefined : error("committeeId")]} />
      {committees ? (
        <SelectField label={t("decision.field.committee")} empty={t("decision.field.chooseCommittee")} options={recordOptions(committees)} {...field("committeeId")} />
      ) : (
        <input type="hidden" {...input("committeeId")} />
      )}
      {agendaItems ? (
        <SelectField label={labels.agendaItemId} optional empty={t("decision.field.noAgendaItem")} options={recordOptions(agendaItems)} {...field("agendaItemId")} />
      ) : (
        <input type="hidden" {...input("agendaItemId")} />
      )}
      <TextField label={labels.title} {...field("title")} />
      <TextAreaField label={labels.text} rows={8} {...field("text")} />
      <TextField
        label={labels.decidedOn}
        type="date"
        hint={t("decision.field.decidedOnHint")}
        {...field("decidedOn")}
      />
      {numbering ? (
        <TextField
          label={t("decision.field.officialSerial")}
          inputMode="numeric"
          optional
          hint={t("decision.field.officialSerialHint")}
          {...field("officialSerial")}
        />
      ) : null}
      <SelectField label={labels.status} options={statuses} {...field("status")} />
      <SelectField label={labels.adoption} options={adoptions} {...field("adoption")} />
      <fieldset className="vote-fieldset" hidden={!showVotes}>
        <legend>{t("decision.form.votes")}</legend>
        <p className="field__hint">{t("decision.form.votesHint")}</p>
        <div className="vote-grid">
          <TextField label={labels.votesFor} inputMode="numeric" {...field("votesFor")} />
          <TextField label={labels.votesAgainst} inputMode="numeric" {...field("votesAgainst")} />
          <TextField
            label={labels.votesAbstaining}
            inputMode="numeric"
            {...field("votesAbstaining")}
          />
        </div>
        <TextAreaField label={t("decision.field.votersFor")} optional rows={3} {...field("votersFor")} />
        <TextAreaField label={t("decision.field.votersAgainst")} optional rows={3} {...field("votersAgainst")} />
        <TextAreaField
          label={t("decision.field.votersAbstaining")}
          optional
          rows={3}
          {...field("votersAbstaining")}
        />
      </fieldset>
      <TextAreaField
        label={labels.documents}
        optional
        rows={3}
        hint={t("decision.field.documentsHint")}
        {...field("documentSymbols")}
      />
      <SelectField label={labels.confidentiality} options={confidentiality} {...field("confidentiality")} />
      <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
