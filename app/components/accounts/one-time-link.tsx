import { useI18n } from "~/i18n/context";

/** The link an administrator passes on by hand when no mail server is configured. Shown once. */
export function OneTimeLink({ url, expiresAt, purpose, email }: { url: string; expiresAt: string | Date; purpose: "invitation" | "reset"; email: string }) {
  const { t, dateTime } = useI18n();
  return (
    <div className="one-time-link" role="status">
      <h2>{t(purpose === "invitation" ? "account.link.invitationTitle" : "account.link.resetTitle")}</h2>
      <p>{t("account.link.noMail", { email })}</p>
      <label htmlFor="one-time-link">{t("account.link.label")}</label>
      <input id="one-time-link" type="text" readOnly value={url} className="one-time-link__url" />
      <p className="muted">{t("account.link.onceOnly", { expires: dateTime(expiresAt) })}</p>
    </div>
  );
}
