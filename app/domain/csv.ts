// What every CSV export writes into a cell (csv-stringify does the quoting).

/** A CSV cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is kept as text. */
export function csvCell(value: string | null | undefined): string {
  if (!value) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
