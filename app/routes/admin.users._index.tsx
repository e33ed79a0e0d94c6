import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AccountStatusBadge } from "~/components/accounts/account-badges";
import { FilterSelect } from "~/components/ui/filter-select";
import { ListFilters, ListTable, PageHeading, SearchField } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { ANY_OWNER, can } from "~/domain/access";
import { accountStatus, ACCOUNT_STATUSES } from "~/domain/account-rules";
import { ROLE_NAMES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { listUsers } from "~/models/user.server";
import { requirePermission } from "~/permissions.server";
import { pageTitle } from "~/i18n/page-title";
import { roleLabel } from "~/domain/labels";
import { readListPage } from "~/schemas/list-search";
import { accountListSearch } from "~/schemas/lists";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "user");
  const list = await readListPage(request, accountListSearch, (filters, paging) => listUsers(ctx, filters, paging));
  return {
    ...list,
    canCreate: can(ctx, "create", "user"),
    scopedToAgencies: !can(ctx, "read", "user", ANY_OWNER),
  };
}

export default function UsersPage() {
  const { rows, filters, page, canCreate, scopedToAgencies } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="users-title">
      <PageHeading id="users-title" title={t("account.list.title")} create={canCreate && { to: "/admin/users/new", label: t("account.list.new") }} />
      <p className="lede">{t(scopedToAgencies ? "account.list.ledeOwn" : "account.list.lede")}</p>
      <ListFilters>
        <SearchField label={t("account.list.searchLabel")} value={filters.q} />
        <FilterSelect label={t("account.list.roleLabel")} name="role" value={filters.role} options={ROLE_NAMES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <FilterSelect
          label={t("account.list.statusLabel")}
          name="status"
          value={filters.status}
          options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`account.status.${s}`) }))}
        />
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("account.list.empty")}
        columns={[t("account.col.email"), t("account.col.person"), t("account.col.roles"), t("account.col.status"), t("account.col.lastSignIn")]}
      >
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
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "account.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
