import { Form, useNavigation } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import type { ImportKind, RowError } from "~/schemas/csv-import";

export type Preview = {
  kind: ImportKind;
  csv: string;
  header: string[];
  rows: { row: number; values: Record<string, string> }[];
  total: number;
  errors: RowError[];
};

const PREVIEW_ROWS = 200;

/** Step 2: every row as read, its errors named by row and column; "apply" only when none. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { t, tr } = useI18n();
  const navigation = useNavigation();
  const errorsByRow = new Map<number, RowError[]>();
  for (const e of preview.errors) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e]);
  const ok = preview.errors.length === 0;
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t("import.previewTitle", { count: preview.total })}</h2>
      {ok ? (
        <p role="status">{t("import.ready", { count: preview.total })}</p>
      ) : (
        <div role="alert" className="form-alert">
          <p>{t("import.refused", { count: preview.errors.length })}</p>
          <ul className="row-errors">
            {preview.errors.slice(0, 500).map((e, i) => (
              <li key={i}>
                {e.column ? t("import.rowError", { row: e.row, column: e.column }) : t("import.rowErrorNoColumn", { row: e.row })} {tr(e.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.rows.length ? (
        <div className="table-scroll">
          <table className="data-table import-preview">
            <thead>
              <tr>
                <th scope="col">{t("import.col.row")}</th>
                {preview.header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
                <th scope="col">{t("import.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, PREVIEW_ROWS).map((r) => {
                const rowErrors = errorsByRow.get(r.row) ?? [];
                return (
                  <tr key={r.row}>
                    <th scope="row">{r.row}</th>
                    {preview.header.map((h) => (
                      <td key={h} className={rowErrors.some((e) => e.column === h) ? "has-error" : undefined}>
                        {r.values[h]}
                      </td>
                    ))}
                    <td>{rowErrors.length ? <span className="gap-badge">{t("import.rowHasErrors", { count: rowErrors.length })}</span> : t("import.rowOk")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.rows.length > PREVIEW_ROWS ? <p className="muted">{t("import.moreRows", { shown: PREVIEW_ROWS, total: preview.rows.length })}</p> : null}
      {ok ? (
        <Form method="post" className="form-actions">
          <input type="hidden" name="kind" value={preview.kind} />
          <textarea name="csv" hidden readOnly value={preview.csv} />
          <button type="submit" name="intent" value="apply" className="button button--primary" disabled={navigation.state === "submitting"}>
            {t("import.apply", { count: preview.total })}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
