import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ListFilters, SearchField } from "~/components/ui/list-page";
import { InviteOnAssignFields } from "~/components/accounts/invite-on-assign";
import { OneTimeLink } from "~/components/accounts/one-time-link";
import { AssignmentForm } from "~/components/forms/assignment-form";
import { inviteAssigned, inviteOffer, prepareInvitation } from "~/models/invite-on-assign.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { assignPerson } from "~/models/assignment.server";
import { personOptions } from "~/models/person.server";
import { positionOwner } from "~/models/position.server";
import { assertCan, notFound, requireAccess } from "~/permissions.server";
import { assignmentSchema } from "~/schemas/assignment";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const PEOPLE_SHOWN = 200;

async function authorise(request: Request, id: string) {
  const access = await requireAccess(request);
  const owner = await positionOwner(id);
  if (!owner || owner.archivedAt) throw notFound();
  assertCan(access.ctx, "create", "assignment", { agencyId: owner.agencyId, positionId: owner.id });
  return { ...access, owner };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.positionId ?? "";
  const { owner } = await authorise(request, id);
  const search = new URL(request.url).searchParams;
  const q = search.get("q")?.trim().slice(0, 100) || null;
  const { people, total } = await personOptions({ q, take: PEOPLE_SHOWN });
  return { position: owner, people, more: total > PEOPLE_SHOWN, q: q ?? "", acting: search.get("acting") === "1", ...(await inviteOffer(request, owner)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.positionId ?? "";
  const { user } = await authorise(request, id);
  const formData = await readForm(request);
  const parsed = parseWith(assignmentSchema, formData);
  if (!parsed.ok) return refused(parsed);
  const invitation = await prepareInvitation(request, id, parsed.data.personId, formData);
  if (!invitation.ok) return refuse(parsed.values, invitation.fieldErrors, invitation.formErrors);
  const result = await assignPerson(user.id, id, parsed.data);
  if (result.ok && invitation.account) return inviteAssigned(request, user.id, id, invitation.account);
  if (result.ok) return redirectWithFlash(request, `/positions/${id}`, { kind: "success", key: "assignment.saved" });
  if ("field" in result) return refuse(parsed.values, { [result.field]: [result.error] });
  const { with: other } = result.clash;
  return data(
    {
      ok: false as const,
      values: parsed.values,
      fieldErrors: { startDate: ["assignment.error.clash"] },
      formErrors: [],
      clash: { kind: result.clash.kind, personName: other.personName, startDate: other.startDate, plannedEndDate: other.plannedEndDate, endDate: other.endDate, acting: other.acting },
    },
    { status: 400 },
  );
}

export default function AssignPage() {
  const { position, people, more, q, acting, inviteRoles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  if (result?.ok) {
    return (
      <section aria-labelledby="assign-title">
        <h1 id="assign-title">{t("account.assign.doneTitle", { name: result.assigned.name, title: position.title })}</h1>
        <OneTimeLink url={result.link.url} expiresAt={result.link.expiresAt} purpose="invitation" email={result.assigned.email} />
        <p>
          <Link to={`/positions/${position.id}`} className="button button--primary">
            {t("account.assign.backToPost")}
          </Link>
        </p>
      </section>
    );
  }
  const failure = result;
  return (
    <section aria-labelledby="assign-title">
      <h1 id="assign-title">{t(acting ? "assignment.actingTitle" : "assignment.title", { title: position.title })}</h1>
      <ListFilters submit={t("common.search")}>
        {acting ? <input type="hidden" name="acting" value="1" /> : null}
        <SearchField label={t("assignment.findPerson")} value={q} />
      </ListFilters>
      {more ? <p className="muted">{t("assignment.narrow", { count: people.length })}</p> : null}
      <AssignmentForm
        initial={{ personId: "", startDate: "", plannedEndDate: "", acting, notes: "" }}
        people={people}
        failure={failure}
        clash={failure && "clash" in failure ? failure.clash : null}
        cancelTo={`/positions/${position.id}`}
        extra={inviteRoles.length ? <InviteOnAssignFields grantable={inviteRoles} values={failure?.values} errors={failure?.fieldErrors} /> : null}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t(data.acting ? "assignment.actingTitle" : "assignment.title", { title: data.position.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
