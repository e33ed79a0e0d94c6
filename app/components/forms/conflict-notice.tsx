import type { EditConflict } from "~/domain/record-version";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";

type Choice = { value: string; label: string };

export type ConflictLabels = {
  /** The form's label for each record field it edits ("parentId" → "Part of"). */
  labels: Partial<Record<string, string>>;
  /** How to show a chosen value: the options of the form's selects. */
  choices?: Partial<Record<string, readonly Choice[]>>;
};

/** The hidden version of an edit form; after a conflict, the current one (the server sets it). */
export function RecordVersionField({ version, failure }: { version: number; failure?: Partial<Pick<FormFailure, "values">> }) {
  return <input type="hidden" name="version" value={failure?.values?.["version"] ?? String(version)} />;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * What another save changed while this form was open, field by field: what the form started from,
 * and what the record holds now. The user's own typed values stay in the form below.
 */
export function ConflictNotice({ conflict, labels, choices }: { conflict: EditConflict } & ConflictLabels) {
  const { t, date, dateTime } = useI18n();
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("stale.empty");
    if (typeof value === "boolean") return value ? t("stale.yes") : t("stale.no");
    // A set of choices (an account's roles): each shown as its choice, in the form's order.
    if (Array.isArray(value)) return value.length ? value.map((v) => show(field, v)).join(", ") : t("stale.empty");
    if (typeof value === "string") {
      const choice = choices?.[field]?.find((c) => c.value === value);
      if (choice) return choice.label;
      if (ISO_DAY.test(value)) return date(value, "UTC");
      if (ISO_INSTANT.test(value)) return dateTime(value);
      return value;
    }
    return typeof value === "number" ? String(value) : JSON.stringify(value);
  };
  const shown = conflict.changes.filter((c) => labels[c.field]);
  const others = conflict.changes.length - shown.length;
  const latest = conflict.by[0];
  return (
    <div role="alert" className="form-alert conflict-notice">
      <p>
        <strong>{t("stale.title")}</strong>
      </p>
      <p>
        {latest
          ? t("stale.byWhom", { name: latest.name ?? t("stale.someone"), when: dateTime(latest.at) })
          : t("stale.bySomeone")}
      </p>
      {shown.length ? (
        <table className="conflict-notice__changes">
          <caption>{t("stale.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("stale.field")}</th>
              <th scope="col">{t("stale.was")}</th>
              <th scope="col">{t("stale.now")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.field}>
                <th scope="row">{labels[c.field]}</th>
                <td>{show(c.field, c.was)}</td>
                <td>{show(c.field, c.now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {others > 0 ? <p>{t("stale.otherFields", { count: others })}</p> : null}
      <p>{t("stale.keep")}</p>
    </div>
  );
}
