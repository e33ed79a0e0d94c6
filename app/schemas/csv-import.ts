// CSV import of agencies, people and posts: the upload form, the columns of each kind of file, and
// the per-row checks that need no database (the same field rules as the forms).
import { z } from "zod";
import { agencySchema } from "./agency";
import { optionalDate } from "./dates";
import { choice, optionalEmail, optionalText, requiredText } from "./fields";
import { personSchema } from "./person";

export const IMPORT_KINDS = ["agencies", "people", "posts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** 1 MiB and 2,000 rows: a national directory fits many times over; anything bigger is a mistake. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;

export const importUploadSchema = z.object({ kind: choice(IMPORT_KINDS) });
export type ImportUploadInput = z.input<typeof importUploadSchema>;

/**
 * The import page's two forms, parsed as one: "preview" uploads the file (read by the route, being a
 * file), "apply" sends back the previewed text, which is checked again before anything is written.
 */
export const importPageSchema = z.discriminatedUnion("intent", [
  importUploadSchema.extend({ intent: z.literal("preview") }),
  importUploadSchema.extend({ intent: z.literal("apply"), csv: z.string() }),
]);

/** Column names of each kind of file; the first row of the file must name them (any order). */
export const IMPORT_COLUMNS = {
  agencies: ["name", "acronym", "kind", "parent", "email", "phone", "website", "address", "mandate"],
  people: ["given_name", "family_name", "honorific", "email", "phone"],
  posts: ["agency", "title", "description", "functional_email", "holder_email", "start_date", "acting"],
} as const satisfies Record<ImportKind, readonly string[]>;

export const REQUIRED_COLUMNS: Record<ImportKind, readonly string[]> = {
  agencies: ["name", "kind"],
  people: ["given_name", "family_name"],
  posts: ["agency", "title"],
};

const YES = ["yes", "true", "1", "oui"];
const NO = ["no", "false", "0", "non"];

/** A spreadsheet's yes/no cell; empty means no. */
function yesNo() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .refine((v) => !v || YES.includes(v) || NO.includes(v), "import.error.yesNo")
    .transform((v) => YES.includes(v ?? ""));
}

const agencyRow = agencySchema.omit({ parentId: true }).extend({ parent: optionalText(200) });
const postRow = z
  .object({
    agency: requiredText(200),
    title: requiredText(200),
    description: optionalText(2000),
    functionalEmail: optionalEmail(),
    holderEmail: optionalEmail(),
    startDate: optionalDate(),
    acting: yesNo(),
  })
  .superRefine((row, ctx) => {
    if (row.holderEmail && !row.startDate) ctx.addIssue({ code: "custom", path: ["startDate"], message: "import.error.startDateNeeded" });
  });

export type AgencyRow = z.output<typeof agencyRow>;
export type PersonRow = z.output<typeof personSchema>;
export type PostRow = z.output<typeof postRow>;

export type RowError = { row: number; column: string; message: string };

/** Form field name → CSV column name, for the error messages. */
const COLUMN_OF: Record<string, string> = {
  givenName: "given_name",
  familyName: "family_name",
  functionalEmail: "functional_email",
  holderEmail: "holder_email",
  startDate: "start_date",
};
const FIELD_OF: Record<string, string> = Object.fromEntries(Object.entries(COLUMN_OF).map(([field, column]) => [column, field]));

function toFields(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of Object.entries(record)) out[FIELD_OF[column] ?? column] = value;
  return out;
}

function check<S extends z.ZodType>(schema: S, record: Record<string, string>, row: number, errors: RowError[]): z.output<S> | null {
  const parsed = schema.safeParse(toFields(record));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors.push({ row, column: COLUMN_OF[field] ?? field, message: issue.message });
  }
  return null;
}

export type CheckedRows =
  | { kind: "agencies"; rows: { row: number; data: AgencyRow }[] }
  | { kind: "people"; rows: { row: number; data: PersonRow }[] }
  | { kind: "posts"; rows: { row: number; data: PostRow }[] };

/** Checks every row with the form rules; `row` is the spreadsheet row number (the header is row 1). */
export function checkRows(kind: ImportKind, records: readonly { row: number; values: Record<string, string> }[]) {
  const errors: RowError[] = [];
  const ok = <T>(value: T | null, row: number) => (value === null ? [] : [{ row, data: value }]);
  let checked: CheckedRows;
  switch (kind) {
    case "agencies":
      checked = { kind, rows: records.flatMap((r) => ok(check(agencyRow, r.values, r.row, errors), r.row)) };
      break;
    case "people":
      checked = { kind, rows: records.flatMap((r) => ok(check(personSchema, r.values, r.row, errors), r.row)) };
      break;
    case "posts":
      checked = { kind, rows: records.flatMap((r) => ok(check(postRow, r.values, r.row, errors), r.row)) };
      break;
  }
  return { checked, errors };
}

/** Header problems: a required column missing, or a column this kind of file does not have. */
export function headerErrors(kind: ImportKind, header: readonly string[]): RowError[] {
  const known: readonly string[] = IMPORT_COLUMNS[kind];
  const errors: RowError[] = [];
  for (const column of REQUIRED_COLUMNS[kind]) if (!header.includes(column)) errors.push({ row: 1, column, message: "import.error.missingColumn" });
  for (const column of header) if (!known.includes(column)) errors.push({ row: 1, column, message: "import.error.unknownColumn" });
  return errors;
}
