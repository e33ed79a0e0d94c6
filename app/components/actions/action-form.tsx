import { Form } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { ACTION_STATUSES, CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { actionSchema, type ActionInput } from "~/schemas/action";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "../ui/field";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "../forms/conflict-notice";

type Option = { id: string; label: string };

/**
 * Create or edit an action. Its decision, meeting and committee come from where it was opened
 * (hidden, checked again on the server); the owner is a post, chosen among the posts offered.
 */
export function ActionForm({
  initial,
  posts,
  people,
  committees,
  ownerAgency,
  version,
  failure,
  cancelTo,
  submitLabel,
}: {
  initial: ActionInput;
  posts: Option[];
  /** Offered when editing: the people currently holding a post of the owner agency. */
  people: Option[] | null;
  /** Offered when the action comes from neither a decision nor a meeting. */
  committees: Option[] | null;
  /** The agency chooser that narrows the posts (it belongs to its own GET form). */
  ownerAgency: ReactNode;
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
  submitLabel: string;
}) {
  const { t, tr } = useI18n();
  const { form, onSubmit, field, input, alert, errors } = useValidatedForm(actionSchema, {
    defaultValues: initial,
    failure,
  });
  // When another agency's posts are fetched, a chosen post that is no longer offered is cleared.
  useEffect(() => {
    const chosen = form.getValues("ownerPositionId");
    if (chosen && !posts.some((p) => p.id === chosen)) form.setValue("ownerPositionId", "");
  }, [posts, form]);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
          title: t("action.field.title"),
          description: t("action.field.description"),
          ownerPositionId: t("action.field.owner"),
          ownerPersonId: t("action.field.person"),
          dueDate: t("action.field.dueDate"),
          confidentiality: t("decision.field.confidentiality"),
          status: t("action.col.status"),
          archivedAt: t("common.archived"),
        }}
        choices={{
          ownerPositionId: posts.map((p) => ({ value: p.id, label: p.label })),
          ownerPersonId: (people ?? []).map((p) => ({ value: p.id, label: p.label })),
          confidentiality: CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) })),
          status: ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <input type="hidden" {...input("decisionId")} />
      <input type="hidden" {...input("meetingId")} />
      {[errors.decisionId?.message, errors.meetingId?.message, committees ? undefined : errors.committeeId?.message].map((message) =>
        message ? (
          <p key={message} className="field__error" role="alert">
            {tr(message)}
          </p>
        ) : null,
      )}
      <TextField label={t("action.field.title")} {...field("title")} />
      <TextAreaField label={t("action.field.description")} optional rows={3} {...field("description")} />
      {ownerAgency}
      <SelectField
        label={t("action.field.owner")}
        hint={t("action.field.ownerHint")}
        options={[{ value: "", label: t("action.field.chooseOwner") }, ...posts.map((p) => ({ value: p.id, label: p.label }))]}
        {...field("ownerPositionId")}
      />
      {people ? (
        <SelectField
          label={t("action.field.person")}
          optional
          hint={t("action.field.personHint")}
          options={[{ value: "", label: t("action.field.noPerson") }, ...people.map((p) => ({ value: p.id, label: p.label }))]}
          {...field("ownerPersonId")}
        />
      ) : (
        <input type="hidden" {...input("ownerPersonId")} />
      )}
      <TextField label={t("action.field.dueDate")} type="date" optional {...field("dueDate")} />
      {committees ? (
        <SelectField
          label={t("action.col.committee")}
          optional
          options={[{ value: "", label: t("action.field.noCommittee") }, ...committees.map((c) => ({ value: c.id, label: c.label }))]}
          {...field("committeeId")}
        />
      ) : (
        <input type="hidden" {...input("committeeId")} />
      )}
      <SelectField
        label={t("decision.field.confidentiality")}
        options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))}
        {...field("confidentiality")}
      />
      <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
    </Form>
  );
}
