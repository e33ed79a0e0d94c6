import type { UseFormRegisterReturn } from "react-hook-form";
import type { RoleName } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { ROLE_FIELD } from "~/schemas/account";

type RoleField = (typeof ROLE_FIELD)[RoleName];

/** One checkbox per role the manager may grant; the others are shown, disabled, when the account holds them. */
export function RoleCheckboxes({
  grantable,
  checked,
  registerRole,
  error,
}: {
  grantable: readonly RoleName[];
  checked: readonly RoleName[];
  registerRole: (name: RoleField) => UseFormRegisterReturn;
  error?: string;
}) {
  const { t, tr } = useI18n();
  return (
    <fieldset className={`field${error ? " field--invalid" : ""}`} aria-describedby={error ? "roles-error" : undefined}>
      <legend>{t("account.field.roles")}</legend>
      {grantable.map((role) => {
        const name = ROLE_FIELD[role];
        return (
          <div key={role} className="field--checkbox">
            <input id={name} type="checkbox" value="on" defaultChecked={checked.includes(role)} {...registerRole(name)} />
            <label htmlFor={name}>
              {t(`role.${role}`)} <span className="muted">— {t(`account.roleHint.${role}`)}</span>
            </label>
          </div>
        );
      })}
      {error ? (
        <p className="field__error" id="roles-error">
          {tr(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
