// The weeks of a month view (Monday first), as ISO dates, including the days of the neighbouring
// months that complete the first and last weeks.
import { toIsoDate } from "./calendar-date";

export function parseMonth(value: string | null, fallback: string): { year: number; month: number } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? "") ?? /^(\d{4})-(\d{2})/.exec(fallback);
  return { year: Number(m?.[1] ?? 1970), month: Number(m?.[2] ?? 1) };
}

export function monthGrid(year: number, month: number): string[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  const start = new Date(first);
  start.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  for (const day = start; day <= last || weeks.at(-1)?.length !== 7; day.setUTCDate(day.getUTCDate() + 1)) {
    if (!weeks.length || weeks.at(-1)?.length === 7) weeks.push([]);
    weeks.at(-1)?.push(toIsoDate(day));
  }
  return weeks;
}

export function shiftMonth(year: number, month: number, by: number): string {
  const d = new Date(Date.UTC(year, month - 1 + by, 1));
  return toIsoDate(d).slice(0, 7);
}
