import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { DocumentFileList } from "~/components/documents/document-files";
import { ConfidentialityBadge } from "~/components/meetings/status-badge";
import { FormAlert, SelectField, TextField } from "~/components/ui/field";
import { can } from "~/domain/access";
import { cleanFileName, detectFileType, UPLOAD_EXTENSIONS, UPLOAD_MAX_BYTES } from "~/domain/file-types";
import type { FormFailure } from "~/submissions/form-result";
import { parseWith, readUploadForm } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { isMessageKey } from "~/i18n/translate";
import { pageTitle } from "~/i18n/page-title";
import { addDocumentFile, listDocumentFiles } from "~/models/document-files.server";
import { getDocumentForAccess } from "~/models/document.server";
import { assertVisible, requirePermission } from "~/permissions.server";
import { documentFileSchema, documentLanguageChoices, type DocumentFileInput } from "~/schemas/document";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/meetings.css";
import { FormActions } from "~/components/ui/form-actions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "document");
  const document = await getDocumentForAccess(params.documentId ?? "");
  assertVisible(ctx, "document", document);
  const files = await listDocumentFiles(document.id);
  return { document, files, canUpload: can(ctx, "update", "document") && !document.archivedAt };
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Who may upload, and to which document, is settled before a byte of the body is read.
  const { user, ctx } = await requirePermission(request, "update", "document");
  const document = await getDocumentForAccess(params.documentId ?? "");
  assertVisible(ctx, "document", document);
  const { formData, upload, uploadError } = await readUploadForm(request, {
    field: "file",
    maxBytes: UPLOAD_MAX_BYTES,
    check: (fileName, head) => {
      const type = detectFileType(fileName, head);
      return typeof type === "string" ? type : null;
    },
  });
  // The file is kept only for a valid form; whatever happens otherwise, it is removed.
  try {
    const parsed = parseWith(documentFileSchema, formData);
    const fileError = uploadError ? [`document.file.error.${uploadError}`] : upload ? null : ["document.file.error.required"];
    if (!parsed.ok || fileError) {
      const fieldErrors = { ...(parsed.ok ? {} : parsed.fieldErrors), ...(fileError ? { file: fileError } : {}) };
      const failure: FormFailure = { ok: false, values: parsed.values, fieldErrors, formErrors: parsed.ok ? [] : parsed.formErrors };
      return data(failure, { status: uploadError === "tooLarge" ? 413 : 400 });
    }
    const type = detectFileType(upload!.fileName, upload!.file.head);
    if (typeof type === "string") throw new Error("checked while streaming");
    await upload!.file.keep();
    await addDocumentFile(user.id, document.id, {
      language: parsed.data.language,
      fileName: cleanFileName(upload!.fileName),
      contentType: type.contentType,
      size: upload!.file.size,
      sha256: upload!.file.sha256,
    });
    return redirectWithFlash(request, `/documents/${document.id}/files`, { kind: "success", key: "document.file.uploaded" });
  } finally {
    await upload?.file.discard();
  }
}

export default function DocumentFilesPage() {
  const { document: d, files, canUpload } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <article aria-labelledby="files-title" className="stack">
      <p>
        <Link to={`/documents/${d.id}`}>← {d.symbol ?? d.title}</Link>
      </p>
      <h1 id="files-title">
        {t("document.file.title", { name: d.symbol ?? d.title })} <ConfidentialityBadge level={d.confidentiality} />
      </h1>
      <p className="lede">{t("document.file.intro")}</p>
      <DocumentFileList documentId={d.id} files={files} showReplaced />
      {canUpload ? (
        <section aria-labelledby="upload-title" className="stack">
          <h2 id="upload-title">{t("document.file.uploadTitle")}</h2>
          <UploadForm key={files.length} languages={documentLanguageChoices(d.languages)} failure={failure} />
        </section>
      ) : null}
    </article>
  );
}

function UploadForm({ languages, failure }: { languages: string[]; failure?: FormFailure }) {
  const { t, locale, number } = useI18n();
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const initial: DocumentFileInput = { intent: "upload", language: languages[0] ?? "en" };
  const { onSubmit, field, alert } = useValidatedForm(documentFileSchema, { defaultValues: initial, failure });
  const fileError = failure?.fieldErrors.file?.[0];
  return (
    // multipart: the file goes with the form, with or without JavaScript. The file input comes last,
    // so a file refused as too large still leaves the other fields read.
    <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="stack form-grid">
      <FormAlert {...alert} />
      <SelectField
        label={t("document.file.language")}
        options={languages.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code.toUpperCase()})` }))}
        {...field("language")}
      />
      <TextField
        name="file"
        type="file"
        label={t("document.file.file")}
        accept={UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(",")}
        hint={t("document.file.hint", { types: UPLOAD_EXTENSIONS.map((e) => e.toUpperCase()).join(", "), size: number(UPLOAD_MAX_BYTES / 1_000_000) })}
        error={fileError && isMessageKey(fileError) ? t(fileError, { size: number(UPLOAD_MAX_BYTES / 1_000_000) }) : undefined}
      />
      <FormActions submitLabel={t("document.file.upload")} intent="upload" />
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, (t, data) => [t("document.file.tab"), data && (data.document.symbol ?? data.document.title)]);

export { ErrorBoundary } from "~/components/route-error-boundary";
