// One file of a document, served to readers cleared for the document (the same rule as its page:
// app/permissions.server.ts), as a download: never rendered by the browser as a page of Relais.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { contentDisposition } from "~/domain/file-types";
import { getDocumentFile } from "~/models/document-files.server";
import { getDocumentForAccess } from "~/models/document.server";
import { openStored } from "~/models/file-store.server";
import { assertVisible, notFound, requirePermission } from "~/permissions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx } = await requirePermission(request, "read", "document");
  const document = await getDocumentForAccess(params.documentId ?? "");
  assertVisible(ctx, "document", document);
  const file = await getDocumentFile(document.id, params.fileId ?? "");
  if (!file) throw notFound();
  const stored = await openStored(file.sha256);
  if (!stored) throw notFound();
  return new Response(createReadableStreamFromReadable(stored.stream), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(stored.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Clearance can change: the browser may keep it, but asks again before reusing it; no proxy keeps it.
      "Cache-Control": "private, no-cache",
      ETag: `"${file.sha256}"`,
    },
  });
}
