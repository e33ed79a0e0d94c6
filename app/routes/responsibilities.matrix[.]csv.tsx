// The filtered matrix as CSV: every row and every agency involved (no paging in a file). Streamed in
// keyset batches from the raw read path (decision 056); written by csv-stringify, with a byte-order
// mark so spreadsheet programs read the accents as UTF-8.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { matrixBody, matrixHeader } from "~/domain/matrix-table";
import { matrixExportAgencies, matrixExportBatches } from "~/models/responsibility-matrix.server";
import { readFilters } from "~/models/responsibility.server";
import { recordExport } from "~/models/audit.server";
import { requirePermission } from "~/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read", "responsibility");
  const search = new URL(request.url).searchParams;
  const filters = readFilters(search);
  await recordExport(user.id, "responsibilities.matrix.csv", search);
  const agencies = matrixExportAgencies(filters);
  const batches = matrixExportBatches(filters);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${stringify([matrixHeader(agencies)])}`));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(stringify(matrixBody(next.value.rows, next.value.lines, agencies))));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="responsibility-matrix.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
