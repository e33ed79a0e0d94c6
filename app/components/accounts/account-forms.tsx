import { Form } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, SelectField } from "~/components/ui/field";
import type { RoleName } from "~/domain/vocabulary";
import type { FormFailure } from "~/forms/form-result";
import { useI18n } from "~/i18n/context";
import { accountLinkSchema, accountRolesSchema, ROLE_FIELD, type AccountLinkInput, type AccountRolesInput } from "~/schemas/account";
import { RoleCheckboxes } from "./role-checkboxes";

export function AccountRolesForm({
  grantable,
  held,
  seen,
  failure,
}: {
  grantable: readonly RoleName[];
  held: readonly RoleName[];
  seen: string;
  failure?: FormFailure;
}) {
  const { t } = useI18n();
  const initial: AccountRolesInput = { intent: "roles", seen, ...Object.fromEntries(held.map((r) => [ROLE_FIELD[r], true])) };
  const defaults: AccountRolesInput = failure
    ? { intent: "roles", seen: failure.values.seen ?? seen, ...Object.fromEntries(grantable.map((r) => [ROLE_FIELD[r], failure.values[ROLE_FIELD[r]] === "on"])) }
    : initial;
  const { form, onSubmit } = useValidatedForm(accountRolesSchema, { defaultValues: defaults, serverErrors: failure?.fieldErrors });
  const errors = form.formState.errors as { roles?: { message?: string } };
  const checked = grantable.filter((r) => defaults[ROLE_FIELD[r]] === true);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="account-panel stack">
      <h2>{t("account.roles.title")}</h2>
      <FormAlert show={Boolean(failure)} extra={failure?.formErrors} />
      <input type="hidden" name="intent" value="roles" />
      <input type="hidden" name="seen" value={seen} />
      <RoleCheckboxes grantable={grantable} checked={checked} registerRole={(name) => form.register(name)} error={failure?.fieldErrors.roles?.[0] ?? errors.roles?.message} />
      <p className="muted">{t("account.roles.hint")}</p>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t("account.roles.submit")}
        </button>
      </div>
    </Form>
  );
}

export function AccountLinkForm({
  people,
  q,
  personId,
  seen,
  failure,
}: {
  people: { id: string; givenName: string; familyName: string; email: string | null }[];
  q: string;
  personId: string;
  seen: string;
  failure?: FormFailure;
}) {
  const { t } = useI18n();
  const defaults: AccountLinkInput = failure ? { intent: "link", seen, personId: failure.values.personId ?? "" } : { intent: "link", seen, personId };
  const { form, onSubmit, field } = useValidatedForm(accountLinkSchema, { defaultValues: defaults, serverErrors: failure?.fieldErrors });
  return (
    <div className="account-panel">
      <h2>{t("account.link.title")}</h2>
      <p className="muted">{t("account.link.hint")}</p>
      <Form method="get" className="filters" role="search">
        <label>
          {t("account.new.findPerson")}
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit" className="button">
          {t("common.search")}
        </button>
      </Form>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <FormAlert show={Boolean(failure)} extra={failure?.formErrors} />
        <input type="hidden" name="intent" value="link" />
        <input type="hidden" name="seen" value={seen} />
        <SelectField
          label={t("account.field.person")}
          error={form.formState.errors.personId?.message}
          options={[{ value: "", label: t("account.field.noPerson") }, ...people.map((p) => ({ value: p.id, label: `${p.familyName}, ${p.givenName}${p.email ? ` — ${p.email}` : ""}` }))]}
          {...field("personId")}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("account.link.submit")}
          </button>
        </div>
      </Form>
    </div>
  );
}
