// CSV import: parse (csv-parse), check every row (form rules, then the database), and apply all rows
// in one transaction or none. A file with one bad row changes nothing and says which row and why.
import { CsvError, parse } from "csv-parse/sync";
import { prisma } from "~/db.server";
import { can, type AccessContext } from "~/domain/access";
import {
  checkRows,
  headerErrors,
  IMPORT_MAX_ROWS,
  type CheckedRows,
  type ImportKind,
  type RowError,
} from "~/schemas/csv-import";
import { recordAudit } from "./audit.server";

type Parsed = { header: string[]; records: { row: number; values: Record<string, string> }[] };

const normalise = (column: string) => column.trim().toLowerCase().replace(/[\s-]+/g, "_");

export function parseCsv(text: string): Parsed | { errors: RowError[] } {
  try {
    let header: string[] = [];
    const out: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (first: string[]) => (header = first.map(normalise)),
    });
    if (out.length > IMPORT_MAX_ROWS) return { errors: [{ row: IMPORT_MAX_ROWS + 2, column: "", message: "import.error.tooManyRows" }] };
    return { header, records: out.map((r) => ({ row: r.info.lines, values: r.record })) };
  } catch (error) {
    if (error instanceof CsvError) {
      const row = "lines" in error && typeof error.lines === "number" ? error.lines : 1;
      const message = error.code === "CSV_RECORD_INCONSISTENT_COLUMNS" ? "import.error.columnCount" : "import.error.unreadable";
      return { errors: [{ row, column: "", message }] };
    }
    throw error;
  }
}

const key = (value: string) => value.trim().toLowerCase();

/** Database checks: references resolve, nothing is imported twice, and the reader may create it. */
async function checkAgainstDatabase(ctx: AccessContext, checked: CheckedRows): Promise<RowError[]> {
  const errors: RowError[] = [];
  const agencies = await prisma.agency.findMany({ where: { archivedAt: null }, select: { id: true, name: true, acronym: true } });
  const agencyByKey = new Map<string, string>();
  for (const a of agencies) {
    agencyByKey.set(key(a.name), a.id);
    if (a.acronym) agencyByKey.set(key(a.acronym), a.id);
  }
  switch (checked.kind) {
    case "agencies": {
      const seen = new Set<string>();
      for (const { row, data } of checked.rows) {
        if (agencies.some((a) => key(a.name) === key(data.name))) errors.push({ row, column: "name", message: "import.error.agencyExists" });
        else if (seen.has(key(data.name))) errors.push({ row, column: "name", message: "import.error.duplicateInFile" });
        if (data.parent && !agencyByKey.has(key(data.parent)) && !seen.has(key(data.parent)) && !(data.acronym && seen.has(key(data.acronym)))) {
          errors.push({ row, column: "parent", message: "import.error.parentUnknown" });
        }
        seen.add(key(data.name));
        if (data.acronym) seen.add(key(data.acronym));
      }
      break;
    }
    case "people": {
      const emails = checked.rows.flatMap((r) => (r.data.email ? [r.data.email] : []));
      const existing = new Set(
        (await prisma.person.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((p) => p.email),
      );
      const seen = new Set<string>();
      for (const { row, data } of checked.rows) {
        if (!data.email) continue;
        if (existing.has(data.email)) errors.push({ row, column: "email", message: "import.error.personExists" });
        else if (seen.has(data.email)) errors.push({ row, column: "email", message: "import.error.duplicateInFile" });
        seen.add(data.email);
      }
      break;
    }
    case "posts": {
      const emails = checked.rows.flatMap((r) => (r.data.holderEmail ? [r.data.holderEmail] : []));
      const people = new Set(
        (await prisma.person.findMany({ where: { email: { in: emails }, archivedAt: null }, select: { email: true } })).map((p) => p.email),
      );
      for (const { row, data } of checked.rows) {
        const agencyId = agencyByKey.get(key(data.agency));
        if (!agencyId) errors.push({ row, column: "agency", message: "import.error.agencyUnknown" });
        else if (!can(ctx, "create", "position", { agencyId })) errors.push({ row, column: "agency", message: "import.error.notYourAgency" });
        else if (data.holderEmail && !can(ctx, "create", "assignment", { agencyId })) {
          errors.push({ row, column: "holder_email", message: "import.error.notYourAgency" });
        }
        if (data.holderEmail && !people.has(data.holderEmail)) errors.push({ row, column: "holder_email", message: "import.error.holderUnknown" });
      }
      break;
    }
  }
  return errors;
}

export type ImportCheck = { header: string[]; records: Parsed["records"]; errors: RowError[]; checked: CheckedRows | null };

/** Everything that can be wrong with a file, row by row, before anything is written. */
export async function checkImport(ctx: AccessContext, kind: ImportKind, text: string): Promise<ImportCheck> {
  const parsed = parseCsv(text);
  if ("errors" in parsed) return { header: [], records: [], errors: parsed.errors, checked: null };
  const header = headerErrors(kind, parsed.header);
  if (header.length) return { header: parsed.header, records: parsed.records, errors: header, checked: null };
  if (!parsed.records.length) return { header: parsed.header, records: [], errors: [{ row: 2, column: "", message: "import.error.empty" }], checked: null };
  const { checked, errors } = checkRows(kind, parsed.records);
  const dbErrors = await checkAgainstDatabase(ctx, checked);
  const all = [...errors, ...dbErrors].sort((a, b) => a.row - b.row);
  return { header: parsed.header, records: parsed.records, errors: all, checked };
}

/** Writes every row, each with its audit event, in one transaction: all or nothing. */
export function applyImport(actorId: string, checked: CheckedRows) {
  return prisma.$transaction(
    async (tx) => {
      const agencies = await tx.agency.findMany({ where: { archivedAt: null }, select: { id: true, name: true, acronym: true } });
      const agencyByKey = new Map<string, string>();
      const remember = (a: { id: string; name: string; acronym: string | null }) => {
        agencyByKey.set(key(a.name), a.id);
        if (a.acronym) agencyByKey.set(key(a.acronym), a.id);
      };
      agencies.forEach(remember);
      let count = 0;
      switch (checked.kind) {
        case "agencies":
          for (const { data } of checked.rows) {
            const { parent, ...fields } = data;
            const parentId = parent ? agencyByKey.get(key(parent)) : undefined;
            const created = await tx.agency.create({
              data: { ...fields, parentId },
              select: { id: true, name: true, acronym: true, kind: true, parentId: true, email: true, phone: true, website: true, address: true, mandate: true },
            });
            await recordAudit(tx, { actorId, entity: "agency", entityId: created.id, action: "import", after: created });
            remember(created);
            count++;
          }
          break;
        case "people":
          for (const { data } of checked.rows) {
            const created = await tx.person.create({ data, select: { id: true, givenName: true, familyName: true, honorific: true, email: true, phone: true } });
            await recordAudit(tx, { actorId, entity: "person", entityId: created.id, action: "import", after: created });
            count++;
          }
          break;
        case "posts":
          for (const { data } of checked.rows) {
            const agencyId = agencyByKey.get(key(data.agency));
            if (!agencyId) throw new Error(`Agency ${data.agency} vanished during the import`);
            const post = await tx.position.create({
              data: { agencyId, title: data.title, description: data.description, functionalEmail: data.functionalEmail },
              select: { id: true, agencyId: true, title: true, description: true, functionalEmail: true },
            });
            await recordAudit(tx, { actorId, entity: "position", entityId: post.id, action: "import", after: post });
            if (data.holderEmail && data.startDate) {
              const person = await tx.person.findFirstOrThrow({ where: { email: data.holderEmail, archivedAt: null }, select: { id: true } });
              const tenure = await tx.assignment.create({
                data: { positionId: post.id, personId: person.id, startDate: data.startDate, acting: data.acting },
                select: { id: true, positionId: true, personId: true, startDate: true, acting: true },
              });
              await recordAudit(tx, { actorId, entity: "assignment", entityId: tenure.id, action: "import", after: tenure });
            }
            count++;
          }
          break;
      }
      return count;
    },
    { timeout: 60_000 },
  );
}
