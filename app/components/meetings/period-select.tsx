import { useI18n } from "~/i18n/context";
import { MEETING_PERIODS } from "~/domain/vocabulary";

/** The meeting lists' "upcoming / past" filter. */
export function PeriodSelect({ value }: { value: (typeof MEETING_PERIODS)[number] }) {
  const { t } = useI18n();
  return (
    <label>
      {t("meeting.list.period")}
      <select name="period" defaultValue={value}>
        {MEETING_PERIODS.map((p) => (
          <option key={p} value={p}>
            {t(`meeting.list.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
