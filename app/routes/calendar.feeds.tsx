import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { MeetingsNav } from "~/components/meetings/meetings-nav";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { can } from "~/domain/access";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { createFeedToken, listFeedTokens, revokeFeedToken } from "~/models/calendar-feed.server";
import { committeeOptions } from "~/models/committee.server";
import { notFound, requirePermission } from "~/permissions.server";
import { createFeedSchema, feedPageSchema, type CreateFeedInput } from "~/schemas/calendar-feed";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = (args) => pageTitle(args, "feed.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx, user } = await requirePermission(request, "read", "meeting");
  const [feeds, committees] = await Promise.all([listFeedTokens(user.id), committeeOptions(ctx)]);
  const committeeId = new URL(request.url).searchParams.get("committeeId") ?? "";
  return { feeds, committees, committeeId, canCreate: can(ctx, "create", "meeting") };
}

export async function action({ request }: ActionFunctionArgs) {
  const { ctx, user } = await requirePermission(request, "read", "meeting");
  const parsed = parseWith(feedPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent === "revoke") {
    if (!(await revokeFeedToken(user.id, parsed.data.tokenId))) throw notFound();
    return redirectWithFlash(request, "/calendar/feeds", { kind: "success", key: "feed.revoked" });
  }
  const feed = parsed.data;
  if (feed.scope === "committee" && !(await committeeOptions(ctx)).some((c) => c.id === feed.committeeId)) {
    return refuse(parsed.values, { committeeId: ["committee.error.committeeMissing"] });
  }
  const created = await createFeedToken(user.id, feed);
  // The address is shown this once: only the token's hash is kept.
  const url = `${new URL(request.url).origin}/feeds/${created.token}.ics`;
  return data({ ok: true as const, url });
}

export default function FeedsPage() {
  const { feeds, committees, committeeId, canCreate } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, date } = useI18n();
  const created = result && "url" in result ? result.url : null;
  const failure = result && "fieldErrors" in result ? result : undefined;
  return (
    <section aria-labelledby="feeds-title" className="stack">
      <h1 id="feeds-title">{t("feed.title")}</h1>
      <MeetingsNav canCreate={canCreate} />
      <p className="lede">{t("feed.intro")}</p>
      {created ? (
        <div className="flash flash--success" role="status">
          <p>{t("feed.created")}</p>
          <p>
            <code data-testid="feed-url">{created}</code>
          </p>
        </div>
      ) : null}
      <h2>{t("feed.yours")}</h2>
      {feeds.length ? (
        <ul className="plain-list">
          {feeds.map((f) => (
            <li key={f.id}>
              <Form method="post" className="button-row">
                <span>
                  <strong>{f.label ?? (f.scope === "committee" ? (f.committee?.shortName ?? f.committee?.name) : t(scopeKey(f.scope)))}</strong>{" "}
                  <span className="muted">
                    {t(scopeKey(f.scope))} · {t("feed.createdOn", { date: date(f.createdAt) })}
                    {f.revokedAt ? ` · ${t("feed.revokedOn", { date: date(f.revokedAt) })}` : ""}
                  </span>
                </span>
                {f.revokedAt ? null : (
                  <>
                    <input type="hidden" name="tokenId" value={f.id} />
                    <button type="submit" name="intent" value="revoke" className="button button--quiet">
                      {t("feed.revoke")}
                    </button>
                  </>
                )}
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("feed.none")}</p>
      )}
      <h2>{t("feed.new")}</h2>
      <NewFeedForm key={feeds.length} committees={committees} committeeId={committeeId} failure={failure} />
    </section>
  );
}

/** What a feed holds: a reporting token (made on the reporting calendar) is neither a person's nor a committee's meetings. */
function scopeKey(scope: string) {
  return scope === "committee" ? "feed.scope.committee" : scope === "reporting" ? "feed.scope.reporting" : "feed.scope.person";
}

function NewFeedForm({ committees, committeeId, failure }: { committees: { id: string; name: string; shortName: string | null }[]; committeeId: string; failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: CreateFeedInput = { intent: "create", scope: committeeId ? "committee" : "person", committeeId, label: "" };
  const { onSubmit, field, radio, alert } = useValidatedForm(createFeedSchema, { defaultValues: initial, failure });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <fieldset className="field-group">
        <legend>{t("feed.field.scope")}</legend>
        <div className="radio-row">
          <label>
            <input type="radio" {...radio("scope", "person")} /> {t("feed.scope.person")}
          </label>
          <label>
            <input type="radio" {...radio("scope", "committee")} /> {t("feed.scope.committee")}
          </label>
        </div>
      </fieldset>
      <SelectField
        label={t("meeting.field.committee")}
        optional
        hint={t("feed.field.committeeHint")}
        options={[{ value: "", label: t("meeting.field.chooseCommittee") }, ...committees.map((c) => ({ value: c.id, label: c.shortName ? `${c.name} (${c.shortName})` : c.name }))]}
        {...field("committeeId")}
      />
      <TextField label={t("feed.field.label")} optional {...field("label")} />
      <FormActions submitLabel={t("feed.create")} intent="create" />
    </Form>
  );
}

export { ErrorBoundary } from "~/components/route-error-boundary";
