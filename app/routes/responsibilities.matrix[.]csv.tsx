import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { matrixTable } from "~/domain/matrix-table";
import { matrixExport } from "~/models/responsibility-matrix.server";
import { readFilters } from "~/models/responsibility.server";
import { recordExport } from "~/models/audit.server";
import { requirePermission } from "~/permissions.server";

/** The filtered matrix as CSV: every row and every agency involved (no paging in a file). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read", "responsibility");
  const search = new URL(request.url).searchParams;
  const { rows, lines, agencies } = await matrixExport(readFilters(search));
  await recordExport(user.id, "responsibilities.matrix.csv", search);
  // A byte-order mark so spreadsheet programs read the accents as UTF-8.
  const csv = `\uFEFF${stringify(matrixTable(rows, lines, agencies))}`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="responsibility-matrix.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
