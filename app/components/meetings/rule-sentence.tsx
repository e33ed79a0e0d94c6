import type { RuleSummary } from "~/domain/recurrence";
import { useI18n } from "~/i18n/context";

const WEEKDAYS = ["weekday.0", "weekday.1", "weekday.2", "weekday.3", "weekday.4", "weekday.5", "weekday.6"] as const;

/** "Every 6 weeks on Tuesday, 8 times": a series' rule in the reader's language. */
export function RuleSentence({ rule }: { rule: RuleSummary & { count: number | null; untilLocal: string | null } }) {
  const { t, date } = useI18n();
  const weekday = (n: number) => t(WEEKDAYS[n] ?? "weekday.0");
  const nth = (n: number) => t(n === 1 ? "series.nth.1" : n === 2 ? "series.nth.2" : n === 3 ? "series.nth.3" : n === 4 ? "series.nth.4" : "series.nth.last");
  const main =
    rule.kind === "weekly"
      ? t(rule.interval > 1 ? "series.rule.weeklyInterval" : "series.rule.weekly", { interval: rule.interval, days: rule.weekdays.map(weekday).join(", ") })
      : rule.kind === "monthly"
        ? t(rule.interval > 1 ? "series.rule.monthlyInterval" : "series.rule.monthly", { interval: rule.interval, nth: nth(rule.nth), day: weekday(rule.weekday) })
        : rule.kind === "daily"
          ? t(rule.interval > 1 ? "series.rule.dailyInterval" : "series.rule.daily", { interval: rule.interval })
          : rule.text;
  const end = rule.count ? t("series.rule.count", { count: rule.count }) : rule.untilLocal ? t("series.rule.until", { date: date(rule.untilLocal, "UTC") }) : "";
  return (
    <span>
      {main}
      {end ? `, ${end}` : ""}
    </span>
  );
}
