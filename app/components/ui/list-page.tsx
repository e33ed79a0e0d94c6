// The parts every list page is made of (decision 050): the heading with its buttons, the GET filter
// form, the search box, the table with its empty state. Pagination (with the result count) is
// `./pagination`, a filter select `./filter-select`.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";

/** The page's h1 and, at its right, its buttons (a "New …" link shown only to who may create). */
export function PageHeading({ id, title, create, children }: { id: string; title: ReactNode; create?: { to: string; label: string } | false | null; children?: ReactNode }) {
  const newLink = create ? (
    <Link to={create.to} className="button button--primary">
      {create.label}
    </Link>
  ) : null;
  return (
    <div className="page-heading">
      <h1 id={id}>{title}</h1>
      {children ? (
        <div className="button-row">
          {children}
          {newLink}
        </div>
      ) : (
        newLink
      )}
    </div>
  );
}

/** A list's filters: a GET form (bookmarkable, works without JavaScript) and its submit button. */
export function ListFilters({ children, submit, landmark = true }: { children: ReactNode; submit?: string; landmark?: boolean }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="filters" role={landmark ? "search" : undefined}>
      {children}
      <button type="submit" className="button">
        {submit ?? t("common.filter")}
      </button>
    </Form>
  );
}

/** The free-text box of a list's filters (`q`). */
export function SearchField({ label, value, name = "q" }: { label: string; value: string | null | undefined; name?: string }) {
  return (
    <label>
      {label}
      <input type="search" name={name} defaultValue={value ?? ""} />
    </label>
  );
}

/** A checkbox of a list's filters (value "1"). */
export function FilterCheckbox({ label, name, checked }: { label: string; name: string; checked: boolean }) {
  return (
    <label className="checkbox">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} />
      {label}
    </label>
  );
}

export type Column = string | { label: string; className?: string };

/** A list's table (its header row, then the rows the page renders), or its empty state. */
export function ListTable({ columns, count, empty, emptyClassName, className = "data-table", scroll = true, children }: {
  columns: readonly Column[];
  count: number;
  empty: ReactNode;
  emptyClassName?: string;
  className?: string;
  scroll?: boolean;
  children: ReactNode;
}) {
  if (!count) return <EmptyState className={emptyClassName}>{empty}</EmptyState>;
  const table = (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((c) => {
            const { label, className: thClass } = typeof c === "string" ? { label: c, className: undefined } : c;
            return (
              <th key={label} scope="col" className={thClass}>
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}

/** What a list says when nothing matches. */
export function EmptyState({ className, children }: { className?: string; children: ReactNode }) {
  return <p className={className}>{children}</p>;
}
