import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AccountStatusBadge } from "~/components/accounts/account-badges";
import { FilterSelect } from "~/components/ui/filter-select";
import { Pagination } from "~/components/ui/pagination";
import { ANY_OWNER, can } from "~/domain/access";
import { accountStatus, ACCOUNT_STATUSES } from "~/domain/account-rules";
import { pageFromSearch } from "~/domain/paging";
import { isOneOf, ROLE_NAMES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listUsers } from "~/models/user.server";
import { requirePermission } from "~/permissions.server";
import { pageTitle } from "~/i18n/page-title";
import { roleLabel } from "~/domain/labels";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "user");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const roleParam = search.get("role");
  const statusParam = search.get("status");
  const role = isOneOf(ROLE_NAMES, roleParam) ? roleParam : null;
  const status = isOneOf(ACCOUNT_STATUSES, statusParam) ? statusParam : null;
  const paging = pageFromSearch(search);
  const { rows, total } = await listUsers(ctx, { q, role, status }, paging);
  return {
    rows,
    filters: { q: q ?? "", role: role ?? "", status: status ?? "" },
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "user"),
    scopedToAgencies: !can(ctx, "read", "user", ANY_OWNER),
  };
}

export default function UsersPage() {
  const { rows, filters, page, canCreate, scopedToAgencies } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="users-title">
      <div className="page-heading">
        <h1 id="users-title">{t("account.list.title")}</h1>
        {canCreate ? (
          <div className="button-row">
            <Link to="/admin/users/new" className="button button--primary">
              {t("account.list.new")}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="lede">{t(scopedToAgencies ? "account.list.ledeOwn" : "account.list.lede")}</p>
      <Form method="get" className="filters" role="search">
        <label>
          {t("account.list.searchLabel")}
          <input type="search" name="q" defaultValue={filters.q} />
        </label>
        <FilterSelect label={t("account.list.roleLabel")} name="role" value={filters.role} options={ROLE_NAMES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <FilterSelect
          label={t("account.list.statusLabel")}
          name="status"
          value={filters.status}
          options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`account.status.${s}`) }))}
        />
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("account.col.email")}</th>
                <th scope="col">{t("account.col.person")}</th>
                <th scope="col">{t("account.col.roles")}</th>
                <th scope="col">{t("account.col.status")}</th>
                <th scope="col">{t("account.col.lastSignIn")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/admin/users/${u.id}`}>{u.email}</Link>
                  </td>
                  <td>{u.person ? `${u.person.familyName}, ${u.person.givenName}` : <span className="muted">{t("account.noPerson")}</span>}</td>
                  <td>{u.roles.map((r) => (roleLabel(t, r.name))).join(", ")}</td>
                  <td>
                    <AccountStatusBadge status={accountStatus(u)} />
                  </td>
                  <td>{u.lastSignIn ? dateTime(u.lastSignIn) : <span className="muted">{t("account.neverSignedIn")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("account.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "account.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
