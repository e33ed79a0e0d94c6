// The audit log for those who may read it (read:audit): filters in the URL (a GET form that works
// without JavaScript), keyset pages, each event's changes field by field, CSV of the filtered log.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ChangeTable, useAuditActionLabel } from "~/components/record-history";
import { FilterSelect } from "~/components/ui/filter-select";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "~/domain/audit-log";
import type { FieldErrors } from "~/submissions/form-result";
import { useI18n } from "~/i18n/context";
import { isMessageKey } from "~/i18n/translate";
import { auditLogPage, type AuditLogPage } from "~/models/audit-log.server";
import { requirePermission } from "~/permissions.server";
import { AUDIT_FILTER_KEYS, auditFilterSchema, auditFilterValues } from "~/schemas/audit-log";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "audit");
  const values = auditFilterValues(request.url);
  const parsed = auditFilterSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
    return data({ values, fieldErrors, page: null as AuditLogPage | null }, { status: 400 });
  }
  const page = await auditLogPage(ctx, parsed.data, user.timeZone ?? "UTC");
  return { values, fieldErrors: {} as FieldErrors, page };
}

/** Kinds whose "id" is readable text (a page, an export, an address typed at sign-in): shown as such. */
const READABLE_IDS: ReadonlySet<string> = new Set(["request", "export", "signIn"]);

export const meta: MetaFunction = (args) => pageTitle(args, "audit.title");

/** The current filters without the page cursors, as a query string. */
function filterQuery(values: Record<string, string>, changes: Record<string, string | null> = {}) {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    if (key === "after" || key === "before") continue;
    const value = key in changes ? changes[key] : values[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(changes)) if ((key === "after" || key === "before") && value) params.set(key, value);
  return params.toString();
}

export default function AuditLogRoute() {
  const { values, fieldErrors, page } = useLoaderData<typeof loader>();
  const { t, tr, dateTime } = useI18n();
  const actionLabel = useAuditActionLabel();
  const entityLabel = (entity: string) => {
    const key = `auditEntity.${entity}`;
    return isMessageKey(key) ? t(key) : entity;
  };
  const error = (name: string) => {
    const message = fieldErrors[name]?.[0];
    return message ? (
      <span className="field__error" id={`audit-${name}-error`}>
        {tr(message)}
      </span>
    ) : null;
  };
  const invalid = (name: string) => (fieldErrors[name] ? { "aria-invalid": true, "aria-describedby": `audit-${name}-error` } : {});
  const query = filterQuery(values);

  return (
    <section aria-labelledby="audit-title" className="audit-log">
      <div className="page-heading">
        <h1 id="audit-title">{t("audit.title")}</h1>
        <div className="button-row">
          <a href={`/admin/audit.csv${query ? `?${query}` : ""}`} className="button" download>
            {t("audit.export")}
          </a>
        </div>
      </div>
      <p className="lede">{t("audit.lede")}</p>
      <Form method="get" action="/admin/audit" className="filters" aria-label={t("audit.filters")}>
        <label>
          {t("audit.actor")}
          <input type="email" name="actor" defaultValue={values.actor ?? ""} maxLength={254} {...invalid("actor")} />
          {error("actor")}
        </label>
        <FilterSelect label={t("audit.entity")} name="entity" value={values.entity} options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))} />
        <FilterSelect label={t("audit.action")} name="action" value={values.action} options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))} />
        <label>
          {t("audit.record")}
          <input type="text" name="record" defaultValue={values.record ?? ""} maxLength={300} {...invalid("record")} />
          {error("record")}
        </label>
        <label>
          {t("audit.from")}
          <input type="date" name="from" defaultValue={values.from ?? ""} {...invalid("from")} />
          {error("from")}
        </label>
        <label>
          {t("audit.to")}
          <input type="date" name="to" defaultValue={values.to ?? ""} {...invalid("to")} />
          {error("to")}
        </label>
        <button type="submit" className="button button--primary">
          {t("audit.apply")}
        </button>
        <Link to="/admin/audit" className="button button--quiet">
          {t("audit.reset")}
        </Link>
        {error("entity")}
        {error("action")}
        {error("after")}
        {error("before")}
      </Form>

      {!page ? null : page.entries.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table audit-log__table">
            <thead>
              <tr>
                <th scope="col">{t("audit.col.at")}</th>
                <th scope="col">{t("audit.col.actor")}</th>
                <th scope="col">{t("audit.col.action")}</th>
                <th scope="col">{t("audit.col.record")}</th>
                <th scope="col">{t("audit.col.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{dateTime(entry.at)}</time>
                  </td>
                  <td>
                    {entry.actor ? (
                      <Link to={`/admin/audit?${filterQuery(values, { actor: entry.actor.email })}`} title={t("audit.actorEvents", { name: entry.actor.name })}>
                        {entry.actor.name}
                      </Link>
                    ) : (
                      <span className="muted">{t("audit.bySystem")}</span>
                    )}
                  </td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>
                    {entityLabel(entry.entity)}
                    {entry.visible && entry.entityId && READABLE_IDS.has(entry.entity) ? (
                      <>
                        <br />
                        <code>{entry.entityId}</code>
                      </>
                    ) : null}
                    {entry.visible && entry.entityId ? (
                      <>
                        <br />
                        <Link to={`/admin/audit?${filterQuery({}, { entity: entry.entity, record: entry.entityId })}`}>{t("audit.recordEvents")}</Link>
                        {entry.href ? (
                          <>
                            <br />
                            <Link to={entry.href}>{t("audit.openRecord")}</Link>
                          </>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                  <td>
                    {!entry.visible ? (
                      <em className="muted">{t("audit.withheld")}</em>
                    ) : entry.changes.length === 0 ? (
                      <span className="muted">{t("audit.noField")}</span>
                    ) : (
                      <details>
                        <summary>{t("audit.showChanges", { count: entry.changes.length })}</summary>
                        <ChangeTable changes={entry.changes} />
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && (page.newer || page.older) ? (
        <nav aria-label={t("pagination.label")} className="pagination">
          {page.newer ? (
            <>
              <Link to={`/admin/audit${query ? `?${query}` : ""}`}>{t("audit.newest")}</Link>
              <Link to={`/admin/audit?${filterQuery(values, { before: page.newer })}`} rel="prev">
                {t("audit.newer")}
              </Link>
            </>
          ) : null}
          {page.older ? (
            <Link to={`/admin/audit?${filterQuery(values, { after: page.older })}`} rel="next">
              {t("audit.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
