import { isOneOf } from "~/domain/vocabulary";
import { TEXT_STATUSES } from "~/domain/file-text";
import { fileSizeParts } from "~/domain/file-types";
import { useI18n } from "~/i18n/context";

export type ListedFile = {
  id: string;
  language: string;
  fileName: string;
  size: number;
  createdAt: Date | string;
  archivedAt: Date | string | null;
  /** Where reading its text for search stands (shown on the files page). */
  textStatus?: string;
};

/** The language versions of a document, each a download link; replaced uploads below them if asked. */
export function DocumentFileList({ documentId, files, showReplaced = false }: { documentId: string; files: ListedFile[]; showReplaced?: boolean }) {
  const { t, locale, date } = useI18n();
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const size = (bytes: number) => {
    const { value, unit } = fileSizeParts(bytes);
    return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
  };
  const current = files.filter((f) => !f.archivedAt);
  const replaced = files.filter((f) => f.archivedAt);
  const row = (f: ListedFile) => (
    <tr key={f.id}>
      <th scope="row">
        {names.of(f.language) ?? f.language} ({f.language.toUpperCase()})
      </th>
      <td>
        <a href={`/documents/${documentId}/files/${f.id}`} download={f.fileName} aria-label={t("document.file.downloadLabel", { name: f.fileName, language: names.of(f.language) ?? f.language })}>
          {f.fileName}
        </a>
      </td>
      <td>{size(f.size)}</td>
      <td>{date(f.archivedAt ?? f.createdAt)}</td>
      {showReplaced && !f.archivedAt ? <td>{f.textStatus && isOneOf(TEXT_STATUSES, f.textStatus) ? t(`document.file.text.${f.textStatus}`) : ""}</td> : null}
    </tr>
  );
  return (
    <>
      {current.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("document.file.current")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("document.file.language")}</th>
                <th scope="col">{t("document.file.file")}</th>
                <th scope="col">{t("document.file.size")}</th>
                <th scope="col">{t("document.file.uploadedOn")}</th>
                {showReplaced ? <th scope="col">{t("document.file.search")}</th> : null}
              </tr>
            </thead>
            <tbody>{current.map(row)}</tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("document.file.none")}</p>
      )}
      {showReplaced && replaced.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("document.file.replaced")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("document.file.language")}</th>
                <th scope="col">{t("document.file.file")}</th>
                <th scope="col">{t("document.file.size")}</th>
                <th scope="col">{t("document.file.replacedOn")}</th>
              </tr>
            </thead>
            <tbody>{replaced.map(row)}</tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
