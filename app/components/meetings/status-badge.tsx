import { isOneOf, MEETING_STATUSES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

export function MeetingStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const label = isOneOf(MEETING_STATUSES, status) ? t(`meetingStatus.${status}`) : status;
  return <span className={`badge status status--${status}`}>{label}</span>;
}

export function ConfidentialityBadge({ level }: { level: string }) {
  const { t } = useI18n();
  if (level !== "restricted" && level !== "confidential") return null;
  return <span className="badge badge--danger">{t(`confidentiality.${level}`)}</span>;
}
