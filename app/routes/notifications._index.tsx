import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/pagination";
import { parseWith, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { kindKey } from "~/models/notification-render.server";
import { listMyNotifications, markAllRead, markRead } from "~/models/notification-inbox.server";
import { requireAccess } from "~/permissions.server";
import { markReadSchema } from "~/schemas/notifications";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { readListSearch } from "~/schemas/list-search";
import { notificationListSearch } from "~/schemas/lists";

export const meta: MetaFunction = (args) => pageTitle(args, "notify.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const { filters, paging } = readListSearch(request, notificationListSearch);
  const unreadOnly = filters.unread;
  const { rows, total } = await listMyNotifications(user.id, { unreadOnly }, paging);
  return {
    rows: rows.map((r) => ({ ...r, kindLabel: kindKey(r.kind) })),
    unreadOnly,
    page: { page: paging.page, pageSize: paging.pageSize, total },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const parsed = parseWith(markReadSchema, await readForm(request));
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  if (parsed.data.intent === "read-all") {
    await markAllRead(user.id);
    return redirectWithFlash(request, "/notifications", { kind: "success", key: "notify.list.allMarkedRead" });
  }
  if (!(await markRead(user.id, parsed.data.id))) throw new Response("Not Found", { status: 404 });
  return redirectWithFlash(request, "/notifications", { kind: "success", key: "notify.list.markedRead" });
}

export default function NotificationsPage() {
  const { rows, unreadOnly, page } = useLoaderData<typeof loader>();
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="notifications-title" className="stack">
      <div className="page-heading">
        <h1 id="notifications-title">{t("notify.list.title")}</h1>
        <Link to="/profile/notifications">{t("notify.list.choices")}</Link>
      </div>
      <div className="button-row">
        <Form method="get" className="inline-form">
          <label>
            <input type="checkbox" name="unread" value="1" defaultChecked={unreadOnly} /> {t("notify.list.unreadOnly")}
          </label>{" "}
          <button type="submit" className="button button--quiet">
            {t("common.filter")}
          </button>
        </Form>
        <Form method="post" className="inline-form">
          <button type="submit" name="intent" value="read-all" className="button">
            {t("notify.list.markAllRead")}
          </button>
        </Form>
      </div>
      {rows.length ? (
        <ul className="notification-list">
          {rows.map((n) => (
            <li key={n.id} className={n.readAt ? "notification" : "notification notification--unread"}>
              <p className="muted">
                {t(n.kindLabel)} · {dateTime(n.createdAt)}
                {n.readAt ? null : <span className="badge">{t("notify.list.unread")}</span>}
              </p>
              <h2 className="notification__subject">{n.link ? <Link to={n.link}>{n.subject}</Link> : n.subject}</h2>
              <p className="prose">{n.body}</p>
              {n.readAt ? null : (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" name="intent" value="read" className="button button--quiet">
                    {t("notify.list.markRead")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("notify.list.empty")}</p>
      )}
      <Pagination {...page} />
    </section>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
