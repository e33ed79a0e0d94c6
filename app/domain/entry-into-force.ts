// The ATT initial report's dates, kept free of libraries so the browser form can show them as the
// deposit date is typed: entry into force 90 days after the deposit (art. 22.2), the report one
// year later (art. 13.1). Date-only values (UTC midnight).
export const ENTRY_INTO_FORCE_DAYS = 90;

export function entryIntoForce(deposit: Date): Date {
  return new Date(deposit.getTime() + ENTRY_INTO_FORCE_DAYS * 86_400_000);
}

/** One year after entry into force; a 29 February falls back to 28 February. */
export function initialReportDue(deposit: Date): Date {
  const eif = entryIntoForce(deposit);
  const year = eif.getUTCFullYear() + 1;
  const month = eif.getUTCMonth();
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(eif.getUTCDate(), last)));
}
