import { useI18n } from "~/i18n/context";
import { actionStatusLabel, personName } from "~/domain/labels";

type Update = {
  id: string;
  status: string;
  note: string | null;
  at: Date | string;
  author: { email: string; person: { givenName: string; familyName: string } | null } | null;
};

/** The action's history, newest first: each status change with who made it and why. */
export function UpdateHistory({ updates }: { updates: Update[] }) {
  const { t, dateTime } = useI18n();
  if (!updates.length) return <p className="muted">{t("action.detail.noHistory")}</p>;
  return (
    <ol className="update-log">
      {updates.map((u) => (
        <li key={u.id}>
          <time dateTime={new Date(u.at).toISOString()}>{dateTime(u.at)}</time> —{" "}
          <strong>{actionStatusLabel(t, u.status)}</strong>{" "}
          <span className="muted">
            {t("audit.by", {
              name: u.author?.person ? personName(u.author.person) : (u.author?.email ?? t("audit.system")),
            })}
          </span>
          {u.note ? <span className="note">{u.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
