import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { HandoverForm } from "~/components/handovers/handover-form";
import { parseWith, refuse, refused, readForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { handoverForReader } from "~/models/handover-access.server";
import { saveHandoverNotes, type SaveResult } from "~/models/handover.server";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { forbidden, requirePermission } from "~/permissions.server";
import { handoverNotesEditSchema, HANDOVER_LEVELS } from "~/schemas/handover";
import { isOneOf } from "~/domain/vocabulary";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/handovers.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

async function authorise(request: Request, id: string | undefined) {
  const access = await requirePermission(request, "read", "handover");
  const view = await handoverForReader(access.ctx, id);
  if (!view.can.write) throw forbidden();
  return { ...access, ...view };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { handover } = await authorise(request, params.handoverId);
  return {
    handover: { id: handover.id, position: handover.position, versions: handover.versions.length },
    initial: {
      intent: "save",
      ongoingMatters: handover.ongoingMatters ?? "",
      pendingDecisions: handover.pendingDecisions ?? "",
      keyContacts: handover.keyContacts ?? "",
      risks: handover.risks ?? "",
      filesLocation: handover.filesLocation ?? "",
      otherNotes: handover.otherNotes ?? "",
      confidentiality: isOneOf(HANDOVER_LEVELS, handover.confidentiality) ? handover.confidentiality : "restricted",
    },
    version: handover.version,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, handover } = await authorise(request, params.handoverId);
  const parsed = parseWith(handoverNotesEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const out: { saved?: SaveResult } = {};
  const stale = await staleOr(async () => {
    out.saved = await saveHandoverNotes(user.id, handover.id, parsed.data);
  });
  if (stale) return conflicted(parsed.values, stale);
  const { saved } = out;
  if (!saved) throw new Error("the save neither returned nor threw");
  if (!saved.ok) return refuse(parsed.values, {}, ["handover.error.emptySubmit"]);
  return redirectWithFlash(request, `/handovers/${handover.id}`, {
    kind: "success",
    key: saved.version ? "handover.submitted" : "handover.saved",
  });
}

export default function EditHandover() {
  const { handover, initial, version } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-handover-title" className="narrow">
      <h1 id="edit-handover-title">{t("handover.editTitle", { post: handover.position.title })}</h1>
      <p className="lede">{handover.versions ? t("handover.editLedeResubmit", { count: handover.versions }) : t("handover.editLede")}</p>
      <HandoverForm initial={initial} version={version} failure={failure} cancelTo={`/handovers/${handover.id}`} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("handover.editTitle", { post: data.handover.position.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
