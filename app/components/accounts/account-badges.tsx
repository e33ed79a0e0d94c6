import type { AccountStatus } from "~/domain/account-rules";
import { useI18n } from "~/i18n/context";

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--account-${status}`}>{t(`account.status.${status}`)}</span>;
}
