import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { CatalogueFilters } from "~/components/catalogue-filters";
import { RaciAgencyChooser, RaciCellEditor } from "~/components/forms/raci-cell-editor";
import { MatrixGrid, RaciLegend } from "~/components/matrix-grid";
import { Pagination } from "~/components/ui/pagination";
import { can } from "~/domain/access";
import { parseWith, readForm, refused } from "~/submissions/parse.server";
import { handleRaciChange } from "~/submissions/raci-change.server";
import { useI18n } from "~/i18n/context";
import { agencyOptions } from "~/models/agency.server";
import { loadCell } from "~/models/raci.server";
import { MATRIX_COLUMNS } from "~/domain/matrix-table";
import { loadMatrix } from "~/models/responsibility-matrix.server";
import { catalogueOptions } from "~/models/responsibility.server";
import { readListSearch } from "~/schemas/list-search";
import { matrixSearch } from "~/schemas/lists";
import { requireAccess, requirePermission } from "~/permissions.server";
import { raciChangeSchema } from "~/schemas/responsibility";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const ROWS_PER_PAGE = 25;
const CELL_PARAMS = ["cell", "cellAgency"];

/** The matrix address without the open cell: where a change returns to. */
function withoutCell(url: URL) {
  const params = new URLSearchParams(url.search);
  for (const p of CELL_PARAMS) params.delete(p);
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "responsibility");
  const { filters: search, paging } = readListSearch(request, matrixSearch, ROWS_PER_PAGE);
  const { cols: columnPage, cell: cellR, cellAgency: cellA, ...filters } = search;
  const [matrix, options, agencies, cell] = await Promise.all([
    loadMatrix(filters, { ...paging, columnPage }),
    catalogueOptions(),
    agencyOptions(),
    cellR && cellA && can(ctx, "update", "responsibility", { agencyId: cellA }) ? loadCell(cellR, cellA) : null,
  ]);
  const editAny = can(ctx, "update", "responsibility", { agencyId: null });
  const editableAgencies = agencies.filter((a) => can(ctx, "update", "responsibility", { agencyId: a.id }));
  const chooser = cellR && !cellA && editableAgencies.length ? matrix.rows.find((r) => r.id === cellR) ?? null : null;
  return {
    ...matrix,
    options: { ...options, agencies },
    filters,
    page: { page: paging.page, pageSize: paging.pageSize, total: matrix.total },
    editable: editAny ? ("all" as const) : ctx.agencyIds.filter((id) => can(ctx, "update", "responsibility", { agencyId: id })),
    cell,
    chooser: chooser ? { responsibility: { id: chooser.id, title: chooser.title }, agencies: editableAgencies } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const access = await requireAccess(request);
  const parsed = parseWith(raciChangeSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  return handleRaciChange(request, parsed, access, withoutCell(new URL(request.url)));
}

export default function MatrixPage() {
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const location = useLocation();
  const { t } = useI18n();
  const params = new URLSearchParams(location.search);
  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    return `${location.pathname}?${next}`;
  };
  const closeTo = hrefWith({ cell: null, cellAgency: null });
  // A cell's link is this page's query (without the open cell) and the cell: built by hand once per page,
  // as hrefWith would build it, because the grid has up to 1,500 of them.
  const openQuery = closeTo.slice(location.pathname.length + 1);
  const cellQuery = openQuery ? `?${openQuery}&` : "?";
  const exportParams = new URLSearchParams();
  for (const key of ["q", "instrument", "phase", "agency"]) {
    const value = params.get(key);
    if (value) exportParams.set(key, value);
  }
  const first = (data.columnPage - 1) * MATRIX_COLUMNS + 1;
  return (
    <section aria-labelledby="matrix-title">
      <div className="page-heading">
        <h1 id="matrix-title">{t("responsibility.matrix.title")}</h1>
        <a href={`/responsibilities/matrix.csv?${exportParams}`} className="button" download>
          {t("responsibility.matrix.export")}
        </a>
      </div>
      <nav aria-label={t("responsibility.views")} className="link-row">
        <Link to="/responsibilities">{t("responsibility.list.title")}</Link>
        <Link to="/responsibilities/mine">{t("responsibility.mine.title")}</Link>
        <Link to="/responsibilities/gaps">{t("gap.list.title")}</Link>
      </nav>
      <CatalogueFilters options={data.options} values={data.filters} search />
      <RaciLegend />
      {data.columnPages > 1 ? (
        <nav className="column-pages" aria-label={t("responsibility.matrix.columnPages")}>
          <span>{t("responsibility.matrix.columnsShown", { from: first, to: first + data.columns.length - 1, total: data.agencyCount })}</span>
          {data.columnPage > 1 ? <Link to={hrefWith({ cols: String(data.columnPage - 1) })}>{t("responsibility.matrix.previousColumns")}</Link> : null}
          {data.columnPage < data.columnPages ? <Link to={hrefWith({ cols: String(data.columnPage + 1) })}>{t("responsibility.matrix.nextColumns")}</Link> : null}
        </nav>
      ) : null}
      {data.rows.length ? (
        <MatrixGrid
          rows={data.rows}
          columns={data.columns}
          cells={data.cells}
          editable={(agencyId) => data.editable === "all" || data.editable.includes(agencyId)}
          editing={
            data.cell
              ? { responsibilityId: data.cell.responsibility.id, agencyId: data.cell.agency.id }
              : data.chooser
                ? { responsibilityId: data.chooser.responsibility.id, agencyId: "" }
                : null
          }
          cellHref={(responsibilityId, agencyId) => `${cellQuery}cell=${encodeURIComponent(responsibilityId)}&cellAgency=${encodeURIComponent(agencyId)}`}
          rowHref={data.editable === "all" || data.editable.length ? (responsibilityId) => `${cellQuery}cell=${encodeURIComponent(responsibilityId)}` : null}
          editor={
            data.cell ? (
              <RaciCellEditor key={`${data.cell.responsibility.id}:${data.cell.agency.id}`} cell={data.cell} failure={failure} closeTo={closeTo} />
            ) : data.chooser ? (
              <RaciAgencyChooser
                responsibility={data.chooser.responsibility}
                agencies={data.chooser.agencies}
                keep={Object.fromEntries([...params].filter(([k]) => k !== "cellAgency"))}
                closeTo={closeTo}
              />
            ) : null
          }
        />
      ) : (
        <p>{t("responsibility.list.empty")}</p>
      )}
      <Pagination {...data.page} />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "responsibility.matrix.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
