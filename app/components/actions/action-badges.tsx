import { dueFlag } from "~/domain/overdue";
import { useI18n } from "~/i18n/context";
import { actionStatusLabel } from "~/domain/labels";

/** "Overdue" / "Due soon", from the reader's calendar day. */
export function DueBadge({ action, now }: { action: { status: string; dueDate: Date | string | null }; now: string }) {
  const { t, timeZone } = useI18n();
  const flag = dueFlag(action, new Date(now), timeZone);
  if (!flag) return null;
  return <span className={`badge ${flag === "overdue" ? "badge--danger" : "badge--warn"}`}>{t(`action.flag.${flag}`)}</span>;
}

/** An action whose post nobody holds today would be left with nobody: say so where it is listed. */
export function VacantBadge({ vacant }: { vacant: boolean }) {
  const { t } = useI18n();
  return vacant ? <span className="badge badge--warn">{t("action.flag.vacant")}</span> : null;
}

export function ActionStatusLabel({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`status status--${status}`}>{actionStatusLabel(t, status)}</span>;
}
