import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ImportColumnsHelp, ImportUploadForm } from "~/components/forms/import-form";
import { ImportPreview } from "~/components/import-preview";
import { can, type AccessContext } from "~/domain/access";
import { parseWith, readForm, refuse, refused } from "~/submissions/parse.server";
import { useI18n } from "~/i18n/context";
import { applyImport, checkImport } from "~/models/csv-import.server";
import { forbidden, requireAccess } from "~/permissions.server";
import { IMPORT_KINDS, IMPORT_MAX_BYTES, importPageSchema, type ImportKind } from "~/schemas/csv-import";
import { redirectWithFlash } from "~/session.server";
import styles from "~/styles/stakeholders.css";
import { pageTitle } from "~/i18n/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** What the reader may import: agencies need the "any" right; posts are checked row by row too. */
function allowedKinds(ctx: AccessContext): ImportKind[] {
  return IMPORT_KINDS.filter((kind) => {
    if (kind === "agencies") return can(ctx, "create", "agency", { agencyId: null });
    if (kind === "people") return can(ctx, "create", "person");
    return can(ctx, "create", "position");
  });
}

async function requireImporter(request: Request) {
  const access = await requireAccess(request);
  const kinds = allowedKinds(access.ctx);
  if (!kinds.length) throw forbidden();
  return { ...access, kinds };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { kinds } = await requireImporter(request);
  return { kinds };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, ctx, kinds } = await requireImporter(request);
  // Refuse an oversized upload before reading it into memory.
  if (Number(request.headers.get("Content-Length") ?? 0) > IMPORT_MAX_BYTES + 64 * 1024) {
    return refuse({}, { file: ["import.error.tooBig"] });
  }
  const formData = await readForm(request, { files: ["file"], maxBytes: IMPORT_MAX_BYTES + 64 * 1024 });
  const parsed = parseWith(importPageSchema, formData);
  if (!parsed.ok) return refused(parsed);
  const input = parsed.data;
  const kind = input.kind;
  if (!kinds.includes(kind)) throw forbidden();

  let csv: string;
  if (input.intent === "apply") {
    csv = input.csv;
  } else {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return refuse(parsed.values, { file: ["import.error.noFile"] });
    if (file.size > IMPORT_MAX_BYTES) return refuse(parsed.values, { file: ["import.error.tooBig"] });
    csv = await file.text();
  }
  const check = await checkImport(ctx, kind, csv);
  const preview = { kind, csv, header: check.header, rows: check.records, total: check.records.length, errors: check.errors };
  if (check.errors.length || !check.checked) return data({ preview }, { status: 400 });
  if (input.intent !== "apply") return { preview };
  await applyImport(user.id, check.checked);
  return redirectWithFlash(request, kind === "people" ? "/people" : "/agencies", { kind: "success", key: `import.done.${kind}` });
}

export default function ImportPage() {
  const { kinds } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const preview = result && "preview" in result ? result.preview : null;
  const failure = result && "fieldErrors" in result ? result : undefined;
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t("import.title")}</h1>
      <p className="lede">{t("import.lede")}</p>
      <ImportColumnsHelp kinds={kinds} />
      <ImportUploadForm kinds={kinds} failure={failure} initialKind={preview?.kind ?? kinds[0] ?? "people"} />
      {preview ? <ImportPreview preview={preview} /> : null}
    </section>
  );
}

export const meta: MetaFunction = (args) => pageTitle(args, "import.title");

export { ErrorBoundary } from "~/components/route-error-boundary";
