import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DocumentForm } from "~/components/documents/document-form";
import { refusingBadReferences } from "~/submissions/references.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { checkDocument, createDocument, documentFormOptions } from "~/models/document.server";
import { requirePermission } from "~/permissions.server";
import { documentSchema } from "~/schemas/document";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { utcToWall } from "~/domain/wall-clock";

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx, user } = await requirePermission(request, "create", "document");
  const search = new URL(request.url).searchParams;
  const options = await documentFormOptions(ctx, search.get("meetingId"));
  const committeeId = options.meeting?.committeeId ?? search.get("committeeId") ?? "";
  // Registered from a meeting: dated the day of the meeting, in its venue's calendar.
  const issuedOn = options.meeting ? utcToWall(options.meeting.startsAt, options.meeting.timeZone).date : utcToWall(new Date(), user.timeZone ?? "UTC").date;
  return { ...options, committeeId, issuedOn };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "create", "document");
  const parsed = parseWith(documentSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const errors = await checkDocument(ctx, null, parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const saved = await refusingBadReferences(parsed.values, () => createDocument(ctx, user.id, parsed.data));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, `/documents/${saved.value.id}`, { kind: "success", key: "common.created" });
}

export default function NewDocumentPage() {
  const { committees, agencies, meeting, committeeId, issuedOn } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-document-title">
      <h1 id="new-document-title">{t("document.new.title")}</h1>
      <DocumentForm
        initial={{ symbol: "", title: "", kind: "working_paper", issuedOn, languages: "en", url: "", committeeId, meetingId: meeting?.id ?? "", agencyId: "", confidentiality: "internal" }}
        committees={committees}
        agencies={agencies}
        meeting={meeting}
        failure={failure}
        cancelTo={meeting ? `/meetings/${meeting.id}` : "/documents"}
      />
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "document.new.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
