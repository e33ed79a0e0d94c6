import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { RecordHistory } from "~/components/record-history";
import { ComplianceBadge } from "~/components/reporting/compliance-badge";
import { ReportingNav } from "~/components/reporting/reporting-nav";
import { RuleSummary } from "~/components/reporting/rule-summary";
import { FormAlert, TextField } from "~/components/ui/field";
import { can } from "~/domain/access";
import { complianceOf } from "~/domain/compliance";
import { todayIn } from "~/domain/overdue";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, refuse, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { historyPageFrom, recordHistory } from "~/models/record-history.server";
import { classifiedObligation, createManualCycle, getObligation, obligationOwnership, obligationPage, setObligationArchived } from "~/models/reporting.server";
import { assertCan, assertVisible, notFound, requireAccess } from "~/permissions.server";
import { manualCycleSchema, obligationPageSchema, type ManualCycleInput } from "~/schemas/reporting";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/reporting.css";
import { pageTitle } from "~/i18n/page-title";
import { agencyLabel, confidentialityLabel, milestoneName, personName } from "~/domain/labels";
import { ArchiveButton } from "~/components/ui/record-page";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  assertCan(ctx, "read", "reporting");
  const now = new Date();
  const obligation = await obligationPage(params.obligationId ?? "", now);
  if (!obligation) throw notFound();
  assertVisible(ctx, "reportingObligation", classifiedObligation(obligation));
  const today = todayIn(now, user.timeZone ?? "UTC");
  const owner = obligationOwnership(obligation);
  return {
    obligation,
    cycles: obligation.deadlines.map((d) => ({ ...d, compliance: complianceOf(d, today) })),
    canUpdate: !obligation.archivedAt && can(ctx, "update", "reporting", owner),
    canArchive: can(ctx, "archive", "reporting", owner),
    history: await recordHistory(ctx, "reportingObligation", obligation.id, historyPageFrom(request)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const obligation = await getObligation(params.obligationId ?? "");
  if (!obligation) throw notFound();
  assertVisible(ctx, "reportingObligation", classifiedObligation(obligation));
  const parsed = parseWith(obligationPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const actor = { userId: user.id, personId: user.personId };
  const owner = obligationOwnership(obligation);
  switch (parsed.data.intent) {
    case "archive":
    case "restore": {
      assertCan(ctx, "archive", "reporting", owner);
      const archive = parsed.data.intent === "archive";
      if (Boolean(obligation.archivedAt) === archive) throw notFound();
      await setObligationArchived(actor, obligation.id, archive);
      return redirectWithFlash(request, `/reporting/${obligation.id}`, { kind: "success", key: archive ? "common.archivedDone" : "common.restoredDone" });
    }
    case "addCycle": {
      assertCan(ctx, "update", "reporting", owner);
      if (obligation.archivedAt) throw notFound();
      const created = await createManualCycle(actor, obligation.id, { cycle: parsed.data.cycle, dueDate: parsed.data.dueDate });
      if (!created) return refuse(parsed.values, { cycle: ["error.reporting.cycleExists"] });
      return redirectWithFlash(request, `/reporting/cycles/${created.id}`, { kind: "success", key: "reporting.cycleAdded" });
    }
  }
}

export default function ObligationPage() {
  const { obligation: o, cycles, canUpdate, canArchive, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date } = useI18n();
  const holders = o.leadPosition?.assignments.map((a) => `${personName(a.person)}${a.acting ? ` (${t("dashboard.acting")})` : ""}`) ?? [];
  return (
    <section aria-labelledby="obligation-title" className="stack">
      <div className="page-heading">
        <h1 id="obligation-title">{o.title}</h1>
        <div className="button-row">
          {canUpdate ? (
            <Link to={`/reporting/${o.id}/edit`} className="button">
              {t("common.edit")}
            </Link>
          ) : null}
          <ArchiveButton show={canArchive} archived={Boolean(o.archivedAt)} />
        </div>
      </div>
      <ReportingNav canCreate={false} />
      {o.archivedAt ? <p className="notice">{t("common.archived")}</p> : null}
      <dl className="facts">
        <dt>{t("reporting.field.instrument")}</dt>
        <dd>
          {o.instrument.code} — {o.instrument.name}
          {o.provision ? `, ${o.provision.reference}` : ""}
        </dd>
        <dt>{t("reporting.col.lead")}</dt>
        <dd>
          {o.leadPosition ? <Link to={`/positions/${o.leadPosition.id}`}>{o.leadPosition.title}</Link> : "—"}
          {o.leadAgency ? (
            <>
              {" "}
              (<Link to={`/agencies/${o.leadAgency.id}`}>{agencyLabel(o.leadAgency)}</Link>)
            </>
          ) : null}
          {holders.length ? <span className="muted"> · {holders.join(", ")}</span> : <span className="badge badge--danger">{t("reporting.vacant")}</span>}
        </dd>
        <dt>{t("reporting.col.rule")}</dt>
        <dd data-testid="rule">
          <RuleSummary rule={o} />
        </dd>
        <dt>{t("reporting.field.submissionAccess")}</dt>
        <dd>{t(o.submissionAccess === "public" ? "reporting.access.public" : "reporting.access.restricted")}</dd>
        <dt>{t("decision.field.confidentiality")}</dt>
        <dd>{confidentialityLabel(t, o.confidentiality)}</dd>
      </dl>
      {o.description ? <p>{o.description}</p> : null}

      <h2>{t("reporting.field.contributors")}</h2>
      {o.contributors.length ? (
        <ul className="plain-list">
          {o.contributors.map((c) => (
            <li key={c.id}>
              <Link to={`/agencies/${c.agency.id}`}>{agencyLabel(c.agency)}</Link>
              {c.position ? (
                <>
                  {" — "}
                  <Link to={`/positions/${c.position.id}`}>{c.position.title}</Link>
                </>
              ) : null}
              {c.contribution ? <span className="muted"> · {c.contribution}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("reporting.noContributors")}</p>
      )}

      {o.procedureNotes ? (
        <>
          <h2>{t("reporting.field.procedureNotes")}</h2>
          <p className="prewrap">{o.procedureNotes}</p>
        </>
      ) : null}

      <h2 id="cycles">{t("reporting.cycles.title")}</h2>
      {cycles.length ? (
        <table className="table" aria-labelledby="cycles">
          <thead>
            <tr>
              <th scope="col">{t("reporting.col.cycle")}</th>
              <th scope="col">{t("reporting.col.period")}</th>
              <th scope="col">{t("reporting.col.due")}</th>
              <th scope="col">{t("reporting.col.compliance")}</th>
              <th scope="col">{t("reporting.col.submission")}</th>
              <th scope="col">{t("reporting.col.milestones")}</th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/reporting/cycles/${c.id}`}>{c.cycle}</Link>
                </td>
                <td>{c.periodStart && c.periodEnd ? `${date(c.periodStart, "UTC")} – ${date(c.periodEnd, "UTC")}` : "—"}</td>
                <td>{date(c.dueDate, "UTC")}</td>
                <td>
                  <ComplianceBadge compliance={c.compliance} />
                </td>
                <td>
                  {c.submittedOn ? (
                    <>
                      {date(c.submittedOn, "UTC")}
                      {c.submissionReference ? <span className="muted"> · {c.submissionReference}</span> : null}
                      {c.nilReport ? <span className="badge">{t("reporting.nilReport")}</span> : null}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  <ul className="plain-list compact">
                    {c.milestones.map((m) => (
                      <li key={m.id}>
                        {milestoneName(t, m)} · {date(m.dueDate, "UTC")}
                        {m.ownerPosition ? <span className="muted"> · {m.ownerPosition.title}</span> : null}
                        {m.status !== "pending" ? <span className="badge">{t(`reporting.milestoneStatus.${m.status === "done" ? "done" : "skipped"}`)}</span> : null}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{o.ruleKind === "on_event" ? t("reporting.cycles.noneEvent") : t("reporting.cycles.none")}</p>
      )}
      {canUpdate && o.ruleKind === "on_event" ? <AddCycleForm failure={failure && "fieldErrors" in failure ? failure : undefined} /> : null}
      <RecordHistory history={history} />
    </section>
  );
}

function AddCycleForm({ failure }: { failure?: FormFailure }) {
  const { t } = useI18n();
  const initial: ManualCycleInput = { intent: "addCycle", cycle: "", dueDate: "" };
  const { onSubmit, field } = useValidatedForm(manualCycleSchema, {
    defaultValues: initial,
    failure,
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack form-grid" aria-labelledby="add-cycle-title">
      <h3 id="add-cycle-title">{t("reporting.cycles.add")}</h3>
      <p className="field__hint">{t("reporting.cycles.addHint")}</p>
      <FormAlert show={Boolean(failure)} />
      <TextField label={t("reporting.field.cycle")} {...field("cycle")} />
      <TextField label={t("reporting.col.due")} type="date" {...field("dueDate")} />
      <FormActions submitLabel={t("reporting.cycles.addSubmit")} intent="addCycle" keepEnabled />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data?.obligation.title);

export { ErrorBoundary } from "~/components/route-error-boundary";
