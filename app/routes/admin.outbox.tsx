import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { FilterSelect } from "~/components/ui/filter-select";
import { ListFilters, ListTable } from "~/components/ui/list-page";
import { Pagination } from "~/components/ui/pagination";
import { NOTIFICATION_STATUSES, RETRYABLE_STATUSES } from "~/domain/notifications";
import { pageInfo } from "~/domain/paging";
import { smtpSettingsFromEnv } from "~/domain/smtp-settings";
import { isOneOf } from "~/domain/vocabulary";
import { parseWith, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { listOutbox, retryNotification } from "~/models/notification-inbox.server";
import { kindKey } from "~/models/notification-render.server";
import { requirePermission } from "~/permissions.server";
import { retrySchema } from "~/schemas/notifications";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { notificationStatusLabel } from "~/domain/labels";
import { readListSearch } from "~/schemas/list-search";
import { outboxListSearch } from "~/schemas/lists";

export const meta: MetaFunction = (args) => pageTitle(args, "notify.outbox.title");

// The administrators' outbox: every message, its state, attempts and last error. Administering
// users is what lets one read whom Relais writes to ("read:user:any").
export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "user");
  const { filters, paging } = readListSearch(request, outboxListSearch);
  const { rows, total, queued } = await listOutbox(ctx, filters, paging);
  return {
    rows: rows.map((r) => ({ ...r, kindLabel: kindKey(r.kind), retryable: isOneOf(RETRYABLE_STATUSES, r.status) })),
    queued,
    status: filters.status,
    smtpHost: smtpSettingsFromEnv(process.env)?.host ?? null,
    page: pageInfo(paging, total),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "update", "user");
  const parsed = parseWith(retrySchema, await readForm(request));
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  const back = `/admin/outbox${new URL(request.url).search}`;
  const retried = await retryNotification(user.id, parsed.data.id);
  return redirectWithFlash(request, back, retried ? { kind: "success", key: "notify.outbox.retried" } : { kind: "error", key: "notify.outbox.notRetryable" });
}

export default function OutboxPage() {
  const { rows, queued, status, smtpHost, page } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="outbox-title" className="stack">
      <h1 id="outbox-title">{t("notify.outbox.title")}</h1>
      <p className="lede">{t("notify.outbox.intro")}</p>
      <p className={smtpHost ? "muted" : "warnings"}>{smtpHost ? t("notify.outbox.smtp", { host: smtpHost }) : t("notify.outbox.noSmtp")}</p>
      {queued ? <p className="muted">{t("notify.outbox.queued", { count: queued })}</p> : null}
      <ListFilters landmark={false}>
        <FilterSelect label={t("notify.outbox.status")} name="status" value={status} options={NOTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`notify.status.${s}`) }))} />
      </ListFilters>
      <ListTable
        count={rows.length}
        empty={t("notify.outbox.empty")}
        emptyClassName="muted"
        columns={[t("notify.outbox.created"), t("notify.outbox.recipient"), t("notify.outbox.subject"), t("notify.outbox.status"), t("notify.outbox.attempts"), t("notify.outbox.error")]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="nowrap">{dateTime(r.createdAt)}</td>
            <td>
              {r.recipientName ? `${r.recipientName} ` : ""}
              {r.email ? <span className="nowrap">&lt;{r.email}&gt;</span> : <span className="muted">{r.user?.email} ({t("notify.outbox.inAppOnly")})</span>}
            </td>
            <td>
              <span className="muted">{t(r.kindLabel)}</span>
              <br />
              {r.subject ?? <span className="muted">—</span>}
            </td>
            <td>
              {notificationStatusLabel(t, r.status)}
              {r.sentAt ? <div className="muted">{dateTime(r.sentAt)}</div> : null}
              {r.status === "pending" && r.attempts > 0 ? <div className="muted">{t("notify.outbox.nextAttempt", { date: dateTime(r.nextAttemptAt) })}</div> : null}
            </td>
            <td>{r.attempts}</td>
            <td>
              {r.error ? <code className="error-text">{r.error}</code> : null}
              {r.retryable ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={r.id} />
                  <button type="submit" className="button button--quiet">
                    {t("notify.outbox.retry")}
                  </button>
                </Form>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination {...page} />
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
