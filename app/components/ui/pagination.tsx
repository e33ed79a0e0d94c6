import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

export type PageInfo = { page: number; pageSize: number; total: number };

/**
 * Previous/next links for a list. A page with several paginated lists gives each its own query
 * parameter (`param`), a name for its navigation landmark (`label`), and the id of its section
 * (`anchor`), so following a link lands back on that list.
 */
export function Pagination({ page, pageSize, total, param = "page", label, anchor }: PageInfo & { param?: string; label?: string; anchor?: string }) {
  const { t } = useI18n();
  const location = useLocation();
  if (total === 0) return <p className="muted">{t("pagination.empty")}</p>;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set(param, String(p));
    return `${location.pathname}?${params}${anchor ? `#${anchor}` : ""}`;
  };
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label ? t("pagination.labelOf", { list: label }) : t("pagination.label")} className="pagination">
      <span>{t("pagination.summary", { from, to, total })}</span>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : null}
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** One list's pages among several on a page, shown when it has more than one page; `name` is its query parameter and its section's id. */
export function SectionPages({ info, name, label }: { info?: PageInfo; name: string; label: string }) {
  return info && info.total > info.pageSize ? <Pagination {...info} param={name} anchor={name} label={label} /> : null;
}
