import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CatalogueFilters } from "~/components/catalogue-filters";
import { GapText } from "~/components/gap-list";
import { phaseName } from "~/components/phase-name";
import { ListTable } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { GAP_KINDS } from "~/domain/gaps";
import { pageInfo } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { agencyOptions } from "~/models/agency.server";
import { loadGaps } from "~/models/responsibility-matrix.server";
import { catalogueOptions } from "~/models/responsibility.server";
import { readListSearch } from "~/schemas/list-search";
import { gapListSearch } from "~/schemas/lists";
import { requirePermission } from "~/permissions.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read", "responsibility");
  const { filters, paging } = readListSearch(request, gapListSearch);
  const [gaps, options, agencies] = await Promise.all([loadGaps(filters, paging), catalogueOptions(), agencyOptions()]);
  return {
    ...gaps,
    options: { ...options, agencies },
    filters,
    page: pageInfo(paging, gaps.total),
  };
}

export default function GapsPage() {
  const { items, counts, options, filters, page } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="gaps-title">
      <h1 id="gaps-title">{t("gap.list.title")}</h1>
      <nav aria-label={t("responsibility.views")} className="link-row">
        <Link to="/responsibilities">{t("responsibility.list.title")}</Link>
        <Link to="/responsibilities/matrix">{t("responsibility.matrix.title")}</Link>
        <Link to="/responsibilities/mine">{t("responsibility.mine.title")}</Link>
      </nav>
      <p className="lede">{t("gap.list.lede")}</p>
      <ul className="map-legend" aria-label={t("gap.list.counts")}>
        {GAP_KINDS.map((k) => (
          <li key={k}>
            <strong>{counts[k] ?? 0}</strong> {t(`gap.kind.${k}`)}
          </li>
        ))}
      </ul>
      <CatalogueFilters options={options} values={filters} gapKind />
      <ListTable count={items.length} empty={t("gap.list.empty")} columns={[t("responsibility.col.title"), t("responsibility.col.instrument"), t("gap.col.gap")]}>
        {items.map(({ responsibility: r, gap }, i) => (
          <tr key={`${r.id}-${gap.kind}-${i}`}>
            <td>
              <Link to={`/responsibilities/${r.id}`}>{r.title}</Link>
              {r.phase ? <div className="muted small">{`${r.phase.number}. ${phaseName(r.phase, locale)}`}</div> : null}
            </td>
            <td>{r.instrument ? `${r.instrument.code} ${r.provision?.reference ?? ""}` : "—"}</td>
            <td>
              <span className="gap-badge">{t(`gap.kind.${gap.kind}`)}</span> <GapText gap={gap} />
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "gap.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
