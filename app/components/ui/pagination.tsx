import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

export type PageInfo = { page: number; pageSize: number; total: number };

export function Pagination({ page, pageSize, total }: PageInfo) {
  const { t } = useI18n();
  const location = useLocation();
  if (total === 0) return <p className="muted">{t("pagination.empty")}</p>;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(p));
    return `${location.pathname}?${params}`;
  };
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
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
