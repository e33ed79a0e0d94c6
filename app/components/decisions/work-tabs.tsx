import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

/** Decisions and actions share one area of the navigation: two tabs at the top of their lists. */
export function WorkTabs({ current }: { current: "decisions" | "actions" }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t("decision.tabs.label")}>
      <ul className="tabs">
        <li>
          <Link to="/decisions" aria-current={current === "decisions" ? "page" : undefined}>
            {t("decision.tabs.decisions")}
          </Link>
        </li>
        <li>
          <Link to="/actions" aria-current={current === "actions" ? "page" : undefined}>
            {t("decision.tabs.actions")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
