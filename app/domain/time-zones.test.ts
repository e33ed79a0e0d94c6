import { describe, expect, it } from "vitest";
import { resolveTimeZone, timeZoneLabel, timeZoneOptions } from "./time-zones";

describe("time zones", () => {
  it("finds Geneva's zone by the city's name, in English and French", () => {
    expect(resolveTimeZone("Geneva")).toBe("Europe/Zurich");
    expect(resolveTimeZone("genève")).toBe("Europe/Zurich");
    expect(resolveTimeZone("The Hague")).toBe("Europe/Amsterdam");
    expect(timeZoneLabel("Europe/Zurich")).toContain("Geneva");
  });

  it("accepts IANA names in any case and refuses unknown ones", () => {
    expect(resolveTimeZone("europe/vienna")).toBe("Europe/Vienna");
    expect(resolveTimeZone("America/New_York")).toBe("America/New_York");
    expect(resolveTimeZone("utc")).toBe("UTC");
    expect(resolveTimeZone("Europe/Atlantis")).toBeNull();
    expect(resolveTimeZone("")).toBeNull();
  });

  it("offers the runtime's full list", () => {
    const zones = timeZoneOptions();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain("Europe/Zurich");
    expect(zones).toContain("Pacific/Auckland");
  });
});
