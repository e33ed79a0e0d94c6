import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";

/** One card of "my work": a title with how many there are, the first rows, and a link to all. */
export function Card({
  id,
  title,
  total,
  more,
  children,
}: {
  id: string;
  title: string;
  total?: number;
  more?: { to: string; label: string } | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>
        {title} {total !== undefined ? <span className="count">({t("dashboard.count", { count: total })})</span> : null}
      </h2>
      {children}
      {more ? (
        <p className="card__more">
          <Link to={more.to}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}
