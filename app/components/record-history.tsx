// The History section of a record page: who changed what, when, field by field, newest first,
// paginated with ?historyPage= (works without JavaScript). Its data comes from recordHistory()
// in app/models/record-history.server.ts, which applies clearance; pass null to show nothing.
import { Link, useLocation } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import { useI18n } from "~/i18n/context";
import { isMessageKey } from "~/i18n/translate";
import type { HistoryValue, RecordHistoryPage } from "~/models/record-history.server";

type Page = SerializeFrom<RecordHistoryPage> | RecordHistoryPage;

function Value({ value }: { value: HistoryValue }) {
  const { t, dateTime } = useI18n();
  switch (value.kind) {
    case "empty":
      return <span className="muted">{t("history.emptyValue")}</span>;
    case "boolean":
      return <>{value.value ? t("history.yes") : t("history.no")}</>;
    case "date":
      return <time dateTime={value.iso}>{dateTime(value.iso)}</time>;
    case "record":
      return value.href ? <Link to={value.href}>{value.label}</Link> : <>{value.label}</>;
    case "hidden":
      return <em className="muted">{t("history.hidden")}</em>;
    case "text":
      return <span className="history__text">{value.text}</span>;
  }
}

export function useFieldLabel() {
  const { t } = useI18n();
  return (field: string) => {
    const key = `historyField.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
}

export function useAuditActionLabel() {
  const { t } = useI18n();
  return (action: string) => {
    const key = `auditAction.${action}`;
    return isMessageKey(key) ? t(key) : action;
  };
}

export function ChangeTable({ changes }: { changes: Page["events"][number]["changes"] }) {
  const { t } = useI18n();
  const label = useFieldLabel();
  if (changes.length === 0) return <p className="muted">{t("history.noFieldChange")}</p>;
  return (
    <table className="data-table history__changes">
      <thead>
        <tr>
          <th scope="col">{t("history.field")}</th>
          <th scope="col">{t("history.before")}</th>
          <th scope="col">{t("history.after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{label(change.field)}</th>
            <td>
              <Value value={change.before} />
            </td>
            <td>
              <Value value={change.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RecordHistory({ history, id = "record-history" }: { history: Page | null; id?: string }) {
  const { t, dateTime } = useI18n();
  const actionLabel = useAuditActionLabel();
  const location = useLocation();
  if (!history) return null;
  const pages = Math.max(1, Math.ceil(history.total / history.pageSize));
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(location.search);
    params.set("historyPage", String(page));
    return `${location.pathname}?${params}#${id}`;
  };
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="record-history">
      <h2 id={`${id}-title`}>
        {t("history.title")} <span className="muted">({t("history.summary", { total: history.total })})</span>
      </h2>
      {history.events.length === 0 ? (
        <p className="muted">{t("history.empty")}</p>
      ) : (
        <ol className="history">
          {history.events.map((event) => (
            <li key={event.id} className="history__event">
              <p className="history__head">
                <strong>{actionLabel(event.action)}</strong> — <time dateTime={new Date(event.at).toISOString()}>{dateTime(event.at)}</time>{" "}
                {t("history.by", { name: event.actor ?? t("history.system") })}
              </p>
              {/* A creation's values are the record's first state: later changes show each one from what it was. */}
              {event.action === "create" ? null : <ChangeTable changes={event.changes} />}
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination.label")} className="pagination">
          <span>{t("pagination.summary", { from: (history.page - 1) * history.pageSize + 1, to: Math.min(history.total, history.page * history.pageSize), total: history.total })}</span>
          {history.page > 1 ? (
            <Link to={hrefFor(history.page - 1)} rel="prev" preventScrollReset>
              {t("pagination.previous")}
            </Link>
          ) : null}
          {history.page < pages ? (
            <Link to={hrefFor(history.page + 1)} rel="next" preventScrollReset>
              {t("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
