import type { RoleName } from "~/domain/vocabulary";
import { LOCALES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

/**
 * Extra fields of the assignment form: also create the account and send the invitation. Plain
 * inputs (not part of the assignment schema): the browser submits them with the form, and the
 * server parses them with inviteOnAssignSchema.
 */
export function InviteOnAssignFields({
  grantable,
  values,
  errors,
}: {
  grantable: readonly RoleName[];
  values?: Record<string, string>;
  errors?: Record<string, string[] | undefined>;
}) {
  const { t, tr } = useI18n();
  const emailError = errors?.inviteEmail?.[0];
  return (
    <fieldset className="field invite-on-assign">
      <legend>{t("account.assign.legend")}</legend>
      <div className="field--checkbox">
        <input id="invite" name="invite" type="checkbox" value="on" defaultChecked={values?.invite === "on"} />
        <label htmlFor="invite">{t("account.assign.invite")}</label>
      </div>
      <p className="field__hint">{t("account.assign.hint")}</p>
      <div className={`field${emailError ? " field--invalid" : ""}`}>
        <label htmlFor="inviteEmail">
          {t("account.field.email")} <span className="field__optional">({t("common.optional")})</span>
        </label>
        <p className="field__hint" id="inviteEmail-hint">
          {t("account.assign.emailHint")}
        </p>
        <input
          id="inviteEmail"
          name="inviteEmail"
          type="email"
          defaultValue={values?.inviteEmail ?? ""}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "inviteEmail-hint inviteEmail-error" : "inviteEmail-hint"}
        />
        {emailError ? (
          <p className="field__error" id="inviteEmail-error">
            {tr(emailError)}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="inviteLocale">{t("account.field.locale")}</label>
        <select id="inviteLocale" name="inviteLocale" defaultValue={values?.inviteLocale ?? "en"}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`locale.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inviteRole">{t("account.assign.role")}</label>
        <select id="inviteRole" name="inviteRole" defaultValue={values?.inviteRole ?? "focal_point"}>
          {grantable.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
