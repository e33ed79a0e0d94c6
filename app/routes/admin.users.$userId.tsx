import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AccountStatusBadge } from "~/components/accounts/account-badges";
import { AccountLinkForm, AccountRolesForm } from "~/components/accounts/account-forms";
import { OneTimeLink } from "~/components/accounts/one-time-link";
import { RecordHistory } from "~/components/record-history";
import { ANY_OWNER, can } from "~/domain/access";
import { accountStatus, grantableRoles, mayManageAccount, rolesBeyondReach } from "~/domain/account-rules";
import { isOneOf, ROLE_NAMES } from "~/domain/vocabulary";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, refuse, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { accountLinkPath, accountLinkShownToAdmin, queueAccountLinkEmail } from "~/models/account-mail.server";
import {
  disableAccount,
  enableAccount,
  getAccount,
  linkAccountPerson,
  peopleWithoutAccount,
  personOwners,
  sendAccountLink,
  setAccountRoles,
  type AccountUpdateResult,
} from "~/models/user.server";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { forbidden, notFound, requirePermission } from "~/permissions.server";
import { accountPageSchema, rolesOf } from "~/schemas/account";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/accounts.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, localeLabel, personName } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** The account, if the reader may see it: any account with "read:user:any", else their agencies' people's. */
async function authorise(request: Request, id: string) {
  const access = await requirePermission(request, "read", "user");
  const account = await getAccount(id);
  if (!account) throw notFound();
  if (!account.owners.some((o) => can(access.ctx, "read", "user", o)) && !can(access.ctx, "read", "user", ANY_OWNER)) throw notFound();
  const roles = account.roles.map((r) => r.name);
  const manageable = mayManageAccount(access.ctx, { id: account.id, roles, owners: account.owners });
  return { ...access, account, roles, manageable };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx, account, roles, manageable } = await authorise(request, params.userId ?? "");
  const q = new URL(request.url).searchParams.get("q")?.trim().slice(0, 100) || null;
  const people = manageable ? await peopleWithoutAccount({ q, include: account.person?.id ?? null }) : [];
  return {
    account: { ...account, status: accountStatus(account) },
    roles: roles.filter((r) => isOneOf(ROLE_NAMES, r)),
    manageable,
    isSelf: account.id === ctx.userId,
    grantable: grantableRoles(ctx),
    people,
    q: q ?? "",
    history: await recordHistory(ctx, "user", account.id, historyPageFrom(request)),
  };
}

/** The save's answer: null when saved; a stale form is a 409 with what changed (typed values kept). */
async function saved(save: () => Promise<AccountUpdateResult>, values: Record<string, string>) {
  const out: { result?: AccountUpdateResult } = {};
  const stale = await staleOr(async () => {
    out.result = await save();
  });
  if (stale) return conflicted(values, stale);
  const result = out.result;
  return !result || result.ok ? null : refuse(values, { [result.field]: [result.error] });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.userId ?? "";
  const { ctx, user, account, manageable } = await authorise(request, id);
  const parsed = parseWith(accountPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (!manageable) throw forbidden();
  const here = `/admin/users/${id}`;
  switch (parsed.data.intent) {
    case "roles": {
      const wanted = rolesOf(parsed.data);
      if (rolesBeyondReach(ctx, wanted).length) return refuse(parsed.values, { roles: ["account.error.roleBeyondReach"] });
      const { version } = parsed.data;
      return (await saved(() => setAccountRoles(user.id, id, wanted, version), parsed.values)) ?? redirectWithFlash(request, here, { kind: "success", key: "account.rolesSaved" });
    }
    case "link": {
      const personId = parsed.data.personId;
      // With "own" rights the new person must be one of the manager's agencies' people too.
      if (personId && !can(ctx, "update", "user", ANY_OWNER)) {
        const owners = await personOwners(personId);
        if (!owners.some((o) => can(ctx, "update", "user", o))) return refuse(parsed.values, { personId: ["account.error.personNotYours"] });
      }
      const { version } = parsed.data;
      return (await saved(() => linkAccountPerson(user.id, id, personId, version), parsed.values)) ?? redirectWithFlash(request, here, { kind: "success", key: "account.linkSaved" });
    }
    case "disable":
      await disableAccount(user.id, id);
      return redirectWithFlash(request, here, { kind: "success", key: "account.disabledDone" });
    case "enable":
      await enableAccount(user.id, id);
      return redirectWithFlash(request, here, { kind: "success", key: "account.enabledDone" });
    case "invite": {
      if (account.disabledAt) return refuse(parsed.values, {}, ["account.error.disabledNoLink"]);
      const result = await sendAccountLink(user.id, id, queueAccountLinkEmail);
      if (!result.ok) return refuse(parsed.values, {}, ["account.error.disabledNoLink"]);
      if (!accountLinkShownToAdmin()) return redirectWithFlash(request, here, { kind: "success", key: "account.linkSent" });
      const url = new URL(accountLinkPath(result.link.token), request.url).toString();
      return data({ ok: true as const, link: { url, expiresAt: result.link.expiresAt, purpose: result.link.purpose } });
    }
  }
}

export default function UserPage() {
  const { account, roles, manageable, isSelf, grantable, people, q, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, tr, dateTime } = useI18n();
  const failure = result && !result.ok ? result : undefined;
  const intent = failure?.values.intent;
  const linkedName = account.person ? personName(account.person) : null;
  return (
    <section aria-labelledby="user-title">
      <p className="muted">
        <Link to="/admin/users">{t("account.list.title")}</Link>
      </p>
      <h1 id="user-title">
        {account.email} <AccountStatusBadge status={account.status} />
      </h1>
      {result?.ok ? <OneTimeLink url={result.link.url} expiresAt={result.link.expiresAt} purpose={result.link.purpose} email={account.email} /> : null}
      {failure && (!intent || failure.formErrors.length) ? (
        <div role="alert" className="form-alert">
          {failure.formErrors.map((e) => tr(e)).join(" ")}
        </div>
      ) : null}
      <dl className="account-facts">
        <dt>{t("account.col.person")}</dt>
        <dd>{account.person ? <Link to={`/people/${account.person.id}`}>{linkedName}</Link> : <span className="muted">{t("account.noPerson")}</span>}</dd>
        <dt>{t("account.field.posts")}</dt>
        <dd>
          {account.person?.assignments.length
            ? account.person.assignments.map((a) => (
                <div key={a.positionId}>
                  <Link to={`/positions/${a.positionId}`}>{a.position.title}</Link> — {agencyLabel(a.position.agency)}
                  {a.acting ? ` (${t("dashboard.acting")})` : ""}
                </div>
              ))
            : t("people.noCurrentPost")}
        </dd>
        <dt>{t("account.col.roles")}</dt>
        <dd>{roles.map((r) => t(`role.${r}`)).join(", ") || "—"}</dd>
        <dt>{t("account.field.locale")}</dt>
        <dd>{localeLabel(t, account.locale)}</dd>
        <dt>{t("profile.field.timeZone")}</dt>
        <dd>{account.timeZone ?? "—"}</dd>
        <dt>{t("account.field.created")}</dt>
        <dd>{dateTime(account.createdAt)}</dd>
        <dt>{t("account.field.sessions")}</dt>
        <dd>{t("account.sessionsOpen", { count: account.openSessions })}</dd>
        {account.lastLink ? (
          <>
            <dt>{t("account.field.lastLink")}</dt>
            <dd>
              {t(account.lastLink.purpose === "invitation" ? "account.lastLink.invitation" : "account.lastLink.reset", {
                sent: dateTime(account.lastLink.createdAt),
              })}{" "}
              —{" "}
              {account.lastLink.usedAt
                ? t("account.lastLink.used", { at: dateTime(account.lastLink.usedAt) })
                : account.lastLink.revokedAt
                  ? t("account.lastLink.revoked")
                  : new Date(account.lastLink.expiresAt) <= new Date()
                    ? t("account.lastLink.expired")
                    : t("account.lastLink.expires", { at: dateTime(account.lastLink.expiresAt) })}
            </dd>
          </>
        ) : null}
      </dl>
      {isSelf ? (
        <p className="muted">
          {t("account.selfNote")} <Link to="/profile">{t("profile.title")}</Link>
        </p>
      ) : null}
      {manageable ? (
        <>
          <div className="account-panel">
            <h2>{t("account.access.title")}</h2>
            {account.disabledAt ? (
              <>
                <p>{t("account.access.disabledSince", { at: dateTime(account.disabledAt) })}</p>
                <Form method="post">
                  <input type="hidden" name="intent" value="enable" />
                  <button type="submit" className="button">
                    {t("account.enable")}
                  </button>
                </Form>
              </>
            ) : (
              <div className="button-row">
                <Form method="post">
                  <input type="hidden" name="intent" value="invite" />
                  <button type="submit" className="button">
                    {t(account.hasPassword ? "account.sendReset" : "account.resendInvitation")}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="disable" />
                  <button type="submit" className="button button--danger">
                    {t("account.disable")}
                  </button>
                </Form>
              </div>
            )}
            <p className="muted">{t("account.access.disableHint")}</p>
          </div>
          <AccountRolesForm
            grantable={grantable}
            held={roles}
            version={account.version}
            failure={intent === "roles" ? failure : undefined}
          />
          <AccountLinkForm
            people={people}
            q={q}
            personId={account.person?.id ?? ""}
            version={account.version}
            failure={intent === "link" ? failure : undefined}
          />
        </>
      ) : null}
      <RecordHistory history={history} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [data?.account.email, t("account.list.title")]);

export { ErrorBoundary } from "~/components/route-error-boundary";
