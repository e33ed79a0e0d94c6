import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DecisionForm } from "~/components/decisions/decision-form";
import { decisionNumber, useDecisionNumber } from "~/components/decisions/decision-number";
import { workLinks } from "~/styles/work-links";
import type { AccessContext } from "~/domain/access";
import { mayEditInPlace } from "~/domain/supersession";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { checkDecision, namingMissingSymbols, DecisionConflict, decisionContext, getDecision, recordState, updateDecision } from "~/models/decision.server";
import { assertVisible, requirePermission } from "~/permissions.server";
import { decisionEditSchema, decisionFormValues } from "~/schemas/decision";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export const links = workLinks;

/** The decision if it may still be edited in place; a decision on a held meeting's record may not. */
async function editableDecision(ctx: AccessContext, id: string) {
  const decision = await getDecision(id);
  assertVisible(ctx, "decision", decision);
  if (!mayEditInPlace(recordState(decision))) throw new Response("Conflict", { status: 409, statusText: "Conflict" });
  return decision;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "decision");
  const decision = await editableDecision(ctx, params.decisionId ?? "");
  const { meeting } = await decisionContext(ctx, { meetingId: decision.meetingId, supersedesId: null });
  return {
    decision: { id: decision.id, year: decision.year, serial: decision.serial, title: decision.title, committee: decision.committee, version: decision.version },
    initial: decisionFormValues(decision),
    agendaItems: meeting ? meeting.agendaItems.map((a) => ({ id: a.id, label: a.label ? `${a.label}. ${a.title}` : a.title })) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "decision");
  const decision = await editableDecision(ctx, params.decisionId ?? "");
  const parsed = parseWith(decisionEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  // Where a decision was taken and what it corrects are fixed: only the form's own content changes.
  const data = { ...parsed.data, committeeId: decision.committeeId, meetingId: decision.meetingId, supersedesId: null };
  const checked = await checkDecision(ctx, data, { id: decision.id, year: decision.year });
  const { documentIds } = checked;
  const errors = await namingMissingSymbols(checked.errors, checked.missingSymbols, request, user.locale);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  try {
    const saved = await refusingBadReferences(parsed.values, () => staleOr(() => updateDecision({ userId: user.id, personId: user.personId }, decision.id, data, documentIds)));
    if (!saved.ok) return saved.refusal;
    if (saved.value) return conflicted(parsed.values, saved.value);
  } catch (error) {
    if (error instanceof DecisionConflict) return refuse(parsed.values, { [error.field]: [error.messageKey] });
    throw error;
  }
  return redirectWithFlash(request, `/decisions/${decision.id}`, { kind: "success", key: "common.saved" });
}

export default function EditDecisionPage() {
  const { decision, initial, agendaItems } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const number = useDecisionNumber();
  return (
    <section aria-labelledby="edit-decision-title">
      <h1 id="edit-decision-title">{t("decision.edit.title", { number: number(decision) })}</h1>
      <p className="lede">{t("decision.edit.lede")}</p>
      <DecisionForm
        initial={initial}
        committees={null}
        agendaItems={agendaItems}
        version={decision.version}
        failure={failure}
        cancelTo={`/decisions/${decision.id}`}
        submitLabel={t("common.save")}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("decision.edit.title", { number: decisionNumber(t, data.decision) }));

export { ErrorBoundary } from "~/components/route-error-boundary";
