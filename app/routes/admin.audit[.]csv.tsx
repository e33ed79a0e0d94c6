// The filtered audit log as CSV: the same filters and clearance as the page, streamed in keyset
// batches and bounded (AUDIT_EXPORT_LIMIT); written by csv-stringify, formula-leading cells kept as
// text. The export itself is audited with its filters.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { csvCell } from "~/domain/csv";
import { formatDateTime } from "~/i18n/format";
import { resolveLocale } from "~/i18n/locale.server";
import { isMessageKey, translator, type Translate } from "~/i18n/translate";
import { recordExport } from "~/models/audit.server";
import { AUDIT_EXPORT_LIMIT, auditExportBatches, type AuditLogEntry } from "~/models/audit-log.server";
import type { HistoryValue } from "~/models/record-history.server";
import { requirePermission } from "~/permissions.server";
import { auditFilterSchema, auditFilterValues } from "~/schemas/audit-log";
import { toIsoDate } from "~/domain/calendar-date";

function label(t: Translate, prefix: string, name: string): string {
  const key = `${prefix}.${name}`;
  return isMessageKey(key) ? t(key) : name;
}

function valueText(t: Translate, value: HistoryValue): string {
  switch (value.kind) {
    case "empty":
      return t("history.emptyValue");
    case "boolean":
      return value.value ? t("history.yes") : t("history.no");
    case "date":
      return value.iso;
    case "record":
      return value.label;
    case "hidden":
      return t("history.hidden");
    case "text":
      return value.text;
  }
}

function changesText(t: Translate, entry: AuditLogEntry): string {
  if (!entry.visible) return t("audit.csv.withheld");
  return entry.changes.map((c) => `${label(t, "historyField", c.field)}: ${valueText(t, c.before)} → ${valueText(t, c.after)}`).join("\n");
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, ctx } = await requirePermission(request, "read", "audit");
  const locale = await resolveLocale(request, user.locale);
  const t = translator(locale);
  const values = auditFilterValues(request.url);
  const parsed = auditFilterSchema.safeParse(values);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${isMessageKey(issue.message) ? t(issue.message) : issue.message}`);
    return new Response(`${messages.join("\n")}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const timeZone = user.timeZone ?? "UTC";
  await recordExport(user.id, "audit.csv", values);
  const batches = auditExportBatches(ctx, parsed.data, timeZone);
  const header = [
    t("audit.csv.at"),
    t("audit.csv.local"),
    t("audit.csv.actorEmail"),
    t("audit.csv.actorName"),
    t("audit.csv.action"),
    t("audit.csv.entity"),
    t("audit.csv.record"),
    t("audit.csv.changes"),
  ];
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header], { bom: true })));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      const records = next.value.entries.map((e) => [
        new Date(e.at).toISOString(),
        formatDateTime(e.at, locale, timeZone),
        csvCell(e.actor?.email),
        csvCell(e.actor?.name ?? t("audit.bySystem")),
        csvCell(label(t, "auditAction", e.action)),
        csvCell(label(t, "auditEntity", e.entity)),
        csvCell(e.entityId),
        csvCell(changesText(t, e)),
      ]);
      if (next.value.truncated) records.push([t("audit.csv.truncated", { count: AUDIT_EXPORT_LIMIT })]);
      controller.enqueue(encoder.encode(stringify(records)));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${toIsoDate(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
