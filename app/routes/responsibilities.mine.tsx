import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GapBadges } from "~/components/gap-list";
import { phaseName } from "~/components/phase-name";
import { RaciBadge } from "~/components/raci-badge";
import { ListTable } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { pageInfo } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { loadMine } from "~/models/responsibility-matrix.server";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel } from "~/domain/labels";
import { pageOnlySearch } from "~/schemas/lists";
import { readListSearch } from "~/schemas/list-search";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "responsibility");
  const { paging } = readListSearch(request, pageOnlySearch);
  const { rows, total } = await loadMine(ctx, paging);
  return { rows, holdsPosts: ctx.positionIds.length > 0, page: pageInfo(paging, total) };
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
      <ListTable
        count={rows.length}
        empty={t("responsibility.mine.empty")}
        columns={[t("responsibility.col.title"), t("responsibility.mine.col.myRole"), t("responsibility.mine.col.others"), t("gap.label")]}
      >
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
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "responsibility.mine.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
