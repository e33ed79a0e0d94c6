import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ListFilters, SearchField } from "~/components/ui/list-page";
import { ValidatedForm } from "~/components/forms/validated-form";
import { personOptions, vocabularyOptions } from "~/components/ui/options";
import { OneTimeLink } from "~/components/accounts/one-time-link";
import { RoleCheckboxes } from "~/components/accounts/role-checkboxes";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { SelectField, TextField } from "~/components/ui/field";
import { FormActions } from "~/components/ui/form-actions";
import { ANY_OWNER, can, type AccessContext } from "~/domain/access";
import { grantableRoles, rolesBeyondReach } from "~/domain/account-rules";
import { LOCALES } from "~/domain/vocabulary";
import { parseWith, refuse, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { accountLinkPath, accountLinkShownToAdmin, queueAccountLinkEmail } from "~/models/account-mail.server";
import { createAccount, peopleWithoutAccount, personOwners } from "~/models/user.server";
import { requirePermission } from "~/permissions.server";
import { createAccountSchema, rolesOf, ROLE_FIELD, type CreateAccountInput } from "~/schemas/account";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/accounts.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx, user } = await requirePermission(request, "create", "user");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const personId = search.get("personId")?.slice(0, 64) || null;
  const people = await peopleWithoutAccount({ q, include: personId });
  // Chosen by link (?personId= from a person's page), or the only match of a search.
  const chosen = (personId ? people.find((p) => p.id === personId) : q && people.length === 1 ? people[0] : null) ?? null;
  return {
    people,
    q: q ?? "",
    initial: {
      email: chosen?.email ?? "",
      locale: user.locale === "fr" ? "fr" : "en",
      personId: chosen?.id ?? "",
      roleFocalPoint: true,
    } satisfies CreateAccountInput,
    grantable: grantableRoles(ctx),
    personRequired: !can(ctx, "create", "user", ANY_OWNER),
  };
}

/** A manager with "own" rights creates accounts only for people holding a post in their agencies. */
async function mayCreateFor(ctx: AccessContext, personId: string | null) {
  if (can(ctx, "create", "user", ANY_OWNER)) return true;
  if (!personId) return false;
  return (await personOwners(personId)).some((owner) => can(ctx, "create", "user", owner));
}

export async function action({ request }: ActionFunctionArgs) {
  const { ctx, user } = await requirePermission(request, "create", "user");
  const parsed = parseWith(createAccountSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const roles = rolesOf(parsed.data);
  if (rolesBeyondReach(ctx, roles).length) return refuse(parsed.values, { roles: ["account.error.roleBeyondReach"] });
  if (!(await mayCreateFor(ctx, parsed.data.personId))) {
    return refuse(parsed.values, { personId: [parsed.data.personId ? "account.error.personNotYours" : "account.error.personRequired"] });
  }
  const result = await createAccount(user.id, { ...parsed.data, roles }, queueAccountLinkEmail);
  if (!result.ok) return refuse(parsed.values, { [result.field]: [result.error] });
  if (!accountLinkShownToAdmin()) {
    return redirectWithFlash(request, `/admin/users/${result.id}`, { kind: "success", key: "account.invitationSent" });
  }
  // No mail server: the link is in this response only (the outbox page keeps the email too).
  const url = new URL(accountLinkPath(result.link.token), request.url).toString();
  return data({ ok: true as const, created: { id: result.id, email: parsed.data.email }, link: { url, expiresAt: result.link.expiresAt, purpose: result.link.purpose } });
}

export default function NewUserPage() {
  const { people, q, initial, grantable, personRequired } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  if (result?.ok) {
    return (
      <section aria-labelledby="new-user-title">
        <h1 id="new-user-title">{t("account.created.title", { email: result.created.email })}</h1>
        <OneTimeLink url={result.link.url} expiresAt={result.link.expiresAt} purpose={result.link.purpose} email={result.created.email} />
        <p className="button-row">
          <Link to={`/admin/users/${result.created.id}`} className="button button--primary">
            {t("account.created.open")}
          </Link>
          <Link to="/admin/users/new" className="button">
            {t("account.created.another")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="new-user-title">
      <h1 id="new-user-title">{t("account.new.title")}</h1>
      <p className="lede">{t("account.new.lede")}</p>
      <ListFilters submit={t("common.search")}>
        <SearchField label={t("account.new.findPerson")} value={q} />
      </ListFilters>
      <CreateAccountForm key={`${q}:${initial.personId}`} initial={initial} people={people} grantable={grantable} personRequired={personRequired} failure={result} />
    </section>
  );
}

function CreateAccountForm({
  initial,
  people,
  grantable,
  personRequired,
  failure,
}: {
  initial: CreateAccountInput;
  people: { id: string; givenName: string; familyName: string; email: string | null }[];
  grantable: Awaited<ReturnType<typeof loader>>["grantable"];
  personRequired: boolean;
  failure?: { values: Record<string, string>; fieldErrors: Record<string, string[] | undefined>; formErrors: string[] };
}) {
  const { t } = useI18n();
  const typed = failure?.values;
  const defaults: CreateAccountInput = typed
    ? {
        email: typed.email ?? "",
        locale: typed.locale ?? "en",
        personId: typed.personId ?? "",
        roleAdmin: typed.roleAdmin === "on",
        roleSecretary: typed.roleSecretary === "on",
        roleFocalPoint: typed.roleFocalPoint === "on",
        roleViewer: typed.roleViewer === "on",
      }
    : initial;
  const validated = useValidatedForm(createAccountSchema, { defaultValues: defaults, failure });
  const { form, field, errors } = validated;
  const rolesError = failure?.fieldErrors.roles?.[0] ?? (errors as { roles?: { message?: string } }).roles?.message;
  const checked = grantable.filter((r) => defaults[ROLE_FIELD[r]] === true);
  return (
    <ValidatedForm form={validated}>
      <SelectField
        label={t("account.field.person")}
        optional={!personRequired}
        hint={t("account.field.personHint")}
        empty={t(personRequired ? "account.field.choosePerson" : "account.field.noPerson")}
        options={personOptions(people)}
        {...field("personId")}
      />
      <TextField label={t("account.field.email")} type="email" autoComplete="off" {...field("email")} />
      <SelectField label={t("account.field.locale")} hint={t("account.field.localeHint")} options={vocabularyOptions(LOCALES, (l) => t(`locale.${l}`))} {...field("locale")} />
      <RoleCheckboxes grantable={grantable} checked={checked} registerRole={(name) => form.register(name)} error={rolesError} />
      <FormActions submitLabel={t("account.new.submit")} cancelTo="/admin/users" />
    </ValidatedForm>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "account.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
