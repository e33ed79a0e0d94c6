import { NavLink } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

/** The views of the reporting area. */
export function ReportingNav({ canCreate }: { canCreate: boolean }) {
  const { t } = useI18n();
  const views = [
    { to: "/reporting", label: t("reporting.list.title") },
    { to: "/reporting/calendar", label: t("reporting.calendar.title") },
    { to: "/reporting/compliance", label: t("reporting.compliance.title") },
    { to: "/reporting/holidays", label: t("reporting.holidays.title") },
    ...(canCreate ? [{ to: "/reporting/new", label: t("reporting.new.title") }] : []),
  ];
  return (
    <nav aria-label={t("reporting.views")}>
      <ul className="subnav">
        {views.map((v) => (
          <li key={v.to}>
            <NavLink to={v.to} end>
              {v.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
