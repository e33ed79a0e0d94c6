import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CommitteeForm, emptyCommittee } from "~/components/committees/committee-form";
import { timeZoneOptions } from "~/domain/time-zones";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { useI18n } from "~/i18n/context";
import { checkCommittee, committeeFormOptions, createCommittee } from "~/models/committee.server";
import { requirePermission } from "~/permissions.server";
import { committeeSchema } from "~/schemas/committee";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "create", "committee");
  return { ...(await committeeFormOptions(ctx)), timeZones: timeZoneOptions() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePermission(request, "create", "committee");
  const parsed = parseWith(committeeSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const errors = await checkCommittee(null, parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const saved = await refusingBadReferences(parsed.values, () => createCommittee(user.id, parsed.data));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, `/committees/${saved.value.id}`, { kind: "success", key: "common.created" });
}

export default function NewCommitteePage() {
  const { agencies, committees, timeZones } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-committee-title">
      <h1 id="new-committee-title">{t("committee.new.title")}</h1>
      <CommitteeForm
        initial={emptyCommittee()}
        agencies={agencies}
        committees={committees}
        timeZones={timeZones}
        failure={failure}
        cancelTo="/committees"
      />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "committee.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
