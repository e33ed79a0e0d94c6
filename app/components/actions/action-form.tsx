import { useEffect, type ReactNode } from "react";
import { ACTION_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { actionSchema, type ActionInput } from "~/schemas/action";
import { useRecordForm, ValidatedForm, type RecordFormProps } from "../forms/validated-form";
import { FixedFieldErrors, SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { confidentialityOptions, recordOptions, vocabularyOptions } from "../ui/options";

type Option = { id: string; label: string };

/**
 * Create or edit an action. Its decision, meeting and committee come from where it was opened
 * (hidden, checked again on the server); the owner is a post, chosen among the posts offered.
 */
export function ActionForm({
  posts,
  people,
  committees,
  ownerAgency,
  submitLabel,
  ...props
}: RecordFormProps<ActionInput> & {
  posts: Option[];
  /** Offered when editing: the people currently holding a post of the owner agency. */
  people: Option[] | null;
  /** Offered when the action comes from neither a decision nor a meeting. */
  committees: Option[] | null;
  /** The agency chooser that narrows the posts (it belongs to its own GET form). */
  ownerAgency: ReactNode;
  submitLabel: string;
}) {
  const { t } = useI18n();
  const form = useRecordForm(actionSchema, props, {
    title: t("action.field.title"),
    description: t("action.field.description"),
    ownerPositionId: t("action.field.owner"),
    ownerPersonId: t("action.field.person"),
    dueDate: t("action.field.dueDate"),
    confidentiality: t("decision.field.confidentiality"),
    status: t("action.col.status"),
    archivedAt: t("common.archived"),
  });
  const { field, input, error, labels } = form;
  const confidentiality = confidentialityOptions(t);
  // When another agency's posts are fetched, a chosen post that is no longer offered is cleared.
  useEffect(() => {
    const chosen = form.form.getValues("ownerPositionId");
    if (chosen && !posts.some((p) => p.id === chosen)) form.form.setValue("ownerPositionId", "");
  }, [posts, form.form]);
  return (
    <ValidatedForm
      form={form}
      choices={{
        ownerPositionId: recordOptions(posts),
        ownerPersonId: recordOptions(people ?? []),
        confidentiality,
        status: vocabularyOptions(ACTION_STATUSES, (s) => t(`actionStatus.${s}`)),
      }}
    >
      <input type="hidden" {...input("decisionId")} />
      <input type="hidden" {...input("meetingId")} />
      <FixedFieldErrors messages={[error("decisionId"), error("meetingId"), committees ? undefined : error("committeeId")]} />
      <TextField label={labels.title} {...field("title")} />
      <TextAreaField label={labels.description} optional rows={3} {...field("description")} />
      {ownerAgency}
      <SelectField
        label={labels.ownerPositionId}
        hint={t("action.field.ownerHint")}
        empty={t("action.field.chooseOwner")}
        options={recordOptions(posts)}
        {...field("ownerPositionId")}
      />
      {people ? (
        <SelectField
          label={labels.ownerPersonId}
          optional
          hint={t("action.field.personHint")}
          empty={t("action.field.noPerson")}
          options={recordOptions(people)}
          {...field("ownerPersonId")}
        />
      ) : (
        <input type="hidden" {...input("ownerPersonId")} />
      )}
      <TextField label={labels.dueDate} type="date" optional {...field("dueDate")} />
      {committees ? (
        <SelectField label={t("action.col.committee")} optional empty={t("action.field.noCommittee")} options={recordOptions(committees)} {...field("committeeId")} />
      ) : (
        <input type="hidden" {...input("committeeId")} />
      )}
      <SelectField label={labels.confidentiality} options={confidentiality} {...field("confidentiality")} />
      <FormActions submitLabel={submitLabel} cancelTo={props.cancelTo} />
    </ValidatedForm>
  );
}
