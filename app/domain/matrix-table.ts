/** Agencies per column page of the matrix (the page and its loader share it). */
export const MATRIX_COLUMNS = 60;

// The responsibility matrix as a plain table (for the CSV export): one row per responsibility, one
// column per agency, each cell the agency's RACI letters, with the post in brackets where one is named.
// The export writes the header once and then the body a batch of rows at a time (matrixBody), in the
// reader's language (TableLabels); every text a user typed goes through csvCell.
import { csvCell } from "./csv";

type Phase = { number: number; nameEn: string; nameFr?: string };
export type MatrixRow = { id: string; title: string; instrument: { code: string } | null; provision: { reference: string } | null; phase: Phase | null };
export type MatrixLine = { responsibilityId: string; agencyId: string; role: string; positionTitle: string | null };
export type MatrixAgency = { id: string; name: string; acronym: string | null };

const ROLE_ORDER = ["R", "A", "C", "I"];
const FIXED_COLUMNS = 4;

/** The names of the fixed columns and of a phase, in the reader's language (English by default). */
export type TableLabels = {
  columns: readonly [responsibility: string, instrument: string, article: string, phase: string];
  phase: (phase: Phase) => string;
};
const ENGLISH: TableLabels = { columns: ["Responsibility", "Instrument", "Article", "Phase"], phase: (p) => p.nameEn };

export function matrixHeader(agencies: readonly MatrixAgency[], labels: TableLabels = ENGLISH): string[] {
  return [...labels.columns, ...agencies.map((a) => csvCell(a.acronym ? `${a.acronym} (${a.name})` : a.name))];
}

/**
 * The body rows for some responsibilities, given every line of theirs and the agency columns. Each
 * row's lines are put in R, A, C, I order once (a stable sort: lines of one role keep the order they
 * came in) and dropped into their agency's column, so a row costs its lines, not rows × agencies.
 */
export function matrixBody(rows: readonly MatrixRow[], lines: readonly MatrixLine[], agencies: readonly MatrixAgency[], labels: TableLabels = ENGLISH): string[][] {
  const column = new Map(agencies.map((a, i) => [a.id, FIXED_COLUMNS + i]));
  const linesOf = new Map<string, MatrixLine[]>();
  for (const l of lines) {
    const own = linesOf.get(l.responsibilityId);
    if (own) own.push(l);
    else linesOf.set(l.responsibilityId, [l]);
  }
  return rows.map((r) => {
    const record = new Array<string>(FIXED_COLUMNS + agencies.length).fill("");
    record[0] = csvCell(r.title);
    record[1] = csvCell(r.instrument?.code);
    record[2] = csvCell(r.provision?.reference);
    record[3] = r.phase ? `${r.phase.number}. ${labels.phase(r.phase)}` : "";
    const own = [...(linesOf.get(r.id) ?? [])].sort((x, y) => ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role));
    for (const l of own) {
      const at = column.get(l.agencyId);
      if (at === undefined) continue;
      const letter = l.positionTitle ? `${l.role} (${l.positionTitle})` : l.role;
      record[at] = record[at] ? `${record[at]}; ${letter}` : letter;
    }
    return record;
  });
}

export function matrixTable(rows: readonly MatrixRow[], lines: readonly MatrixLine[], agencies: readonly MatrixAgency[], labels: TableLabels = ENGLISH): string[][] {
  return [matrixHeader(agencies, labels), ...matrixBody(rows, lines, agencies, labels)];
}
