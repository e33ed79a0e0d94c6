// IANA time zone names. No luxon here: the schemas that use this run in the browser too.

/** True for an IANA zone name this runtime knows ("Europe/Vienna", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, plus UTC and the given ones, sorted: the options of a zone select. */
export function timeZoneOptions(...include: readonly (string | null | undefined)[]): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  for (const z of include) if (z && isTimeZone(z)) zones.add(z);
  return [...zones].sort();
}
