import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { MembershipForm } from "~/components/committees/membership-form";
import { FormAlert } from "~/components/ui/field";
import { can } from "~/domain/access";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { getVisibleCommittee, listMemberships } from "~/models/committee.server";
import { addMembership, checkMembership, endMembership, membershipOptions } from "~/models/membership.server";
import { notFound, requirePermission } from "~/permissions.server";
import { membersPageSchema } from "~/schemas/committee";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { pageTitle } from "~/i18n/page-title";
import { toIsoDate } from "~/domain/calendar-date";
import { agencyLabel, membershipRoleLabel } from "~/domain/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "committee");
  const committee = await getVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee) throw notFound();
  const canEdit = can(ctx, "update", "committee");
  const [memberships, agencies] = await Promise.all([
    listMemberships(committee.id, { current: false }),
    canEdit ? membershipOptions() : Promise.resolve([]),
  ]);
  return { committee: { id: committee.id, name: committee.name, shortName: committee.shortName }, memberships, agencies, canEdit, today: toIsoDate(new Date()) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "committee");
  const committee = await getVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee) throw notFound();
  const parsed = parseWith(membersPageSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent === "end") {
    const ended = await endMembership(user.id, committee.id, parsed.data.membershipId, parsed.data.endDate);
    if (!ended) throw notFound();
    return redirectWithFlash(request, `/committees/${committee.id}/members`, { kind: "success", key: "committee.member.ended" });
  }
  const member = parsed.data;
  const errors = await checkMembership(member.agencyId, member.positionId);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const saved = await refusingBadReferences(parsed.values, () => addMembership(user.id, committee.id, member));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, `/committees/${committee.id}/members`, { kind: "success", key: "committee.member.added" });
}

export default function CommitteeMembersPage() {
  const { committee, memberships, agencies, canEdit, today } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="members-title" className="stack">
      <p>
        <Link to={`/committees/${committee.id}`}>← {committee.shortName ?? committee.name}</Link>
      </p>
      <h1 id="members-title">{t("committee.members.title", { name: committee.shortName ?? committee.name })}</h1>
      {failure?.values.intent === "end" ? <FormAlert show extra={Object.values(failure.fieldErrors).flatMap((e) => e ?? [])} /> : null}
      {memberships.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("committee.member.agency")}</th>
                <th scope="col">{t("committee.member.post")}</th>
                <th scope="col">{t("committee.member.role")}</th>
                <th scope="col">{t("committee.member.since")}</th>
                <th scope="col">{t("committee.member.until")}</th>
                {canEdit ? <th scope="col">{t("common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {memberships.map((m) => {
                const ended = m.endDate !== null && toIsoDate(m.endDate) <= today;
                return (
                  <tr key={m.id} className={ended ? "muted" : undefined}>
                    <td>{m.agency.acronym ? `${m.agency.name} (${m.agency.acronym})` : m.agency.name}</td>
                    <td>{m.position?.title ?? "—"}</td>
                    <td>{membershipRoleLabel(t, m.role)}</td>
                    <td>{date(m.startDate, "UTC")}</td>
                    <td>{m.endDate ? date(m.endDate, "UTC") : "—"}</td>
                    {canEdit ? (
                      <td>
                        {m.endDate ? null : (
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="membershipId" value={m.id} />
                            <input type="date" name="endDate" defaultValue={today} aria-label={t("committee.member.endDateFor", { agency: agencyLabel(m.agency) })} />{" "}
                            <button type="submit" name="intent" value="end" className="button button--quiet">
                              {t("committee.member.end")}
                            </button>
                          </Form>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("committee.detail.noMembers")}</p>
      )}
      {canEdit ? (
        <section aria-labelledby="add-member-title">
          <h2 id="add-member-title">{t("committee.member.addTitle")}</h2>
          <MembershipForm key={memberships.length} agencies={agencies} failure={failure?.values.intent === "end" ? undefined : failure} today={today} />
        </section>
      ) : null}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("committee.members.title", { name: data.committee.shortName ?? data.committee.name }));

export { ErrorBoundary } from "~/components/route-error-boundary";
