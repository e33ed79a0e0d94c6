import { Form } from "@remix-run/react";
import { RecordVersionField } from "~/components/forms/conflict-notice";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, SelectField } from "~/components/ui/field";
import { ListFilters, SearchField } from "~/components/ui/list-page";
import { personOptions } from "~/components/ui/options";
import { LOCALES, ROLE_NAMES, type RoleName } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { accountLinkSchema, accountRolesSchema, ROLE_FIELD, type AccountLinkInput, type AccountRolesInput } from "~/schemas/account";
import { RoleCheckboxes } from "./role-checkboxes";
import { FormActions } from "~/components/ui/form-actions";

/** What the conflict notice names, when another save changed the account while a form was open. */
function useAccountConflictLabels() {
  const { t } = useI18n();
  return {
    roles: t("account.col.roles"),
    personId: t("account.field.person"),
    disabledAt: t("account.field.disabledSince"),
    locale: t("account.field.locale"),
    timeZone: t("profile.field.timeZone"),
  };
}

export function AccountRolesForm({
  grantable,
  held,
  version,
  failure,
}: {
  grantable: readonly RoleName[];
  held: readonly RoleName[];
  version: number;
  failure?: FormFailure;
}) {
  const { t } = useI18n();
  const initial: AccountRolesInput = { intent: "roles", ...Object.fromEntries(held.map((r) => [ROLE_FIELD[r], true])) };
  const { form, onSubmit, defaults } = useValidatedForm(accountRolesSchema, {
    defaultValues: initial,
    failure,
    // Every grantable role's box as it was sent (a role held before and unticked is absent).
    fromFailure: (typed) => ({ ...Object.fromEntries(grantable.map((r) => [ROLE_FIELD[r], typed[ROLE_FIELD[r]] === "on"])) }),
  });
  const errors = form.formState.errors as { roles?: { message?: string } };
  const checked = grantable.filter((r) => defaults[ROLE_FIELD[r]] === true);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="account-panel stack">
      <h2>{t("account.roles.title")}</h2>
      <FormAlert
        show={Boolean(failure)}
        extra={failure?.formErrors}
        conflict={failure?.conflict}
        labels={useAccountConflictLabels()}
        choices={{ roles: ROLE_NAMES.map((r) => ({ value: r, label: t(`role.${r}`) })), locale: LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) })) }}
      />
      <input type="hidden" name="intent" value="roles" />
      <RecordVersionField version={version} failure={failure} />
      <RoleCheckboxes grantable={grantable} checked={checked} registerRole={(name) => form.register(name)} error={failure?.fieldErrors.roles?.[0] ?? errors.roles?.message} />
      <p className="muted">{t("account.roles.hint")}</p>
      <FormActions submitLabel={t("account.roles.submit")} keepEnabled />
    </Form>
  );
}

export function AccountLinkForm({
  people,
  q,
  personId,
  version,
  failure,
}: {
  people: { id: string; givenName: string; familyName: string; email: string | null }[];
  q: string;
  personId: string;
  version: number;
  failure?: FormFailure;
}) {
  const { t } = useI18n();
  const options = [{ value: "", label: t("account.field.noPerson") }, ...personOptions(people)];
  const { onSubmit, field, alert } = useValidatedForm(accountLinkSchema, { defaultValues: { intent: "link", personId } satisfies AccountLinkInput, failure });
  return (
    <div className="account-panel">
      <h2>{t("account.link.title")}</h2>
      <p className="muted">{t("account.link.hint")}</p>
      <ListFilters submit={t("common.search")}>
        <SearchField label={t("account.new.findPerson")} value={q} />
      </ListFilters>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <FormAlert
          {...alert}
          labels={useAccountConflictLabels()}
          choices={{ personId: options, locale: LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) })) }}
        />
        <input type="hidden" name="intent" value="link" />
        <RecordVersionField version={version} failure={failure} />
        <SelectField
          label={t("account.field.person")}
          options={options}
          {...field("personId")}
        />
        <FormActions submitLabel={t("account.link.submit")} keepEnabled />
      </Form>
    </div>
  );
}
