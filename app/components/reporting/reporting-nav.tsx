import { SectionNav } from "~/components/ui/section-nav";
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
  return <SectionNav label={t("reporting.views")} views={views} />;
}
