import { Form } from "@remix-run/react";
import { CONFIDENTIALITY_LEVELS, DOCUMENT_KINDS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { documentSchema, type DocumentInput } from "~/schemas/document";
import { useValidatedForm } from "../forms/use-validated-form";
import { FormAlert, SelectField, TextField } from "../ui/field";
import { FormActions } from "~/components/ui/form-actions";
import { RecordVersionField } from "../forms/conflict-notice";

type Option = { id: string; name: string };

export function DocumentForm({
  initial,
  committees,
  agencies,
  meeting,
  version,
  failure,
  cancelTo,
}: {
  initial: DocumentInput;
  committees: (Option & { shortName: string | null })[];
  agencies: (Option & { acronym: string | null })[];
  meeting: { id: string; title: string } | null;
  /** When editing: the version the record was loaded at. */
  version?: number;
  failure?: FormFailure;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const { onSubmit, field, input, alert } = useValidatedForm(documentSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert
        {...alert}
        labels={{
          symbol: t("document.field.symbol"),
          title: t("document.field.title"),
          kind: t("document.field.kind"),
          issuedOn: t("document.field.issuedOn"),
          languages: t("document.field.languages"),
          url: t("document.field.url"),
          committeeId: t("meeting.field.committee"),
          agencyId: t("document.field.agency"),
          confidentiality: t("meeting.field.confidentiality"),
          archivedAt: t("common.archived"),
        }}
        choices={{
          kind: DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) })),
          committeeId: committees.map((c) => ({ value: c.id, label: c.name })),
          agencyId: agencies.map((a) => ({ value: a.id, label: a.name })),
          confidentiality: CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) })),
        }}
      />
      {version !== undefined ? <RecordVersionField version={version} failure={failure} /> : null}
      <TextField label={t("document.field.symbol")} optional hint={t("document.field.symbolHint")} {...field("symbol")} />
      <TextField label={t("document.field.title")} {...field("title")} />
      <SelectField label={t("document.field.kind")} options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))} {...field("kind")} />
      <TextField label={t("document.field.issuedOn")} type="date" optional {...field("issuedOn")} />
      <TextField label={t("document.field.languages")} hint={t("document.field.languagesHint")} {...field("languages")} />
      <TextField label={t("document.field.url")} type="url" optional {...field("url")} />
      <SelectField
        label={t("meeting.field.committee")}
        optional
        options={[{ value: "", label: t("document.field.noCommittee") }, ...committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name }))]}
        {...field("committeeId")}
      />
      {meeting ? (
        <p className="field__hint">
          {t("document.field.meeting")}: {meeting.title}
          <input type="hidden" {...input("meetingId")} />
        </p>
      ) : (
        <input type="hidden" {...input("meetingId")} />
      )}
      <SelectField
        label={t("document.field.agency")}
        optional
        options={[{ value: "", label: t("document.field.noAgency") }, ...agencies.map((a) => ({ value: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name }))]}
        {...field("agencyId")}
      />
      <SelectField
        label={t("meeting.field.confidentiality")}
        options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))}
        {...field("confidentiality")}
      />
      <FormActions cancelTo={cancelTo} />
    </Form>
  );
}
