import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DocumentForm } from "~/components/documents/document-form";
import { conflicted, staleOr } from "~/submissions/conflict.server";
import { refusingBadReferences } from "~/submissions/references.server";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { checkDocument, documentFormOptions, getDocument, updateDocument } from "~/models/document.server";
import { assertVisible, requirePermission } from "~/permissions.server";
import { documentEditSchema } from "~/schemas/document";
import { redirectWithFlash } from "~/session.server";
import { pageTitle } from "~/i18n/page-title";
import { toIsoDate } from "~/domain/calendar-date";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "update", "document");
  const document = await getDocument(params.documentId ?? "");
  assertVisible(ctx, "document", document);
  return { document, ...(await documentFormOptions(ctx, document.meetingId)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "update", "document");
  const document = await getDocument(params.documentId ?? "");
  assertVisible(ctx, "document", document);
  const parsed = parseWith(documentEditSchema, await readForm(request));
  if (!parsed.ok) return refused(parsed);
  const errors = await checkDocument(ctx, document.id, parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const saved = await refusingBadReferences(parsed.values, () => staleOr(() => updateDocument(ctx, user.id, document.id, parsed.data)));
  if (!saved.ok) return saved.refusal;
  if (saved.value) return conflicted(parsed.values, saved.value);
  return redirectWithFlash(request, `/documents/${document.id}`, { kind: "success", key: "common.saved" });
}

export default function EditDocumentPage() {
  const { document: d, committees, agencies, meeting } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="edit-document-title">
      <h1 id="edit-document-title">{t("document.edit.title", { symbol: d.symbol ?? d.title })}</h1>
      <DocumentForm
        initial={{
          symbol: d.symbol ?? "",
          title: d.title,
          kind: d.kind,
          issuedOn: toIsoDate(d.issuedOn),
          languages: d.languages,
          url: d.url ?? "",
          committeeId: d.committeeId ?? "",
          meetingId: d.meetingId ?? "",
          agencyId: d.agencyId ?? "",
          confidentiality: d.confidentiality,
        }}
        committees={committees}
        agencies={agencies}
        meeting={meeting}
        version={d.version}
        failure={failure}
        cancelTo={`/documents/${d.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => data && t("document.edit.title", { symbol: data.document.symbol ?? data.document.title }));

export { ErrorBoundary } from "~/components/route-error-boundary";
