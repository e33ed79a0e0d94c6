import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { pageFromSearch } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { listPeople } from "~/models/person.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "person");
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const paging = pageFromSearch(search);
  const { rows, total } = await listPeople({ q, skip: paging.skip, take: paging.take });
  return {
    rows,
    q: q ?? "",
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "person"),
    canImport: can(ctx, "create", "agency") || can(ctx, "create", "person") || can(ctx, "create", "position"),
  };
}

export default function PeoplePage() {
  const { rows, q, page, canCreate, canImport } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="people-title">
      <div className="page-heading">
        <h1 id="people-title">{t("people.list.title")}</h1>
        <div className="button-row">
          {canImport ? (
            <Link to="/agencies/import" className="button">
              {t("import.link")}
            </Link>
          ) : null}
          {canCreate ? (
            <Link to="/people/new" className="button button--primary">
              {t("people.list.new")}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="lede">{t("people.list.lede")}</p>
      <Form method="get" className="filters" role="search">
        <label>
          {t("people.list.searchLabel")}
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit" className="button">
          {t("common.search")}
        </button>
      </Form>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("people.col.name")}</th>
                <th scope="col">{t("people.col.posts")}</th>
                <th scope="col">{t("people.col.contact")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/people/${p.id}`}>
                      {p.familyName}, {p.givenName}
                    </Link>
                    {p.honorific ? <span className="muted"> ({p.honorific})</span> : null}
                  </td>
                  <td>
                    {p.assignments.length ? (
                      <ul className="compact-list">
                        {p.assignments.map((a) => (
                          <li key={a.id}>
                            <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
                            {a.acting ? <span className="badge">{t("dashboard.acting")}</span> : null} —{" "}
                            <Link to={`/agencies/${a.position.agency.id}`}>{agencyLabel(a.position.agency)}</Link>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">{t("people.noCurrentPost")}</span>
                    )}
                  </td>
                  <td>
                    {p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : null}
                    {p.phone ? <div>{p.phone}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("people.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "people.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
