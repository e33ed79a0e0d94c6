import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatTime, zoneAbbreviation } from "./format";

describe("date and number formatting (formatters kept between calls)", () => {
  const at = new Date(Date.UTC(2026, 11, 1, 9, 30));
  it("gives the same answers on every call, per locale and zone", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDate(at, "en", "UTC")).toBe("1 Dec 2026");
      expect(formatDate(at, "fr", "UTC")).toBe("1 déc. 2026");
      expect(formatTime(at, "en", "Europe/Vienna")).toBe("10:30");
      expect(formatTime(at, "en", "America/New_York")).toBe("04:30");
      expect(formatDateTime(at, "fr", "Europe/Vienna")).toBe("1 déc. 2026, 10:30");
      expect(zoneAbbreviation(at, "en", "Europe/Vienna")).toBe("CET");
      expect(formatNumber(12345, "en")).toBe("12,345");
    }
  });
});
