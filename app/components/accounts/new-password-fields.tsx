import type { ReactNode } from "react";
import { TextField } from "~/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "~/domain/password-rules";
import { useI18n } from "~/i18n/context";

type Binding = { name: string; error?: string };

/**
 * A new password and its confirmation, after the account's email for password managers (the
 * account this password belongs to), and any field given between them (the profile's current
 * password). Shared by the invitation/reset page and the profile.
 */
export function NewPasswordFields({ email, field, children }: { email: string; field: (name: "password" | "confirm") => Binding; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      {children}
      <TextField
        label={t("password.field.new")}
        type="password"
        autoComplete="new-password"
        hint={t("password.rules", { min: PASSWORD_MIN_LENGTH })}
        {...field("password")}
      />
      <TextField label={t("password.field.confirm")} type="password" autoComplete="new-password" {...field("confirm")} />
    </>
  );
}
