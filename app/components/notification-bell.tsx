import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

/** The header's bell: a link to the notifications page with the unread count. */
export function NotificationBell({ unread }: { unread: number }) {
  const { t, number } = useI18n();
  return (
    <Link to="/notifications" className="bell" aria-label={t("notify.bell.unread", { count: unread })} title={t("notify.bell.label")}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 ? <span className="bell__count">{number(unread)}</span> : null}
    </Link>
  );
}
