import { HANDOVER_STATUSES, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

export function HandoverStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const known = isOneOf([...HANDOVER_STATUSES, "revising"] as const, status);
  return <span className={`badge${status === "acknowledged" ? " badge--ok" : ""}`}>{known ? t(`handoverStatus.${status}`) : status}</span>;
}
