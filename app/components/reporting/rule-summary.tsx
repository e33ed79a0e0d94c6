import { entryIntoForce, initialReportDue } from "~/domain/entry-into-force";
import { useI18n } from "~/i18n/context";

type Rule = {
  ruleKind: string;
  ruleMonth: number | null;
  ruleDay: number | null;
  ruleIntervalYears: number | null;
  ruleFirstYear: number | null;
  ruleEventDate: Date | string | null;
  rrule: string | null;
  ruleStart: Date | string | null;
};

/** The due-date rule in a sentence: "Every year on 31 May, for the previous calendar year". */
export function RuleSummary({ rule }: { rule: Rule }) {
  const { t, date, locale } = useI18n();
  const dayMonth = (month: number | null, day: number | null) =>
    month && day ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, month - 1, day))) : "—";
  switch (rule.ruleKind) {
    case "annual":
      return <>{t("reporting.rule.annual", { day: dayMonth(rule.ruleMonth, rule.ruleDay) })}</>;
    case "every_n_years":
      return <>{t("reporting.rule.everyNYears", { n: rule.ruleIntervalYears ?? 0, day: dayMonth(rule.ruleMonth, rule.ruleDay), year: String(rule.ruleFirstYear ?? "") })}</>;
    case "once_after_event": {
      if (!rule.ruleEventDate) return <>{t("reporting.ruleKind.once_after_event")}</>;
      const deposit = new Date(rule.ruleEventDate);
      return (
        <>
          {t("reporting.rule.once", {
            deposit: date(deposit, "UTC"),
            eif: date(entryIntoForce(deposit), "UTC"),
            due: date(initialReportDue(deposit), "UTC"),
          })}
        </>
      );
    }
    case "custom":
      return (
        <>
          {t("reporting.rule.custom", { start: rule.ruleStart ? date(rule.ruleStart, "UTC") : "—" })} <code>{rule.rrule}</code>
        </>
      );
    default:
      return <>{t("reporting.rule.onEvent")}</>;
  }
}
