import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { DecisionForm } from "~/components/decisions/decision-form";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { workLinks } from "~/styles/work-links";
import { dayOf } from "~/domain/overdue";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { committeeOptions } from "~/models/committee.server";
import { checkDecision, namingMissingSymbols, createDecision, DecisionConflict, decisionContext } from "~/models/decision.server";
import { notFound, requirePermission } from "~/permissions.server";
import { toIsoDate } from "~/domain/calendar-date";
import { decisionSchema, type DecisionInput } from "~/schemas/decision";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export const links = workLinks;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "create", "decision");
  const search = new URL(request.url).searchParams;
  const meetingId = search.get("meetingId") || null;
  const supersedesId = search.get("supersedes") || null;
  const { meeting, supersedes } = await decisionContext(ctx, { meetingId, supersedesId });
  if ((meetingId && !meeting) || (supersedesId && !supersedes)) throw notFound();
  const agendaItemId = search.get("agendaItemId") ?? "";
  const now = new Date();
  const initial: DecisionInput = {
    committeeId: meeting?.committeeId ?? supersedes?.committeeId ?? "",
    meetingId: meeting?.id ?? "",
    agendaItemId: meeting?.agendaItems.some((a) => a.id === agendaItemId) ? agendaItemId : "",
    supersedesId: supersedes?.id ?? "",
    title: supersedes?.title ?? "",
    text: supersedes?.text ?? "",
    // The day the meeting took place where it took place; else today where the secretary is.
    decidedOn: toIsoDate(meeting ? dayOf(meeting.startsAt, meeting.timeZone) : dayOf(now, user.timeZone ?? "UTC")),
    adoption: "consensus",
    status: "adopted",
    confidentiality: meeting?.confidentiality ?? supersedes?.confidentiality ?? "internal",
  };
  return {
    initial,
    meeting: meeting ? { id: meeting.id, title: meeting.title, committee: meeting.committee } : null,
    supersedes: supersedes ? { id: supersedes.id, year: supersedes.year, serial: supersedes.serial, title: supersedes.title, committee: supersedes.committee } : null,
    agendaItems: meeting ? meeting.agendaItems.map((a) => ({ id: a.id, label: a.label ? `${a.label}. ${a.title}` : a.title })) : null,
    committees: meeting || supersedes ? null : (await committeeOptions(ctx)).map((c) => ({ id: c.id, label: c.shortName ? `${c.shortName} — ${c.name}` : c.name })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "create", "decision");
  const parsed = parseWith(decisionSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const checked = await checkDecision(ctx, parsed.data);
  const { documentIds } = checked;
  const errors = await namingMissingSymbols(checked.errors, checked.missingSymbols, request, user.locale);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  try {
    const saved = await refusingBadReferences(parsed.values, () => createDecision({ userId: user.id, personId: user.personId }, parsed.data, documentIds));
    if (!saved.ok) return saved.refusal;
    return redirectWithFlash(request, `/decisions/${saved.value.id}`, { kind: "success", key: "decision.created" });
  } catch (error) {
    if (error instanceof DecisionConflict) return refuse(parsed.values, { [error.field]: [error.messageKey] });
    throw error;
  }
}

export default function NewDecisionPage() {
  const { initial, meeting, supersedes, agendaItems, committees } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const number = useDecisionNumber();
  const cancelTo = meeting ? `/meetings/${meeting.id}` : supersedes ? `/decisions/${supersedes.id}` : "/decisions";
  return (
    <section aria-labelledby="new-decision-title">
      <h1 id="new-decision-title">{supersedes ? t("decision.new.correctionTitle") : t("decision.new.title")}</h1>
      {meeting ? (
        <p className="lede">
          {t("decision.new.fromMeeting")} <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link> ({meeting.committee.shortName ?? meeting.committee.name})
        </p>
      ) : null}
      {supersedes ? (
        <p className="notice">
          {t("decision.new.supersedesNotice")} <Link to={`/decisions/${supersedes.id}`}>{number(supersedes)}</Link> — {supersedes.title}
        </p>
      ) : null}
      <DecisionForm
        initial={initial}
        committees={committees}
        agendaItems={agendaItems}
        failure={failure}
        cancelTo={cancelTo}
        submitLabel={t("decision.new.submit")}
        numbering
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => t(data?.supersedes ? "decision.new.correctionTitle" : "decision.new.title"));

export { ErrorBoundary } from "~/components/route-error-boundary";
