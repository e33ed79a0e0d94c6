import { useI18n } from "~/i18n/context";
import { meetingStatusLabel } from "~/domain/labels";

export function MeetingStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const label = meetingStatusLabel(t, status);
  return <span className={`badge status status--${status}`}>{label}</span>;
}

export function ConfidentialityBadge({ level }: { level: string }) {
  const { t } = useI18n();
  if (level !== "restricted" && level !== "confidential") return null;
  return <span className="badge badge--danger">{t(`confidentiality.${level}`)}</span>;
}
