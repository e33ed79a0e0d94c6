import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { HandoverStatusBadge } from "~/components/handovers/status-badge";
import { workLinks } from "~/styles/work-links";
import { ListTable } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { followsRotation, HANDOVER_TABS } from "~/domain/handover-rules";
import { pageInfo } from "~/domain/paging";
import { useI18n } from "~/i18n/context";
import { listHandovers } from "~/models/handover.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { handoverListSearch } from "~/schemas/lists";
import styles from "~/styles/handovers.css";
import { pageTitle } from "~/i18n/page-title";
import { accountName, agencyLabel, personName } from "~/domain/labels";

export const links: LinksFunction = () => [...workLinks(), { rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "handover");
  const { filters, paging } = readListSearch(request, handoverListSearch);
  const follows = followsRotation(ctx);
  // "All" is for those who follow rotation; anyone else asking for it sees their own.
  const tab = filters.tab === "all" && !follows ? "read" : filters.tab;
  const { rows, total } = await listHandovers(ctx, tab, paging);
  return { rows, tab, follows, page: pageInfo(paging, total) };
}

export default function HandoversPage() {
  const { rows, tab, follows, page } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  const name = (p: { givenName: string; familyName: string } | null) => (p ? personName(p) : null);
  return (
    <section aria-labelledby="handovers-title">
      <div className="page-heading">
        <div>
          <h1 id="handovers-title">{t("handover.list.title")}</h1>
          <p className="lede">{t("handover.list.lede")}</p>
        </div>
        {follows ? (
          <div className="button-row">
            <Link to="/rotation-risk" className="button">
              {t("rotation.title")}
            </Link>
          </div>
        ) : null}
      </div>
      <nav aria-label={t("handover.list.tabs")}>
        <ul className="tabs">
          {HANDOVER_TABS.filter((x) => x !== "all" || follows).map((x) => (
            <li key={x}>
              <Link to={`?tab=${x}`} aria-current={tab === x ? "page" : undefined}>
                {t(`handover.tab.${x}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ListTable
        count={rows.length}
        empty={t(`handover.empty.${tab}`)}
        emptyClassName="muted"
        columns={[t("handover.col.post"), t("handover.col.from"), t("handover.col.to"), t("handover.col.status"), t("handover.col.submitted"), t("handover.col.acknowledged")]}
      >
        {rows.map((h) => (
          <tr key={h.id}>
            <td>
              {h.readable ? <Link to={`/handovers/${h.id}`}>{h.position.title}</Link> : h.position.title}
              <div className="muted small">{agencyLabel(h.agency)}</div>
              {h.readable ? null : (
                <div className="muted small" title={t("handover.notesNotSharedExplain")}>
                  {t("handover.notesNotShared")}
                </div>
              )}
            </td>
            <td>{name(h.outgoingPerson) ?? <span className="muted">—</span>}</td>
            <td>{name(h.incomingPerson) ?? <span className="muted">{t("handover.addressedToPost")}</span>}</td>
            <td>
              <HandoverStatusBadge status={h.status} />
              {h._count.versions > 1 ? <span className="muted small"> · {t("handover.versionCount", { count: h._count.versions })}</span> : null}
            </td>
            <td>{h.submittedAt ? date(h.submittedAt) : "—"}</td>
            <td>
              {h.acknowledgedAt ? (
                <>
                  {date(h.acknowledgedAt)}
                  {h.acknowledgedBy ? <div className="muted small">{accountName(h.acknowledgedBy)}</div> : null}
                </>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "handover.list.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
