import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { FormAlert, TextField } from "~/components/ui/field";
import { Pagination } from "~/components/ui/pagination";
import { hasRole } from "~/domain/access";
import { followsRotation } from "~/domain/handover-rules";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import type { RotationSection } from "~/domain/rotation-risk";
import { loadRotationRisk, saveRotationThresholds } from "~/models/rotation-risk.server";
import { forbidden, requireAccess } from "~/permissions.server";
import { rotationSettingsSchema, type RotationSettingsInput } from "~/schemas/handover";
import { readListSearch } from "~/schemas/list-search";
import { rotationRiskSearch } from "~/schemas/lists";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/handovers.css";
import { pageTitle } from "~/i18n/page-title";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

type Section = RotationSection;
/** Rows per section on the overview; ?section=… pages through one section. */
const PREVIEW = 10;

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  if (!followsRotation(ctx)) throw forbidden();
  const { filters: { section }, paging } = readListSearch(request, rotationRiskSearch);
  // Only the rows shown are named: ten per section on the overview, a page of the one asked for.
  const cut = <T,>(rows: T[], name: Section) => (section === name ? rows.slice(paging.skip, paging.skip + paging.take) : section ? [] : rows.slice(0, PREVIEW));
  const risk = await loadRotationRisk(ctx, undefined, cut);
  return {
    section,
    page: { page: paging.page, pageSize: paging.pageSize },
    thresholds: risk.thresholds,
    canConfigure: hasRole(ctx, "admin"),
    totals: risk.totals,
    leaving: risk.leaving,
    uncovered: risk.uncovered,
    concentration: risk.concentration,
    waiting: risk.waiting,
    longActing: risk.longActing,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  if (!hasRole(ctx, "admin")) throw forbidden();
  const parsed = parseWith(rotationSettingsSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  await saveRotationThresholds(user.id, parsed.data);
  return redirectWithFlash(request, "/rotation-risk", { kind: "success", key: "rotation.settingsSaved" });
}

export default function RotationRiskPage() {
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date } = useI18n();
  const { section, totals, thresholds } = data;
  const block = (name: Section, children: ReactNode) =>
    section && section !== name ? null : (
      <section aria-labelledby={`${name}-title`} id={name} className="risk-section card">
        <h2 id={`${name}-title`}>
          {t(`rotation.section.${name}`)} <span className="count">({totals[name]})</span>
        </h2>
        <p className="muted small">{t(`rotation.explain.${name}`, { ...thresholds })}</p>
        {totals[name] ? children : <p className="muted">{t("rotation.none")}</p>}
        {section === name ? (
          <Pagination page={data.page.page} pageSize={data.page.pageSize} total={totals[name]} />
        ) : totals[name] > PREVIEW ? (
          <p className="card__more">
            <Link to={`?section=${name}`}>{t("rotation.seeAll", { count: totals[name] })}</Link>
          </p>
        ) : null}
      </section>
    );
  const post = (p: { id: string; title: string; agency: string }) => (
    <>
      <Link to={`/positions/${p.id}`}>{p.title}</Link> <span className="muted">({p.agency})</span>
    </>
  );
  const person = (p: { id: string; name: string } | null) => (p ? <Link to={`/people/${p.id}`}>{p.name}</Link> : <span className="muted">—</span>);
  return (
    <div aria-labelledby="rotation-title">
      <div className="page-heading">
        <div>
          <h1 id="rotation-title">{t("rotation.title")}</h1>
          <p className="lede">{t("rotation.lede")}</p>
        </div>
        {section ? (
          <div className="button-row">
            <Link to="/rotation-risk" className="button">
              {t("rotation.allSections")}
            </Link>
          </div>
        ) : null}
      </div>
      {block(
        "leaving",
        <ul className="plain-list">
          {data.leaving.map((l) => (
            <li key={l.assignmentId}>
              {post(l.post)} — {person(l.person)} · {t("rotation.leavesOn", { date: date(l.leavingOn, "UTC") })}
              {!l.handoverStarted ? <span className="badge badge--danger">{t("rotation.noHandover")}</span> : null}
              {!l.successorNamed ? <span className="badge badge--danger">{t("rotation.noSuccessor")}</span> : null}
            </li>
          ))}
        </ul>,
      )}
      {block(
        "uncovered",
        <ul className="plain-list">
          {data.uncovered.map((u) => (
            <li key={u.responsibilityId}>
              <Link to={`/responsibilities/${u.responsibilityId}`}>{u.responsibility.title}</Link> <span className="badge">{t(`rotation.reason.${u.reason}`)}</span>
              <div className="small">
                {u.posts.map((p, i) => (
                  <span key={p.id}>
                    {i ? " · " : ""}
                    {post(p)}
                  </span>
                ))}
              </div>
            </li>
          ))}
        </ul>,
      )}
      {block(
        "concentration",
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("rotation.col.person")}</th>
              <th scope="col">{t("rotation.col.responsibilities")}</th>
              <th scope="col">{t("rotation.col.actions")}</th>
              <th scope="col">{t("rotation.col.milestones")}</th>
            </tr>
          </thead>
          <tbody>
            {data.concentration.map((c) => (
              <tr key={c.personId}>
                <td>{person(c.person)}</td>
                <td className={c.over.includes("responsibilities") ? "is-over" : undefined}>{c.responsibilities}</td>
                <td className={c.over.includes("actions") ? "is-over" : undefined}>{c.actions}</td>
                <td className={c.over.includes("milestones") ? "is-over" : undefined}>{c.milestones}</td>
              </tr>
            ))}
          </tbody>
        </table>,
      )}
      {block(
        "waiting",
        <ul className="plain-list">
          {data.waiting.map((w) => (
            <li key={w.id}>
              {w.readable ? <Link to={`/handovers/${w.id}`}>{w.post.title}</Link> : <Link to={`/positions/${w.post.id}`}>{w.post.title}</Link>} <span className="muted">({w.post.agency})</span> — {person(w.outgoing)} → {w.incoming ? person(w.incoming) : t("handover.addressedToPost")} ·{" "}
              {t("rotation.waitingDays", { count: w.waitingDays, date: date(w.submittedAt) })}
            </li>
          ))}
        </ul>,
      )}
      {block(
        "longActing",
        <ul className="plain-list">
          {data.longActing.map((a) => (
            <li key={a.id}>
              {post(a.post)} — {person(a.person)} · {t("rotation.actingDays", { count: a.actingDays, date: date(a.startDate, "UTC") })}
            </li>
          ))}
        </ul>,
      )}
      {data.canConfigure && !section ? <ThresholdsForm initial={thresholds} failure={failure} /> : null}
    </div>
  );
}

function ThresholdsForm({ initial, failure }: { initial: Record<keyof RotationSettingsInput, number>; failure?: FormFailure }) {
  const { t } = useI18n();
  const base: RotationSettingsInput = {
    leavingWithinDays: String(initial.leavingWithinDays),
    unacknowledgedAfterDays: String(initial.unacknowledgedAfterDays),
    actingLongerThanDays: String(initial.actingLongerThanDays),
    concentrationResponsibilities: String(initial.concentrationResponsibilities),
    concentrationActions: String(initial.concentrationActions),
    concentrationMilestones: String(initial.concentrationMilestones),
  };
  const { onSubmit, field, input, alert, errors } = useValidatedForm(rotationSettingsSchema, { defaultValues: base, failure });
  const names = ["leavingWithinDays", "unacknowledgedAfterDays", "actingLongerThanDays", "concentrationResponsibilities", "concentrationActions", "concentrationMilestones"] as const;
  return (
    <details className="card" open={Boolean(failure)}>
      <summary>{t("rotation.settings")}</summary>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <FormAlert {...alert} />
        <div className="settings-grid">
          {names.map((n) => (
            <TextField key={n} label={t(`rotation.setting.${n}`)} type="number" min={1} error={errors[n]?.message} {...input(n)} />
          ))}
        </div>
        <FormActions keepEnabled />
      </Form>
    </details>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "rotation.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
