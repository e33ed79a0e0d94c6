import { describe, expect, it } from "vitest";
import { decisionSymbol, decisionYear, nextSerial, numberingProblems, shortYear } from "./decision-numbering";

describe("decision numbering", () => {
  it("starts each committee's year at 1 and follows the highest serial given", () => {
    expect(nextSerial(null)).toBe(1);
    expect(nextSerial(undefined)).toBe(1);
    expect(nextSerial(17)).toBe(18);
  });

  it("takes the year from the decision date, a UTC-midnight date", () => {
    expect(decisionYear(new Date("2018-02-21T00:00:00Z"))).toBe(2018);
    expect(decisionYear(new Date("2018-12-31T00:00:00Z"))).toBe(2018);
    expect(decisionYear(new Date("2019-01-01T00:00:00Z"))).toBe(2019);
  });

  it("writes the OSCE-style symbol from the committee prefix, with a two-digit year", () => {
    expect(decisionSymbol("FSC.DEC", { serial: 1, year: 2018 })).toBe("FSC.DEC/1/18");
    expect(decisionSymbol(" NAIC ", { serial: 12, year: 2026 })).toBe("NAIC/12/26");
    expect(decisionSymbol(null, { serial: 1, year: 2018 })).toBeNull();
    expect(decisionSymbol("  ", { serial: 1, year: 2018 })).toBeNull();
    expect(shortYear(2005)).toBe("05");
    expect(shortYear(2100)).toBe("00");
  });

  it("finds repeated and skipped serials", () => {
    expect(numberingProblems([1, 2, 3])).toEqual({ duplicates: [], missing: [] });
    expect(numberingProblems([3, 1, 3, 5])).toEqual({ duplicates: [3], missing: [2, 4] });
    expect(numberingProblems([])).toEqual({ duplicates: [], missing: [] });
  });
});
