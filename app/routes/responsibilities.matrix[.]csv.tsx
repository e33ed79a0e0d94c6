// The filtered matrix as CSV: every row and every agency involved (no paging in a file). Streamed in
// keyset batches from the raw read path (decision 056); written by csv-stringify, with a byte-order
// mark so spreadsheet programs read the accents as UTF-8. Headers and phase names in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { phaseName } from "~/components/phase-name";
import { matrixBody, matrixHeader, type TableLabels } from "~/domain/matrix-table";
import { resolveLocale } from "~/i18n/locale.server";
import { translator } from "~/i18n/translate";
import { matrixExportAgencies, matrixExportBatches } from "~/models/responsibility-matrix.server";
import { recordExport } from "~/models/audit.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { matrixSearch } from "~/schemas/lists";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read", "responsibility");
  const locale = await resolveLocale(request, user.locale);
  const t = translator(locale);
  const labels: TableLabels = {
    columns: [t("responsibility.col.title"), t("responsibility.filter.instrument"), t("responsibility.csv.article"), t("responsibility.col.phase")],
    phase: (p) => phaseName({ nameEn: p.nameEn, nameFr: p.nameFr ?? p.nameEn }, locale),
  };
  const search = new URL(request.url).searchParams;
  const { filters } = readListSearch(search, matrixSearch);
  await recordExport(user.id, "responsibilities.matrix.csv", search);
  const agencies = matrixExportAgencies(filters);
  const batches = matrixExportBatches(filters);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${stringify([matrixHeader(agencies, labels)])}`));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(stringify(matrixBody(next.value.rows, next.value.lines, agencies, labels))));
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
