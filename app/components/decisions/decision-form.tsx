import { Form } from "@remix-run/react";
import { CONFIDENTIALITY_LEVELS, DECISION_ADOPTIONS, DECISION_STATUSES } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { decisionSchema, type DecisionInput } from "~/schemas/decision";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { useValidatedForm } from "../forms/use-validated-form";
import { useHydrated } from "~/components/ui/use-hydrated";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "../forms/conflict-notice";

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
}: {
  initial: DecisionInput;
  /** Offered when the committee is not fixed by a meeting or a superseded decision. */
  committees: Option[] | null;
  agendaItems: Option[] | null;
  /** When editing: the version the decision was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
  submitLabel: string;
  /** Offers the official-number field: a new decision only; a number once given never changes. */
  numbering?: boolean;
}) {
  const { t, tr } = useI18n();
  const hydrated = useHydrated();
  const { form, onSubmit, field, input, alert, errors } = useValidatedForm(decisionSchema, {
    defaultValues: initial,
    failure,
  });
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
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
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
        }}
        choices={{
          agendaItemId: (agendaItems ?? []).map((a) => ({ value: a.id, label: a.label })),
          status: DECISION_STATUSES.map((v) => ({ value: v, label: t(`decisionStatus.${v}`) })),
          adoption: DECISION_ADOPTIONS.map((v) => ({ value: v, label: t(`decisionAdoption.${v}`) })),
          confidentiality: CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <input type="hidden" {...input("meetingId")} />
      <input type="hidden" {...input("supersedesId")} />
      {/* Fixed by where the form was opened: their problems are shown here, there is no field to fix. */}
      {[errors.supersedesId?.message, errors.meetingId?.message, committees ? undefined : errors.committeeId?.message].map((message) =>
        message ? (
          <p key={message} className="field__error" role="alert">
            {tr(message)}
          </p>
        ) : null,
      )}
      {committees ? (
        <SelectField
          label={t("decision.field.committee")}
          options={[{ value: "", label: t("decision.field.chooseCommittee") }, ...committees.map((c) => ({ value: c.id, label: c.label }))]}
          {...field("committeeId")}
        />
      ) : (
        <input type="hidden" {...input("committeeId")} />
      )}
      {agendaItems ? (
        <SelectField
          label={t("decision.field.agendaItem")}
          optional
          options={[{ value: "", label: t("decision.field.noAgendaItem") }, ...agendaItems.map((a) => ({ value: a.id, label: a.label }))]}
          {...field("agendaItemId")}
        />
      ) : (
        <input type="hidden" {...input("agendaItemId")} />
      )}
      <TextField label={t("decision.field.title")} {...field("title")} />
      <TextAreaField label={t("decision.field.text")} rows={8} {...field("text")} />
      <TextField
        label={t("decision.field.decidedOn")}
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
      <SelectField
        label={t("decision.field.status")}
        options={DECISION_STATUSES.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
        {...field("status")}
      />
      <SelectField
        label={t("decision.field.adoption")}
        options={DECISION_ADOPTIONS.map((a) => ({ value: a, label: t(`decisionAdoption.${a}`) }))}
        {...field("adoption")}
      />
      <fieldset className="vote-fieldset" hidden={!showVotes}>
        <legend>{t("decision.form.votes")}</legend>
        <p className="field__hint">{t("decision.form.votesHint")}</p>
        <div className="vote-grid">
          <TextField label={t("decision.field.votesFor")} inputMode="numeric" {...field("votesFor")} />
          <TextField label={t("decision.field.votesAgainst")} inputMode="numeric" {...field("votesAgainst")} />
          <TextField
            label={t("decision.field.votesAbstaining")}
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
        label={t("decision.field.documents")}
        optional
        rows={3}
        hint={t("decision.field.documentsHint")}
        {...field("documentSymbols")}
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
