import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { ComplianceBadge } from "~/components/reporting/compliance-badge";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { FormActions } from "~/components/ui/form-actions";
import { can, type AccessContext } from "~/domain/access";
import { complianceOf } from "~/domain/compliance";
import { todayIn } from "~/domain/overdue";
import { isOneOf, MILESTONE_STATUSES, SUBMISSION_ACCESS } from "~/domain/vocabulary";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { getDeadline, recordSubmission, setMilestoneStatus, type DeadlinePage } from "~/models/reporting-deadline.server";
import { classifiedObligation, obligationOwnership } from "~/models/reporting.server";
import { assertCan, assertVisible, forbidden, notFound, requireAccess } from "~/permissions.server";
import { toIsoDate } from "~/domain/calendar-date";
import { cyclePageSchema, submissionSchema, type SubmissionInput } from "~/schemas/reporting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, milestoneName, personName } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

async function visibleDeadline(ctx: AccessContext, id: string, now: Date) {
  assertCan(ctx, "read", "reporting");
  const deadline = await getDeadline(id, now);
  if (!deadline || deadline.archivedAt) throw notFound();
  assertVisible(ctx, "reportingObligation", classifiedObligation(deadline.obligation));
  return deadline;
}

/** A milestone's status is changed by its owner post's agency, or by whoever may update the obligation. */
function canUpdateMilestone(ctx: AccessContext, deadline: DeadlinePage, m: DeadlinePage["milestones"][number]) {
  return (
    can(ctx, "update", "reporting", obligationOwnership(deadline.obligation)) ||
    (m.ownerPosition !== null && can(ctx, "update", "reporting", { positionId: m.ownerPosition.id, agencyId: m.ownerPosition.agencyId }))
  );
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const now = new Date();
  const deadline = await visibleDeadline(ctx, params.deadlineId ?? "", now);
  const open = !deadline.obligation.archivedAt;
  return {
    deadline,
    compliance: complianceOf(deadline, todayIn(now, user.timeZone ?? "UTC")),
    canSubmit: open && can(ctx, "update", "reporting", obligationOwnership(deadline.obligation)),
    editable: deadline.milestones.filter((m) => open && canUpdateMilestone(ctx, deadline, m)).map((m) => m.id),
    recorder: user.displayName,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const deadline = await visibleDeadline(ctx, params.deadlineId ?? "", new Date());
  if (deadline.obligation.archivedAt) throw notFound();
  const parsed = parseWith(cyclePageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const actor = { userId: user.id, personId: user.personId };
  if (parsed.data.intent === "submit") {
    assertCan(ctx, "update", "reporting", obligationOwnership(deadline.obligation));
    await recordSubmission(actor, deadline, parsed.data);
    return redirectWithFlash(request, `/reporting/cycles/${deadline.id}`, { kind: "success", key: "reporting.submitted" });
  }
  const { milestoneId, status } = parsed.data;
  const milestone = deadline.milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw notFound();
  if (!canUpdateMilestone(ctx, deadline, milestone)) throw forbidden();
  await setMilestoneStatus(actor, milestone.id, status);
  return redirectWithFlash(request, `/reporting/cycles/${deadline.id}`, { kind: "success", key: "common.saved" });
}

export default function CyclePage() {
  const { deadline: d, compliance, canSubmit, editable, recorder } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date } = useI18n();
  const o = d.obligation;
  return (
    <section aria-labelledby="cycle-title" className="stack">
      <h1 id="cycle-title">
        {o.title} — {d.cycle}
      </h1>
      <ReportingNav canCreate={false} />
      <p>
        <Link to={`/reporting/${o.id}`}>{t("reporting.cycle.backToObligation")}</Link>
      </p>
      <dl className="facts">
        <dt>{t("reporting.col.period")}</dt>
        <dd>{d.periodStart && d.periodEnd ? `${date(d.periodStart, "UTC")} – ${date(d.periodEnd, "UTC")}` : "—"}</dd>
        <dt>{t("reporting.col.due")}</dt>
        <dd>{date(d.dueDate, "UTC")}</dd>
        <dt>{t("reporting.col.compliance")}</dt>
        <dd data-testid="compliance">
          <ComplianceBadge compliance={compliance} />
        </dd>
        {d.submittedOn ? (
          <>
            <dt>{t("reporting.col.submission")}</dt>
            <dd data-testid="submission">
              {t("reporting.cycle.submittedOn", { date: date(d.submittedOn, "UTC"), who: d.submittedBy ?? "—" })}
              {d.submissionReference ? ` · ${d.submissionReference}` : ""}
              {d.submissionAccess ? ` · ${t(d.submissionAccess === "public" ? "reporting.access.public" : "reporting.access.restricted")}` : ""}
              {d.nilReport ? ` · ${t("reporting.nilReport")}` : ""}
            </dd>
          </>
        ) : null}
      </dl>

      <h2 id="milestones-title">{t("reporting.col.milestones")}</h2>
      <table className="table" aria-labelledby="milestones-title">
        <thead>
          <tr>
            <th scope="col">{t("reporting.col.milestone")}</th>
            <th scope="col">{t("reporting.col.due")}</th>
            <th scope="col">{t("reporting.col.owner")}</th>
            <th scope="col">{t("reporting.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {d.milestones.map((m) => (
            <tr key={m.id}>
              <td>{milestoneName(t, m)}</td>
              <td>{date(m.dueDate, "UTC")}</td>
              <td>
                {m.ownerPosition ? (
                  <>
                    <Link to={`/positions/${m.ownerPosition.id}`}>{m.ownerPosition.title}</Link> ({agencyLabel(m.ownerPosition.agency)})
                    {m.ownerPosition.assignments.length ? (
                      <span className="muted"> · {m.ownerPosition.assignments.map((a) => personName(a.person)).join(", ")}</span>
                    ) : (
                      <span className="badge badge--danger">{t("reporting.vacant")}</span>
                    )}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>
                {editable.includes(m.id) ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="milestoneId" value={m.id} />
                    <label className="visually-hidden" htmlFor={`status-${m.id}`}>
                      {t("reporting.col.status")}
                    </label>
                    <select id={`status-${m.id}`} name="status" defaultValue={m.status}>
                      {MILESTONE_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`reporting.milestoneStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" name="intent" value="milestone" className="button button--quiet">
                      {t("common.save")}
                    </button>
                  </Form>
                ) : (
                  t(`reporting.milestoneStatus.${isOneOf(MILESTONE_STATUSES, m.status) ? m.status : "pending"}`)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {canSubmit ? (
        <SubmissionForm
          key={d.submittedOn ? "recorded" : "open"}
          initial={{
            intent: "submit",
            submittedOn: toIsoDate(d.submittedOn),
            submissionReference: d.submissionReference ?? "",
            submittedBy: d.submittedBy ?? recorder,
            submissionAccess: d.submissionAccess ?? o.submissionAccess,
            nilReport: d.nilReport ? "yes" : "no",
          }}
          failure={failure && "fieldErrors" in failure ? failure : undefined}
          recorded={Boolean(d.submittedOn)}
        />
      ) : null}
    </section>
  );
}

function SubmissionForm({ initial, failure, recorded }: { initial: SubmissionInput; failure?: FormFailure; recorded: boolean }) {
  const { t } = useI18n();
  const { onSubmit, field, input, alert } = useValidatedForm(submissionSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid" aria-labelledby="submission-title">
      <h2 id="submission-title">{recorded ? t("reporting.cycle.correctSubmission") : t("reporting.cycle.recordSubmission")}</h2>
      <FormAlert {...alert} />
      <input type="hidden" {...input("intent")} />
      <TextField label={t("reporting.field.submittedOn")} type="date" {...field("submittedOn")} />
      <TextField label={t("reporting.field.submissionReference")} hint={t("reporting.field.submissionReferenceHint")} {...field("submissionReference")} />
      <TextField label={t("reporting.field.submittedBy")} {...field("submittedBy")} />
      <SelectField
        label={t("reporting.field.submissionAccess")}
        options={SUBMISSION_ACCESS.map((a) => ({ value: a, label: t(`reporting.access.${a}`) }))}
        {...field("submissionAccess")}
      />
      <SelectField
        label={t("reporting.field.nilReport")}
        options={[
          { value: "no", label: t("reporting.nil.no") },
          { value: "yes", label: t("reporting.nil.yes") },
        ]}
        {...field("nilReport")}
      />
      <FormActions submitLabel={t("reporting.cycle.saveSubmission")} cancelTo="." />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && `${data.deadline.obligation.title} — ${data.deadline.cycle}`);

export { ErrorBoundary } from "~/components/route-error-boundary";
