import type { Compliance } from "~/domain/compliance";
import { useI18n } from "~/i18n/context";

/** On time / late (n days) / missing / upcoming, in words and a pattern, so it reads in black and white. */
export function ComplianceBadge({ compliance }: { compliance: Compliance }) {
  const { t } = useI18n();
  const label =
    compliance.status === "late" || compliance.status === "missing"
      ? t(`reporting.compliance.${compliance.status}Days`, { days: compliance.daysLate ?? 0 })
      : t(`reporting.compliance.${compliance.status}`);
  return <span className={`badge compliance compliance--${compliance.status}`}>{label}</span>;
}
