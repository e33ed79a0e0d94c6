import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DossierView } from "~/components/handovers/dossier-view";
import { HandoverHeader } from "~/components/handovers/handover-header";
import { NotesView } from "~/components/handovers/notes-view";
import { RecordHistory } from "~/components/record-history";
import { FormAlert } from "~/components/ui/field";
import { parseWith, refuse, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { handoverForReader, handoverView } from "~/models/handover-access.server";
import { acknowledgeHandover } from "~/models/handover.server";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { forbidden, requirePermission } from "~/permissions.server";
import { acknowledgeSchema } from "~/schemas/handover";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/handovers.css";
import { pageTitle } from "~/i18n/page-title";
import { accountName } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "handover");
  const view = await handoverView(ctx, params.handoverId, new URL(request.url).searchParams);
  return { ...view, history: await recordHistory(ctx, "handover", view.handover.id, historyPageFrom(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "handover");
  const { can } = await handoverForReader(ctx, params.handoverId);
  const parsed = parseWith(acknowledgeSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (!can.acknowledge) throw forbidden();
  const id = params.handoverId ?? "";
  const result = await acknowledgeHandover(user.id, id, parsed.data.version);
  if (!result.ok) return refuse(parsed.values, {}, [result.error]);
  return redirectWithFlash(request, `/handovers/${id}`, { kind: "success", key: "handover.acknowledged" });
}

export default function HandoverPage() {
  const { handover, displayStatus, can, version, draft, dossier, notes, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, dateTime } = useI18n();
  const latest = handover.versions[0] ?? null;
  const who = (u: { email: string; person: { givenName: string; familyName: string } | null } | null) => (u ? accountName(u) : "");
  return (
    <article aria-labelledby="handover-title">
      <HandoverHeader handover={handover} status={displayStatus}>
        <div className="button-row">
          {can.write ? (
            <Link to="edit" className="button button--primary">
              {handover.versions.length ? t("handover.edit") : t("handover.write")}
            </Link>
          ) : null}
          <Link to={`print${version ? `?v=${version.number}` : ""}`} className="button">
            {t("handover.print")}
          </Link>
          <Link to={`/positions/${handover.position.id}#changes`} className="button">
            {t("handover.whatChanged")}
          </Link>
        </div>
      </HandoverHeader>

      {latest?.acknowledgedAt ? (
        <p className="ack-box">
          {t("handover.acknowledgedBy", { version: latest.number, name: who(latest.acknowledgedBy), date: dateTime(latest.acknowledgedAt) })}
        </p>
      ) : latest ? (
        <div className="ack-box ack-box--waiting">
          <p>{t("handover.waitingAck", { version: latest.number, date: dateTime(latest.submittedAt) })}</p>
          {can.acknowledge ? (
            <Form method="post">
              <FormAlert show={Boolean(failure)} extra={failure?.formErrors} />
              <input type="hidden" name="intent" value="acknowledge" />
              <input type="hidden" name="version" value={latest.number} />
              <p className="small">{t("handover.ackExplain")}</p>
              <button type="submit" className="button button--primary">
                {t("handover.acknowledge", { version: latest.number })}
              </button>
            </Form>
          ) : null}
        </div>
      ) : (
        <p className="ack-box ack-box--waiting">{t("handover.notSubmitted")}</p>
      )}

      {handover.versions.length ? (
        <section aria-labelledby="versions-title" className="no-print">
          <h2 id="versions-title">{t("handover.versions")}</h2>
          <ul className="version-list">
            {handover.versions.map((v) => (
              <li key={v.id}>
                {version?.number === v.number ? <strong>{t("handover.versionN", { number: v.number })}</strong> : <Link to={`?v=${v.number}`}>{t("handover.versionN", { number: v.number })}</Link>}{" "}
                <span className="muted small">
                  · {t("handover.submittedOn", { date: dateTime(v.submittedAt), name: who(v.submittedBy) })}
                  {v.acknowledgedAt ? ` · ${t("handover.ackOn", { date: dateTime(v.acknowledgedAt), name: who(v.acknowledgedBy) })}` : ` · ${t("handover.notAcknowledged")}`}
                </span>
              </li>
            ))}
            {handover.draftChanged && can.write ? (
              <li>{draft ? <strong>{t("handover.workingDraft")}</strong> : <Link to="?draft=1">{t("handover.workingDraft")}</Link>}</li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <p className="muted small">{version ? t("handover.showingVersion", { number: version.number }) : t("handover.showingDraft")}</p>
      <div className="handover-layout">
        <NotesView notes={notes} />
        {dossier ? <DossierView dossier={dossier} frozen={Boolean(version)} /> : <p className="muted">{t("dossier.unreadable")}</p>}
      </div>
      <RecordHistory history={history} />
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("handover.title", { post: data.handover.position.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
