import { useI18n } from "~/i18n/context";

type Tenure = { startDate: string | Date; plannedEndDate: string | Date | null; endDate: string | Date | null };

/** "since 1 Mar 2024 · planned end 31 Aug 2027", or "1 Mar 2019 – 30 Aug 2022". Date-only values are UTC. */
export function TenureDates({ tenure }: { tenure: Tenure }) {
  const { t, date } = useI18n();
  const start = date(tenure.startDate, "UTC");
  if (tenure.endDate) return <>{t("tenure.range", { start, end: date(tenure.endDate, "UTC") })}</>;
  return (
    <>
      {t("tenure.since", { start })}
      {tenure.plannedEndDate ? ` · ${t("tenure.plannedEnd", { end: date(tenure.plannedEndDate, "UTC") })}` : ""}
    </>
  );
}
