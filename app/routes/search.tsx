import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import type { FieldErrors } from "~/forms/form-result";
import { FilterSelect } from "~/components/ui/filter-select";
import { Snippet } from "~/components/search/snippet";
import { useI18n } from "~/i18n/context";
import { search, searchFilterChoices, type SearchResult } from "~/models/search.server";
import { SEARCH_PAGE_SIZE, searchHitHref } from "~/search/results";
import { requireAccess } from "~/permissions.server";
import { searchSchema } from "~/schemas/search";
import { SEARCH_KINDS, type SearchKind } from "~/search/index-definition";
import styles from "~/styles/search.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Dates of these kinds are instants (shown in the reader's zone); the others are calendar days. */
const INSTANT_KINDS: ReadonlySet<SearchKind> = new Set(["meeting", "agendaItem", "statement", "handover"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  const params = new URL(request.url).searchParams;
  const values: Record<string, string> = {};
  for (const key of ["q", "kind", "committee", "agency", "from", "to", "archived", "page"]) {
    const value = params.get(key);
    if (value !== null) values[key] = value;
  }
  const { committees, agencies } = searchFilterChoices(ctx);
  const parsed = searchSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
    return data({ values, fieldErrors, result: null as SearchResult | null, committees, agencies, page: 1 }, { status: 400 });
  }
  const f = parsed.data;
  const result = search(ctx, {
    q: f.q,
    kind: f.kind,
    committeeId: f.committee,
    agencyId: f.agency,
    from: f.from,
    to: f.to,
    includeArchived: f.archived,
    page: f.page,
  });
  return { values, fieldErrors: {} as FieldErrors, result, committees, agencies, page: f.page };
}

export const meta: MetaFunction = (args) => pageTitle(args, "search.title");

export default function SearchPage() {
  const { values, fieldErrors, result, committees, agencies, page } = useLoaderData<typeof loader>();
  const { t, tr, date } = useI18n();
  const location = useLocation();
  const q = values.q?.trim() ?? "";
  const kind = SEARCH_KINDS.find((k) => k === values.kind) ?? null;
  const withParams = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    return `/search?${params}`;
  };
  const error = (name: string) => {
    const message = fieldErrors[name]?.[0];
    return message ? (
      <span className="field__error" id={`${name}-error`}>
        {tr(message)}
      </span>
    ) : null;
  };
  const pages = result && kind ? Math.ceil((result.counts[kind] ?? 0) / SEARCH_PAGE_SIZE) : 0;
  const bounded = result ? SEARCH_KINDS.some((k) => result.atLeast[k]) : false;
  const countOf = (k: SearchKind, count: number) => (result?.atLeast[k] ? t("search.countAtLeast", { count }) : count);

  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">{t("search.title")}</h1>
      <Form method="get" action="/search" className="filters search-filters" role="search">
        <label className="search-filters__query">
          {t("search.query")}
          <input type="search" name="q" defaultValue={values.q ?? ""} maxLength={200} aria-describedby="q-hint" autoFocus={!q} />
          <span id="q-hint" className="hint">
            {t("search.queryHint")}
          </span>
        </label>
        <FilterSelect label={t("search.kind")} name="kind" value={values.kind} options={SEARCH_KINDS.map((k) => ({ value: k, label: t(`searchKind.${k}`) }))} />
        <FilterSelect
          label={t("search.committee")}
          name="committee"
          value={values.committee}
          options={committees.map((c) => ({ value: c.id, label: c.short ? `${c.short} — ${c.name}` : c.name }))}
        />
        <FilterSelect label={t("search.agency")} name="agency" value={values.agency} options={agencies.map((a) => ({ value: a.id, label: a.short ? `${a.short} — ${a.name}` : a.name }))} />
        <label>
          {t("search.from")}
          <input type="date" name="from" defaultValue={values.from ?? ""} aria-invalid={fieldErrors.from ? true : undefined} />
          {error("from")}
        </label>
        <label>
          {t("search.to")}
          <input type="date" name="to" defaultValue={values.to ?? ""} aria-invalid={fieldErrors.to ? true : undefined} />
          {error("to")}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="archived" value="1" defaultChecked={values.archived === "1" || values.archived === "on"} />
          {t("search.includeArchived")}
        </label>
        <button type="submit" className="button button--primary">
          {t("search.submit")}
        </button>
        {error("kind")}
        {error("page")}
      </Form>

      {!result ? (
        <p className="muted">{t("search.prompt")}</p>
      ) : result.total === 0 ? (
        <p>{t("search.none", { q })}</p>
      ) : (
        <div className="search-results">
          <nav aria-label={t("search.byKind")} className="search-kinds">
            <ul>
              <li>
                {kind ? <Link to={withParams({ kind: null, page: null })}>{t("search.allKinds")}</Link> : <strong aria-current="true">{t("search.allKinds")}</strong>}{" "}
                <span className="count">{bounded ? t("search.countAtLeast", { count: result.total }) : result.total}</span>
              </li>
              {SEARCH_KINDS.filter((k) => result.counts[k]).map((k) => (
                <li key={k}>
                  {k === kind ? (
                    <strong aria-current="true">{t(`searchKind.${k}`)}</strong>
                  ) : (
                    <Link to={withParams({ kind: k, page: null })}>{t(`searchKind.${k}`)}</Link>
                  )}{" "}
                  <span className="count">{countOf(k, result.counts[k] ?? 0)}</span>
                </li>
              ))}
            </ul>
          </nav>
          <div>
            <p className="muted" role="status">
              {(kind ? result.atLeast[kind] : bounded)
                ? t("search.summaryAtLeast", { total: kind ? (result.counts[kind] ?? 0) : result.total, q })
                : t("search.summary", { total: kind ? (result.counts[kind] ?? 0) : result.total, q })}
              {kind && pages > 1 ? ` — ${t("search.page", { page })}` : null}
            </p>
            {(kind ? result.atLeast[kind] : bounded) ? <p className="search-notice">{t("search.windowNotice", { window: result.window })}</p> : null}
            {result.groups.map((group) => (
              <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="search-group">
                <h2 id={`group-${group.kind}`}>
                  {t(`searchKind.${group.kind}`)} <span className="count">{countOf(group.kind, group.count)}</span>
                </h2>
                <ol className="search-hits">
                  {group.hits.map((hit) => (
                    <li key={hit.recordId} className="search-hit">
                      <Link to={searchHitHref(hit)} className="search-hit__title">
                        {hit.symbol && !hit.title.includes(hit.symbol) ? <span className="search-hit__symbol">{hit.symbol}</span> : null}
                        {hit.title}
                      </Link>
                      {hit.archived ? <span className="badge">{t("search.archivedBadge")}</span> : null}
                      {hit.date ? (
                        <span className="search-hit__date muted">{date(hit.date, INSTANT_KINDS.has(hit.kind) ? undefined : "UTC")}</span>
                      ) : null}
                      <Snippet text={hit.snippet} className="search-hit__snippet" />
                    </li>
                  ))}
                </ol>
                {!kind && group.count > group.hits.length ? (
                  <p>
                    <Link to={withParams({ kind: group.kind, page: null })}>
                      {t(result.atLeast[group.kind] ? "search.seeAllAtLeast" : "search.seeAll", { count: group.count, kind: t(`searchKind.${group.kind}`) })}
                    </Link>
                  </p>
                ) : null}
              </section>
            ))}
            {kind && pages > 1 ? (
              <nav aria-label={t("pagination.label")} className="pagination">
                {page > 1 ? (
                  <Link to={withParams({ page: String(page - 1) })} rel="prev">
                    {t("pagination.previous")}
                  </Link>
                ) : null}
                {page < pages ? (
                  <Link to={withParams({ page: String(page + 1) })} rel="next">
                    {t("pagination.next")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
