import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/components/actions/action-form";
import { OwnerAgencySelect } from "~/components/actions/owner-agency-chooser";
import { workLinks } from "~/styles/work-links";
import { ANY_OWNER, can, type AccessContext } from "~/domain/access";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refuse, refused, typedFromSearch } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { checkAction, classified, getAction, ownerOptions, ownerPersonOptions, ownership, updateAction } from "~/models/action.server";
import { agencyOptions } from "~/models/agency.server";
import { assertCan, assertVisible, forbidden, notFound, requireAccess } from "~/permissions.server";
import { toIsoDate } from "~/domain/calendar-date";
import { actionEditSchema } from "~/schemas/action";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { personName, postLabel } from "~/domain/labels";

export const links = workLinks;

/** The action, if the reader may see it and change it (as its owner, or as a secretary). */
async function editableAction(ctx: AccessContext, id: string) {
  const action = await getAction(id);
  if (!action || action.archivedAt) throw notFound();
  assertVisible(ctx, "action", classified(action));
  assertCan(ctx, "update", "action", ownership(action));
  return action;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  const action = await editableAction(ctx, params.actionId ?? "");
  const anyOwner = can(ctx, "update", "action", ANY_OWNER);
  const allAgencies = await agencyOptions();
  const agencies = anyOwner ? allAgencies : allAgencies.filter((a) => ctx.agencyIds.includes(a.id));
  const search = new URL(request.url).searchParams;
  const chosen = search.get("agency") ?? "";
  // Typed before "Show its posts" reloaded the page without JavaScript, with the version the form was loaded at.
  const typed = typedFromSearch(search, ["title", "description", "ownerPositionId", "ownerPersonId", "dueDate", "confidentiality", "version"]);
  const typedVersion = /^[1-9][0-9]{0,9}$/.test(typed.version ?? "") ? Number(typed.version) : null;
  const agencyId = agencies.some((a) => a.id === chosen) ? chosen : action.ownerAgencyId;
  const [posts, people] = await Promise.all([
    ownerOptions({ agencyId, committeeId: anyOwner ? action.committeeId : null }),
    ownerPersonOptions(action.ownerAgencyId),
  ]);
  return {
    id: action.id,
    title: action.title,
    version: typedVersion ?? action.version,
    agencies,
    agencyId,
    posts: posts
      .filter((p) => anyOwner || ctx.agencyIds.includes(p.agency.id))
      .map((p) => ({ id: p.id, label: postLabel(p) })),
    people: people.map((p) => ({ id: p.id, label: personName(p) })),
    initial: {
      title: action.title,
      description: action.description ?? "",
      ownerPositionId: action.ownerPositionId,
      ownerPersonId: action.ownerPersonId ?? "",
      dueDate: toIsoDate(action.dueDate),
      decisionId: action.decisionId ?? "",
      meetingId: action.meetingId ?? "",
      committeeId: action.committeeId ?? "",
      confidentiality: action.confidentiality,
      ...Object.fromEntries(Object.entries(typed).filter(([name]) => name !== "version")),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requireAccess(request);
  const current = await editableAction(ctx, params.actionId ?? "");
  const parsed = parseWith(actionEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  // Where the action comes from stays as recorded; what it is and who owns it may change.
  const data = { ...parsed.data, decisionId: current.decisionId, meetingId: current.meetingId, committeeId: current.committeeId };
  const { errors, derived } = await checkAction(ctx, data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  // Handing an action to another post needs the right over that post too.
  if (!can(ctx, "update", "action", { positionId: data.ownerPositionId, agencyId: derived.ownerAgencyId })) throw forbidden();
  const saved = await refusingBadReferences(parsed.values, () => staleOr(() => updateAction({ userId: user.id, personId: user.personId }, current.id, data, derived)));
  if (!saved.ok) return saved.refusal;
  if (saved.value) return conflicted(parsed.values, saved.value);
  return redirectWithFlash(request, `/actions/${current.id}`, { kind: "success", key: "common.saved" });
}

export default function EditActionPage() {
  const { id, title, version, agencies, agencyId, posts: loadedPosts, people, initial } = useLoaderData<typeof loader>();
  const postsFetcher = useFetcher<typeof loader>();
  const posts = postsFetcher.data?.posts ?? loadedPosts;
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-action-title">
      <h1 id="edit-action-title">{t("action.edit.title", { title })}</h1>
      <ActionForm
        initial={initial}
        posts={posts}
        people={people}
        committees={null}
        ownerAgency={
          <OwnerAgencySelect
            agencies={agencies}
            selected={agencyId}
            committeeContext={false}
            onChoose={(agency) => postsFetcher.load(`/actions/${id}/edit?${new URLSearchParams({ agency })}`)}
          />
        }
        version={version}
        failure={failure}
        cancelTo={`/actions/${id}`}
        submitLabel={t("common.save")}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("action.edit.title", { title: data.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
