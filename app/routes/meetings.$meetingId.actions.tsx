// During a meeting: the committee's open actions ("matters arising"), updated several at once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { BulkUpdateForm } from "~/components/actions/bulk-update-form";
import { workLinks } from "~/styles/work-links";
import { Pagination } from "~/components/ui/pagination";
import { can, canSee } from "~/domain/access";
import { parseNestedWith } from "~/submissions/nested-rows.server";
import { readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import {
  ActionUpdateRefused,
  actionsToUpdate,
  classified,
  meetingForActions,
  ownership,
  recordStatusUpdates,
} from "~/models/action.server";
import { listCommitteeOpenActions } from "~/models/action-list.server";
import { assertCan, forbidden, notFound, requireAccess } from "~/permissions.server";
import { bulkUpdateSchema } from "~/schemas/action";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { readListSearch } from "~/schemas/list-search";
import { pageOnlySearch } from "~/schemas/lists";

export const links = workLinks;

const PAGE_SIZE = 50;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  assertCan(ctx, "update", "action");
  const meeting = await meetingForActions(ctx, params.meetingId ?? "");
  if (!meeting) throw notFound();
  const { paging } = readListSearch(request, pageOnlySearch, PAGE_SIZE);
  const now = new Date();
  const { rows, total } = await listCommitteeOpenActions(ctx, meeting.committeeId, paging, now);
  return {
    meeting,
    rows: rows.map((r) => ({ ...r, canUpdate: can(ctx, "update", "action", ownership(r)) })),
    now: now.toISOString(),
    page: { page: paging.page, pageSize: paging.pageSize, total },
    canCreate: can(ctx, "create", "action"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  assertCan(ctx, "update", "action");
  const meeting = await meetingForActions(ctx, params.meetingId ?? "");
  if (!meeting) throw notFound();
  const parsed = parseNestedWith(bulkUpdateSchema, await readForm(request), ["rows"]);
  if (!parsed.ok) return refused(parsed);
  // Rows left as they were (same status, no note) are not updates.
  const changed = parsed.data.rows.flatMap((row, index) => (row.status !== row.was || row.note ? [{ ...row, index }] : []));
  if (!changed.length) return refuse(parsed.values, {}, ["action.bulk.nothingChanged"]);
  const targets = new Map((await actionsToUpdate(changed.map((r) => r.id))).map((a) => [a.id, a]));
  for (const row of changed) {
    const target = targets.get(row.id);
    // Only this committee's actions, that the reader may see and change.
    if (!target || target.committeeId !== meeting.committeeId || !canSee(ctx, "action", classified(target))) throw notFound();
    if (!can(ctx, "update", "action", ownership(target))) throw forbidden();
  }
  try {
    await recordStatusUpdates(
      { userId: user.id, personId: user.personId },
      changed.map(({ id, status, note }) => ({ id, status, note })),
    );
  } catch (error) {
    if (!(error instanceof ActionUpdateRefused)) throw error;
    const errors: Record<string, string[]> = {};
    for (const problem of error.problems) {
      const row = changed.find((r) => r.id === problem.id);
      if (row) (errors[`rows.${row.index}.note`] ??= []).push(problem.message);
    }
    return refuse(parsed.values, errors);
  }
  return redirectWithFlash(request, `/meetings/${meeting.id}/actions`, { kind: "success", key: "action.bulk.saved" });
}

export default function MeetingActionsPage() {
  const { meeting, rows, now, page, canCreate } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="bulk-title">
      <h1 id="bulk-title">{t("action.bulk.title")}</h1>
      <p className="lede">
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link> — {meeting.committee.shortName ?? meeting.committee.name},{" "}
        {dateTime(meeting.startsAt, meeting.timeZone)}
      </p>
      <p>{t("action.bulk.intro")}</p>
      {rows.length ? <BulkUpdateForm key={rows.map((r) => `${r.id}:${r.status}`).join()} rows={rows} now={now} failure={failure} /> : <p className="muted">{t("action.bulk.empty")}</p>}
      <Pagination {...page} />
      {canCreate ? (
        <p>
          <Link to={`/actions/new?meetingId=${meeting.id}`}>{t("action.bulk.addAction")}</Link>
        </p>
      ) : null}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("action.bulk.title"), data?.meeting.title]);

export { ErrorBoundary } from "~/components/route-error-boundary";
