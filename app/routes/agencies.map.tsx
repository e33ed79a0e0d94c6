import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Shape, StakeholderSvg } from "~/components/stakeholder-svg";
import { AGENCY_KINDS, isOneOf } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";
import { loadStakeholderMap } from "~/models/stakeholder-map.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { stakeholderMapSearch } from "~/schemas/lists";
import styles from "~/styles/stakeholders.css";
import { FilterSelect } from "~/components/ui/filter-select";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "agency");
  const { kind } = readListSearch(request, stakeholderMapSearch).filters;
  const map = await loadStakeholderMap(ctx, { kind });
  return { ...map, kind: kind ?? "" };
}

export default function StakeholderMapPage() {
  const { nodes, links: edges, omitted, total, size, kind } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const kindsShown = AGENCY_KINDS.filter((k) => nodes.some((n) => n.kind === k));
  return (
    <section aria-labelledby="map-title">
      <div className="page-heading">
        <h1 id="map-title">{t("map.title")}</h1>
        <Link to="/agencies" className="button">
          {t("agency.list.title")}
        </Link>
      </div>
      <p className="lede">{t("map.lede")}</p>
      <Form method="get" className="filters">
        <FilterSelect
          label={t("agency.list.kindLabel")}
          name="kind"
          value={kind}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
        />
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {omitted > 0 ? <p className="muted">{t("map.omitted", { shown: nodes.length, total })}</p> : null}
      <ul className="map-legend" aria-label={t("map.legend")}>
        {kindsShown.map((k) => (
          <li key={k}>
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <Shape kind={k} x={9} y={9} r={6} />
            </svg>
            {t(`agencyKind.${k}`)}
          </li>
        ))}
        <li>
          <svg width="30" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="30" y2="5" stroke="#1f4e79" strokeWidth="3" />
          </svg>
          {t("map.linkCommittee")}
        </li>
        <li>
          <svg width="30" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="30" y2="5" stroke="#b5651d" strokeWidth="3" strokeDasharray="5 4" />
          </svg>
          {t("map.linkResponsibility")}
        </li>
        <li>
          <svg width="30" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="30" y2="5" stroke="#5b3a7a" strokeWidth="3" />
          </svg>
          {t("map.linkBoth")}
        </li>
      </ul>
      {nodes.length ? (
        <StakeholderSvg nodes={nodes} links={edges} width={size.width} height={size.height} />
      ) : (
        <p>{t("agency.list.empty")}</p>
      )}
      <details className="inline-panel">
        <summary>{t("map.asList")}</summary>
        <ul className="plain-list">
          {[...nodes]
            .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))
            .map((n) => (
              <li key={n.id}>
                <Link to={`/agencies/${n.id}`}>{n.name}</Link>{" "}
                <span className="muted">
                  · {t(`agencyKind.${isOneOf(AGENCY_KINDS, n.kind) ? n.kind : "other"}`)} · {t("map.connections", { count: edges.filter((e) => e.source === n.id || e.target === n.id).length })}
                </span>
              </li>
            ))}
        </ul>
      </details>
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "map.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
