// The parts every record page is made of (an agency, a committee, a decision, an action …): the
// heading is `PageHeading` from `./list-page`; these are its buttons and the record's facts.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";

/** The record's Edit button (its edit form), for who may edit. */
export function EditLink({ show, to = "edit" }: { show: boolean; to?: string }) {
  const { t } = useI18n();
  return show ? (
    <Link to={to} className="button">
      {t("common.edit")}
    </Link>
  ) : null;
}

/** Archive, or restore an archived record: a POST to the page with intent "archive" / "restore". */
export function ArchiveButton({ show, archived }: { show: boolean; archived: boolean }) {
  const { t } = useI18n();
  return show ? (
    <Form method="post">
      <button type="submit" name="intent" value={archived ? "restore" : "archive"} className="button button--quiet">
        {archived ? t("common.restore") : t("common.archive")}
      </button>
    </Form>
  ) : null;
}

/** The "Archived" badge under the heading of an archived record. */
export function ArchivedBadge({ archived }: { archived: boolean }) {
  const { t } = useI18n();
  return archived ? <p className="badge">{t("common.archived")}</p> : null;
}

/** One fact of a record's `<dl className="facts">`; nothing at all when its value is empty. */
export function Fact({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
