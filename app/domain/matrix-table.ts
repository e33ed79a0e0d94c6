/** Agencies per column page of the matrix (the page and its loader share it). */
export const MATRIX_COLUMNS = 60;

// The responsibility matrix as a plain table (for the CSV export): one row per responsibility, one
// column per agency, each cell the agency's RACI letters, with the post in brackets where one is named.

export type MatrixRow = { id: string; title: string; instrument: { code: string } | null; provision: { reference: string } | null; phase: { number: number; nameEn: string } | null };
export type MatrixLine = { responsibilityId: string; agencyId: string; role: string; positionTitle: string | null };
export type MatrixAgency = { id: string; name: string; acronym: string | null };

const ROLE_ORDER = ["R", "A", "C", "I"];

export function matrixTable(rows: readonly MatrixRow[], lines: readonly MatrixLine[], agencies: readonly MatrixAgency[]): string[][] {
  const cells = new Map<string, MatrixLine[]>();
  for (const l of lines) {
    const key = `${l.responsibilityId}:${l.agencyId}`;
    cells.set(key, [...(cells.get(key) ?? []), l]);
  }
  const header = ["Responsibility", "Instrument", "Article", "Phase", ...agencies.map((a) => (a.acronym ? `${a.acronym} (${a.name})` : a.name))];
  const body = rows.map((r) => [
    r.title,
    r.instrument?.code ?? "",
    r.provision?.reference ?? "",
    r.phase ? `${r.phase.number}. ${r.phase.nameEn}` : "",
    ...agencies.map((a) =>
      [...(cells.get(`${r.id}:${a.id}`) ?? [])]
        .sort((x, y) => ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role))
        .map((l) => (l.positionTitle ? `${l.role} (${l.positionTitle})` : l.role))
        .join("; "),
    ),
  ]);
  return [header, ...body];
}
