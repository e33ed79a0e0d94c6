import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/components/actions/action-form";
import { OwnerAgencySelect } from "~/components/actions/owner-agency-chooser";
import { useDecisionNumber } from "~/components/decisions/decision-number";
import { workLinks } from "~/styles/work-links";
import { ANY_OWNER, can } from "~/domain/access";
import { parseWith, readForm, refuse, refused, typedFromSearch } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { actionContext, checkAction, createAction, ownerOptions } from "~/models/action.server";
import { agencyOptions } from "~/models/agency.server";
import { committeeOptions } from "~/models/committee.server";
import { forbidden, notFound, requirePermission } from "~/permissions.server";
import { actionSchema, type ActionInput } from "~/schemas/action";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { postLabel } from "~/domain/labels";

export const links = workLinks;

/** What the owner post chooser sends back, beside the agency, when it reloads the page without JavaScript. */
const TYPED_FIELDS = ["title", "description", "ownerPositionId", "dueDate", "confidentiality", "committeeId"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "create", "action");
  const search = new URL(request.url).searchParams;
  const decisionId = search.get("decisionId") || null;
  const meetingId = search.get("meetingId") || null;
  const { decision, meeting } = await actionContext(ctx, { decisionId, meetingId });
  if ((decisionId && !decision) || (meetingId && !meeting)) throw notFound();
  const committeeId = decision?.committeeId ?? meeting?.committeeId ?? null;
  // Whoever may only act for their own agency ("own") is offered its posts alone.
  const anyOwner = can(ctx, "create", "action", ANY_OWNER);
  const [committees, allAgencies] = await Promise.all([committeeOptions(ctx), agencyOptions()]);
  const agencies = anyOwner ? allAgencies : allAgencies.filter((a) => ctx.agencyIds.includes(a.id));
  const chosen = search.get("agency") ?? "";
  const agencyId = agencies.some((a) => a.id === chosen)
    ? chosen
    : committeeId && anyOwner
      ? null
      : (agencies.find((a) => ctx.agencyIds.includes(a.id))?.id ?? null);
  const posts = (await ownerOptions({ agencyId, committeeId: anyOwner ? committeeId : null })).filter(
    (p) => anyOwner || ctx.agencyIds.includes(p.agency.id),
  );
  const initial: ActionInput = {
    title: "",
    ownerPositionId: "",
    decisionId: decision?.id ?? "",
    meetingId: meeting?.id ?? decision?.meetingId ?? "",
    committeeId: committeeId ?? "",
    confidentiality: decision?.confidentiality ?? meeting?.confidentiality ?? "internal",
    // Typed before "Show its posts" reloaded the page without JavaScript; where it comes from stays as loaded.
    ...typedFromSearch(search, TYPED_FIELDS),
  };
  return {
    initial,
    decision,
    meeting,
    agencies,
    agencyId: agencyId ?? "",
    keep: { ...(decisionId ? { decisionId } : {}), ...(meetingId ? { meetingId } : {}) },
    posts: posts.map((p) => ({ id: p.id, label: postLabel(p) })),
    committees: committeeId ? null : committees.map((c) => ({ id: c.id, label: c.shortName ? `${c.shortName} — ${c.name}` : c.name })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "create", "action");
  const parsed = parseWith(actionSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const { errors, derived } = await checkAction(ctx, parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  if (!can(ctx, "create", "action", { positionId: parsed.data.ownerPositionId, agencyId: derived.ownerAgencyId })) throw forbidden();
  const saved = await refusingBadReferences(parsed.values, () => createAction({ userId: user.id, personId: user.personId }, parsed.data, derived));
  if (!saved.ok) return saved.refusal;
  const back = derived.decisionId ? `/decisions/${derived.decisionId}` : `/actions/${saved.value.id}`;
  return redirectWithFlash(request, back, { kind: "success", key: "action.created" });
}

export default function NewActionPage() {
  const { initial, decision, meeting, agencies, agencyId, keep, posts: loadedPosts, committees } = useLoaderData<typeof loader>();
  const postsFetcher = useFetcher<typeof loader>();
  const posts = postsFetcher.data?.posts ?? loadedPosts;
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const number = useDecisionNumber();
  return (
    <section aria-labelledby="new-action-title">
      <h1 id="new-action-title">{t("action.new.title")}</h1>
      {decision ? (
        <p className="lede">
          {t("action.new.fromDecision")} <Link to={`/decisions/${decision.id}`}>{number(decision)}</Link> — {decision.title}
        </p>
      ) : meeting ? (
        <p className="lede">
          {t("action.new.fromMeeting")} <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </p>
      ) : null}
      <ActionForm
        initial={initial}
        posts={posts}
        people={null}
        committees={committees}
        ownerAgency={
          <OwnerAgencySelect
            agencies={agencies}
            selected={agencyId}
            committeeContext={Boolean(decision ?? meeting)}
            onChoose={(agency) => postsFetcher.load(`/actions/new?${new URLSearchParams({ ...keep, agency })}`)}
          />
        }
        failure={failure}
        cancelTo={decision ? `/decisions/${decision.id}` : meeting ? `/meetings/${meeting.id}` : "/actions"}
        submitLabel={t("action.new.submit")}
      />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "action.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
