import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { IMPORT_COLUMNS, importUploadSchema, REQUIRED_COLUMNS, type ImportKind } from "~/schemas/csv-import";
import { SelectField } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { useValidatedForm } from "./use-validated-form";
import { ValidatedForm } from "./validated-form";

/** Step 1: choose what the file holds and upload it; the server answers with a preview. */
export function ImportUploadForm({ kinds, failure, initialKind }: { kinds: ImportKind[]; failure?: FormFailure; initialKind: ImportKind }) {
  const { t, tr } = useI18n();
  const form = useValidatedForm(importUploadSchema, { defaultValues: { kind: initialKind }, failure });
  const fileError = failure?.fieldErrors.file?.[0];
  return (
    <ValidatedForm form={form} encType="multipart/form-data" alert={{ show: Boolean(fileError) || Object.keys(form.errors).length > 0 }}>
      <SelectField label={t("import.field.kind")} options={kinds.map((k) => ({ value: k, label: t(`import.kind.${k}`) }))} {...form.field("kind")} />
      <div className={`field${fileError ? " field--invalid" : ""}`}>
        <label htmlFor="file">{t("import.field.file")}</label>
        <p className="field__hint" id="file-hint">
          {t("import.field.fileHint")}
        </p>
        <input id="file" name="file" type="file" accept=".csv,text/csv" aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? "file-hint file-error" : "file-hint"} />
        {fileError ? (
          <p className="field__error" id="file-error">
            {tr(fileError)}
          </p>
        ) : null}
      </div>
      <FormActions submitLabel={t("import.preview")} intent="preview" />
    </ValidatedForm>
  );
}

export function ImportColumnsHelp({ kinds }: { kinds: readonly ImportKind[] }) {
  const { t } = useI18n();
  return (
    <details className="inline-panel columns-help">
      <summary>{t("import.columnsHelp")}</summary>
      <ul>
        {kinds.map((k) => (
          <li key={k}>
            <strong>{t(`import.kind.${k}`)}</strong>:{" "}
            {IMPORT_COLUMNS[k].map((c, i) => (
              <span key={c}>
                {i > 0 ? ", " : ""}
                <code>{c}</code>
                {REQUIRED_COLUMNS[k].includes(c) ? "*" : ""}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p className="muted small">{t("import.columnsNote")}</p>
    </details>
  );
}
