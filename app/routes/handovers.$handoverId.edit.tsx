import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { HandoverForm } from "~/components/handovers/handover-form";
import { parseWith, refuse, refused, readForm } from "~/forms/parse.server";
import { useI18n } from "~/i18n/context";
import { handoverForReader } from "~/models/handover-access.server";
import { saveHandoverNotes } from "~/models/handover.server";
import { forbidden, requirePermission } from "~/permissions.server";
import { handoverNotesSchema, HANDOVER_LEVELS } from "~/schemas/handover";
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
      loadedAt: handover.updatedAt.toISOString(),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, handover } = await authorise(request, params.handoverId);
  const parsed = parseWith(handoverNotesSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const result = await saveHandoverNotes(user.id, handover.id, parsed.data);
  if (!result.ok) {
    if ("conflict" in result) return refuse({ ...parsed.values, loadedAt: result.updatedAt }, {}, ["handover.error.conflict"]);
    return refuse(parsed.values, {}, ["handover.error.emptySubmit"]);
  }
  return redirectWithFlash(request, `/handovers/${handover.id}`, {
    kind: "success",
    key: result.version ? "handover.submitted" : "handover.saved",
  });
}

export default function EditHandover() {
  const { handover, initial } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-handover-title" className="narrow">
      <h1 id="edit-handover-title">{t("handover.editTitle", { post: handover.position.title })}</h1>
      <p className="lede">{handover.versions ? t("handover.editLedeResubmit", { count: handover.versions }) : t("handover.editLede")}</p>
      <HandoverForm initial={failure ? { ...initial, loadedAt: failure.values.loadedAt ?? initial.loadedAt } : initial} failure={failure} cancelTo={`/handovers/${handover.id}`} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("handover.editTitle", { post: data.handover.position.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
