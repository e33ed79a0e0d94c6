import { Link } from "@remix-run/react";
import type { Change } from "~/domain/changes-since";
import { useI18n } from "~/i18n/context";

const PATHS: Record<Change["entity"], string | null> = {
  action: "/actions/",
  decision: "/decisions/",
  meeting: "/meetings/",
  reportingDeadline: null,
  milestone: null,
};

/** "What changed since the handover": newest first, each with what it was and what it is now. */
export function ChangesList({ since, changes }: { since: string; changes: Change[] }) {
  const { t, date } = useI18n();
  return (
    <>
      <p className="muted small">{t("changes.since", { date: date(since) })}</p>
      {changes.length ? (
        <ul className="changes-list">
          {changes.map((c) => {
            const path = PATHS[c.entity];
            return (
              <li key={`${c.kind}-${c.id}-${c.at}`}>
                <span className="badge">{t(`changes.kind.${c.kind}`)}</span> {path ? <Link to={`${path}${c.id}`}>{c.title}</Link> : c.title}{" "}
                <span className="muted small">
                  · {date(c.at)}
                  {c.from && c.to ? ` · ${t("changes.moved", { from: date(c.from), to: date(c.to) })}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t("changes.none")}</p>
      )}
    </>
  );
}
