import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GapBadges } from "~/components/gap-list";
import { phaseName } from "~/components/phase-name";
import { RaciBadge } from "~/components/raci-badge";
import { Pagination } from "~/components/ui/pagination";
import { pageFromSearch } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { loadMine } from "~/models/responsibility-matrix.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "responsibility");
  const paging = pageFromSearch(new URL(request.url).searchParams);
  const { rows, total } = await loadMine(ctx, paging);
  return { rows, holdsPosts: ctx.positionIds.length > 0, page: { page: paging.page, pageSize: paging.pageSize, total } };
}

export default function MyResponsibilitiesPage() {
  const { rows, holdsPosts, page } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">{t("responsibility.mine.title")}</h1>
      <nav aria-label={t("responsibility.views")} className="link-row">
        <Link to="/responsibilities">{t("responsibility.list.title")}</Link>
        <Link to="/responsibilities/matrix">{t("responsibility.matrix.title")}</Link>
        <Link to="/responsibilities/gaps">{t("gap.list.title")}</Link>
      </nav>
      <p className="lede">{holdsPosts ? t("responsibility.mine.lede") : t("dashboard.noPosts")}</p>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("responsibility.col.title")}</th>
                <th scope="col">{t("responsibility.mine.col.myRole")}</th>
                <th scope="col">{t("responsibility.mine.col.others")}</th>
                <th scope="col">{t("gap.label")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/responsibilities/${r.id}`}>{r.title}</Link>
                    <div className="muted small">
                      {r.instrument ? `${r.instrument.code} ${r.provision?.reference ?? ""}` : ""}
                      {r.phase ? ` · ${r.phase.number}. ${phaseName(r.phase, locale)}` : ""}
                    </div>
                  </td>
                  <td>
                    <ul className="compact-list">
                      {r.mine.map((m) => (
                        <li key={m.id}>
                          <RaciBadge role={m.role} />{" "}
                          {m.positionTitle ? (m.viaPost ? t("responsibility.mine.viaMyPost", { post: m.positionTitle }) : m.positionTitle) : t("responsibility.mine.viaAgency", { agency: m.agency ? agencyLabel(m.agency) : "" })}
                          {m.note ? <div className="muted small">{m.note}</div> : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {r.others.length ? (
                      <ul className="compact-list">
                        {r.others.map((o) => (
                          <li key={o.id}>
                            <RaciBadge role={o.role} /> {o.agency ? <Link to={`/agencies/${o.agency.id}`}>{agencyLabel(o.agency)}</Link> : null}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">{t("responsibility.mine.alone")}</span>
                    )}
                  </td>
                  <td>
                    <GapBadges gaps={r.gaps} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("responsibility.mine.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "responsibility.mine.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
