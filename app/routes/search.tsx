import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import type { FieldErrors } from "~/submissions/form-result";
import { FilterSelect } from "~/components/ui/filter-select";
import { Snippet } from "~/components/search/snippet";
import { useI18n } from "~/i18n/context";
import { resolveSearchChoice, search, searchChoiceById, type ChoiceKind, type SearchChoice, type SearchResult } from "~/models/search.server";
import { readSnapshot } from "~/read-db.server";
import type { AccessContext } from "~/domain/access";
import { SearchChoiceField, choiceLabel } from "~/components/search/choice-field";
import { SEARCH_PAGE_SIZE, searchHitHref } from "~/search/results";
import { requireAccess } from "~/permissions.server";
import { searchSchema } from "~/schemas/search";
import { SEARCH_KINDS, type SearchKind } from "~/search/index-definition";
import styles from "~/styles/search.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Dates of these kinds are instants (shown in the reader's zone); the others are calendar days. */
const INSTANT_KINDS: ReadonlySet<SearchKind> = new Set(["meeting", "agendaItem", "statement", "handover"]);

const FILTER_KEYS = ["q", "kind", "committee", "committeeName", "agency", "agencyName", "from", "to", "archived", "page"] as const;

/** A committee or agency filter: the record chosen, or the candidates a typed name matched. */
type Narrowing = { chosen: SearchChoice | null; candidates: SearchChoice[]; more: boolean; typed: string | null };
const NO_NARROWING: Narrowing = { chosen: null, candidates: [], more: false, typed: null };

function narrowTo(ctx: AccessContext, kind: ChoiceKind, id: string | null, typed: string | null, errors: FieldErrors): Narrowing {
  if (id) {
    const chosen = searchChoiceById(ctx, kind, id);
    if (!chosen) errors[`${kind}Name`] = [`search.error.${kind}Unknown`];
    return { ...NO_NARROWING, chosen };
  }
  if (!typed) return NO_NARROWING;
  const found = resolveSearchChoice(ctx, kind, typed);
  if (!found.chosen && found.candidates.length === 0) errors[`${kind}Name`] = [`search.error.${kind}None`];
  return { ...found, typed };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  const params = new URL(request.url).searchParams;
  const values: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null) values[key] = value;
  }
  const refused = (fieldErrors: FieldErrors, narrowed = { committee: NO_NARROWING, agency: NO_NARROWING }) =>
    data({ values, fieldErrors, result: null as SearchResult | null, narrowed, page: 1 }, { status: 400 });
  const parsed = searchSchema.safeParse(values);
  if (!parsed.success) return refused(z.flattenError(parsed.error).fieldErrors);
  const f = parsed.data;
  const fieldErrors: FieldErrors = {};
  const narrowed = readSnapshot(() => ({
    committee: narrowTo(ctx, "committee", f.committee, f.committeeName, fieldErrors),
    agency: narrowTo(ctx, "agency", f.agency, f.agencyName, fieldErrors),
  }));
  if (Object.keys(fieldErrors).length > 0) return refused(fieldErrors, narrowed);
  // A name that matches several: the reader chooses one before anything is searched.
  const choosing = narrowed.committee.candidates.length > 0 || narrowed.agency.candidates.length > 0;
  const result = choosing
    ? null
    : search(ctx, {
        q: f.q,
        kind: f.kind,
        committeeId: narrowed.committee.chosen?.id ?? null,
        agencyId: narrowed.agency.chosen?.id ?? null,
        from: f.from,
        to: f.to,
        includeArchived: f.archived,
        page: f.page,
      });
  return { values, fieldErrors, result, narrowed, page: f.page };
}

export const meta: MetaFunction = (args) => pageTitle(args, "search.title");

export default function SearchPage() {
  const { values, fieldErrors, result, narrowed, page } = useLoaderData<typeof loader>();
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
        <SearchChoiceField
          name="committee"
          label={t("search.committee")}
          chosen={narrowed.committee.chosen}
          typed={values.committeeName}
          error={fieldErrors.committeeName?.[0]}
          removeHref={withParams({ committee: null, committeeName: null, page: null })}
        />
        <SearchChoiceField
          name="agency"
          label={t("search.agency")}
          chosen={narrowed.agency.chosen}
          typed={values.agencyName}
          error={fieldErrors.agencyName?.[0]}
          removeHref={withParams({ agency: null, agencyName: null, page: null })}
        />
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

      {(["committee", "agency"] as const).map((k) =>
        narrowed[k].candidates.length > 0 ? (
          <section key={k} aria-labelledby={`choose-${k}`} className="search-choose">
            <h2 id={`choose-${k}`}>{t(`search.choose.${k}`, { text: narrowed[k].typed ?? "" })}</h2>
            <ul>
              {narrowed[k].candidates.map((c) => (
                <li key={c.id}>
                  <Link to={withParams({ [k]: c.id, [`${k}Name`]: null, page: null })}>{choiceLabel(c)}</Link>
                </li>
              ))}
            </ul>
            {narrowed[k].more ? <p className="muted">{t("search.choose.more")}</p> : null}
          </section>
        ) : null,
      )}
      {!result ? (
        narrowed.committee.candidates.length > 0 || narrowed.agency.candidates.length > 0 ? null : <p className="muted">{t("search.prompt")}</p>
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
