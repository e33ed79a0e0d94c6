/** Agencies per column page of the matrix (the page and its loader share it). */
export const MATRIX_COLUMNS = 60;

// The responsibility matrix as a plain table (for the CSV export): one row per responsibility, one
// column per agency, each cell the agency's RACI letters, with the post in brackets where one is named.
// The export writes the header once and then the body a batch of rows at a time (matrixBody).

export type MatrixRow = { id: string; title: string; instrument: { code: string } | null; provision: { reference: string } | null; phase: { number: number; nameEn: string } | null };
export type MatrixLine = { responsibilityId: string; agencyId: string; role: string; positionTitle: string | null };
export type MatrixAgency = { id: string; name: string; acronym: string | null };

const ROLE_ORDER = ["R", "A", "C", "I"];
const FIXED_COLUMNS = 4;

export function matrixHeader(agencies: readonly MatrixAgency[]): string[] {
  return ["Responsibility", "Instrument", "Article", "Phase", ...agencies.map((a) => (a.acronym ? `${a.acronym} (${a.name})` : a.name))];
}

/**
 * The body rows for some responsibilities, given every line of theirs and the agency columns. Each
 * row's lines are put in R, A, C, I order once (a stable sort: lines of one role keep the order they
 * came in) and dropped into their agency's column, so a row costs its lines, not rows × agencies.
 */
export function matrixBody(rows: readonly MatrixRow[], lines: readonly MatrixLine[], agencies: readonly MatrixAgency[]): string[][] {
  const column = new Map(agencies.map((a, i) => [a.id, FIXED_COLUMNS + i]));
  const linesOf = new Map<string, MatrixLine[]>();
  for (const l of lines) {
    const own = linesOf.get(l.responsibilityId);
    if (own) own.push(l);
    else linesOf.set(l.responsibilityId, [l]);
  }
  return rows.map((r) => {
    const record = new Array<string>(FIXED_COLUMNS + agencies.length).fill("");
    record[0] = r.title;
    record[1] = r.instrument?.code ?? "";
    record[2] = r.provision?.reference ?? "";
    record[3] = r.phase ? `${r.phase.number}. ${r.phase.nameEn}` : "";
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

export function matrixTable(rows: readonly MatrixRow[], lines: readonly MatrixLine[], agencies: readonly MatrixAgency[]): string[][] {
  return [matrixHeader(agencies), ...matrixBody(rows, lines, agencies)];
}
