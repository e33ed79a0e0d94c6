import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CommitteeForm } from "~/components/committees/committee-form";
import { timeZoneOptions } from "~/domain/time-zones";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { checkCommittee, committeeFormOptions, getVisibleCommittee, updateCommittee } from "~/models/committee.server";
import { notFound, requirePermission } from "~/permissions.server";
import { committeeEditSchema } from "~/schemas/committee";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { toIsoDate } from "~/domain/calendar-date";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "committee");
  const committee = await getVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee || committee.archivedAt) throw notFound();
  return { committee, ...(await committeeFormOptions(ctx, committee.id)), timeZones: timeZoneOptions(committee.defaultTimeZone) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "committee");
  const committee = await getVisibleCommittee(ctx, params.committeeId ?? "");
  if (!committee || committee.archivedAt) throw notFound();
  const parsed = parseWith(committeeEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const errors = await checkCommittee(committee.id, parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const saved = await refusingBadReferences(parsed.values, () => staleOr(() => updateCommittee(user.id, committee.id, parsed.data)));
  if (!saved.ok) return saved.refusal;
  if (saved.value) return conflicted(parsed.values, saved.value);
  return redirectWithFlash(request, `/committees/${committee.id}`, { kind: "success", key: "common.saved" });
}

export default function EditCommitteePage() {
  const { committee: c, agencies, committees, timeZones } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-committee-title">
      <h1 id="edit-committee-title">{t("committee.edit.title", { name: c.shortName ?? c.name })}</h1>
      <CommitteeForm
        initial={{
          name: c.name,
          shortName: c.shortName ?? "",
          kind: c.kind,
          parentId: c.parentId ?? "",
          legalBasis: c.legalBasis ?? "",
          mandate: c.mandate ?? "",
          objectives: c.objectives ?? "",
          chairAgencyId: c.chairAgencyId ?? "",
          secretariatAgencyId: c.secretariatAgencyId ?? "",
          cadence: c.cadence ?? "",
          cadenceRule: c.cadenceRule ?? "",
          defaultTimeZone: c.defaultTimeZone,
          defaultVenue: c.defaultVenue ?? "",
          meetingNoun: c.meetingNoun ?? "",
          decisionPrefix: c.decisionPrefix ?? "",
          nextReviewDate: toIsoDate(c.nextReviewDate),
          confidentiality: c.confidentiality,
        }}
        agencies={agencies}
        committees={committees}
        timeZones={timeZones}
        version={c.version}
        failure={failure}
        cancelTo={`/committees/${c.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("committee.edit.title", { name: data.committee.shortName ?? data.committee.name }));

export { ErrorBoundary } from "~/components/route-error-boundary";
