import { describe, expect, it } from "vitest";
import { englishOrdinal, nextSequence, numberedTitle, provisionalNumbers, sequencesFor } from "./sequence";

describe("meeting numbers per committee", () => {
  it("starts at 1 and follows the highest number used, ignoring unnumbered meetings", () => {
    expect(nextSequence([])).toBe(1);
    expect(nextSequence([null, null])).toBe(1);
    expect(nextSequence([875, 876, null])).toBe(877);
  });

  it("never reuses a number: a gap left by a cancelled meeting stays a gap", () => {
    expect(nextSequence([1, 2, 4])).toBe(5);
  });

  it("numbers a new series after the committee's last meeting, in date order", () => {
    expect(sequencesFor([1, 2, 3], 4)).toEqual([4, 5, 6, 7]);
    expect(sequencesFor([], 2)).toEqual([1, 2]);
  });

  it("writes English ordinals, including 11th to 13th", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 877].map(englishOrdinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th", "877th",
    ]);
  });

  it("titles a numbered meeting with the committee's noun", () => {
    expect(numberedTitle(877, "plenary meeting", "Forum")).toBe("877th plenary meeting of the Forum");
    expect(numberedTitle(3, null, "NAIC")).toBe("3rd meeting of the NAIC");
    expect(numberedTitle(null, "plenary meeting", "Forum")).toBe("Plenary meeting of the Forum");
  });
});

describe("provisional meeting numbers", () => {
  const at = (d: string) => new Date(`${d}T09:00:00Z`);
  it("numbers meetings to come after the highest fixed number, in date order", () => {
    const numbers = provisionalNumbers([
      { id: "held7", startsAt: at("2026-10-01"), status: "held", sequence: 7, numberFixed: true },
      { id: "next", startsAt: at("2026-12-10"), status: "planned", sequence: 8, numberFixed: false },
      { id: "later", startsAt: at("2027-01-20"), status: "confirmed", sequence: 9, numberFixed: false },
      // Scheduled afterwards, but held before the "8th": it takes 8 and the others move up.
      { id: "inserted", startsAt: at("2026-12-03"), status: "planned", sequence: null, numberFixed: false },
    ]);
    expect(Object.fromEntries(numbers)).toEqual({ inserted: 8, next: 9, later: 10 });
  });

  it("frees the number of a cancelled or postponed meeting that was never fixed, and keeps fixed ones", () => {
    const numbers = provisionalNumbers([
      { id: "official", startsAt: at("2018-02-21"), status: "held", sequence: 877, numberFixed: true },
      { id: "cancelledFixed", startsAt: at("2018-02-28"), status: "cancelled", sequence: 878, numberFixed: true },
      { id: "cancelled", startsAt: at("2018-03-07"), status: "cancelled", sequence: 879, numberFixed: false },
      { id: "postponed", startsAt: at("2018-03-08"), status: "postponed", sequence: null, numberFixed: false },
      { id: "next", startsAt: at("2018-03-14"), status: "planned", sequence: 880, numberFixed: false },
    ]);
    expect(Object.fromEntries(numbers)).toEqual({ cancelled: null, postponed: null, next: 879 });
  });

  it("starts at 1 for a committee with no fixed number", () => {
    const numbers = provisionalNumbers([
      { id: "b", startsAt: at("2027-02-01"), status: "planned", sequence: null, numberFixed: false },
      { id: "a", startsAt: at("2027-01-01"), status: "planned", sequence: null, numberFixed: false },
    ]);
    expect(Object.fromEntries(numbers)).toEqual({ a: 1, b: 2 });
  });
});
