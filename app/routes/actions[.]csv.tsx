// The action list as CSV, with the same filters and the same visibility as the page. Streamed in
// batches from the raw read path (decision 056); written by csv-stringify (quoting, line breaks in notes, a BOM so spreadsheets read UTF-8).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { decisionSymbol, shortYear } from "~/domain/decision-numbering";
import { resolveLocale } from "~/i18n/locale.server";
import { translator } from "~/i18n/translate";
import { actionExportBatches } from "~/models/action-list.server";
import { recordExport } from "~/models/audit.server";
import { requirePermission } from "~/permissions.server";
import { readListSearch } from "~/schemas/list-search";
import { actionListSearch } from "~/schemas/lists";
import { toIsoDate } from "~/domain/calendar-date";
import { csvCell } from "~/domain/csv";
import { actionStatusLabel, confidentialityLabel, personName } from "~/domain/labels";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "action");
  const t = translator(await resolveLocale(request, user.locale));
  const search = new URL(request.url).searchParams;
  const { filters } = readListSearch(search, actionListSearch);
  await recordExport(user.id, "actions.csv", search);
  const batches = actionExportBatches(ctx, filters, new Date(), user.timeZone ?? "UTC");
  const header = [
    t("action.col.title"),
    t("action.col.status"),
    t("action.col.due"),
    t("action.csv.completed"),
    t("action.col.owner"),
    t("action.list.agency"),
    t("action.csv.person"),
    t("action.col.committee"),
    t("action.col.decision"),
    t("action.csv.confidentiality"),
    t("action.csv.link"),
  ];
  const origin = new URL(request.url).origin;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header], { bom: true })));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) return controller.close();
      const records = next.value.map((a) => [
        csvCell(a.title),
        actionStatusLabel(t, a.status),
        toIsoDate(a.dueDate),
        toIsoDate(a.completedAt),
        csvCell(a.ownerPosition.title),
        csvCell(a.ownerAgency.acronym ? `${a.ownerAgency.acronym} — ${a.ownerAgency.name}` : a.ownerAgency.name),
        a.ownerPerson ? csvCell(personName(a.ownerPerson)) : "",
        a.committee ? csvCell(a.committee.shortName ?? a.committee.name) : "",
        a.decision
          ? (decisionSymbol(a.decision.committee.decisionPrefix, a.decision) ??
            t("decision.number", { serial: a.decision.serial, year: shortYear(a.decision.year) }))
          : "",
        confidentialityLabel(t, a.confidentiality),
        `${origin}/actions/${a.id}`,
      ]);
      controller.enqueue(encoder.encode(stringify(records)));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="actions-${toIsoDate(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
