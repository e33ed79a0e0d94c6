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

/**
 * Treaty venues whose city is not an IANA zone name: Geneva keeps Zurich's time (Europe/Zurich), The
 * Hague Amsterdam's. Typing the city finds the zone; the zone name is what is stored.
 */
export const ZONE_CITIES: Readonly<Record<string, readonly string[]>> = {
  "Europe/Zurich": ["Geneva", "Genève", "Bern", "Berne"],
  "Europe/Amsterdam": ["The Hague", "La Haye"],
  "Europe/Brussels": ["Bruxelles"],
  "Europe/Vienna": ["Vienne", "Wien"],
  "America/New_York": ["New York", "Washington"],
  "Africa/Lagos": ["Abuja"],
  "Africa/Addis_Ababa": ["Addis-Abeba"],
  "Africa/Nairobi": ["Nairobi"],
  "Asia/Kolkata": ["New Delhi"],
};

/** The zone a typed name means: a zone name (any case) or one of the cities above. */
export function resolveTimeZone(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  if (isTimeZone(text)) {
    const exact = Intl.supportedValuesOf("timeZone").find((z) => z.toLowerCase() === text.toLowerCase());
    return exact ?? (text.toUpperCase() === "UTC" ? "UTC" : text);
  }
  const wanted = text.toLocaleLowerCase("fr");
  for (const [zone, cities] of Object.entries(ZONE_CITIES)) {
    if (cities.some((c) => c.toLocaleLowerCase("fr") === wanted)) return zone;
  }
  return null;
}

/** "Europe/Zurich — Geneva, Bern": the label a zone is searched by. */
export function timeZoneLabel(zone: string): string {
  const cities = ZONE_CITIES[zone];
  return cities?.length ? `${zone} — ${cities.join(", ")}` : zone;
}
