import { describe, expect, it } from "vitest";
import { englishOrdinal, nextSequence, numberedTitle, sequencesFor } from "./sequence";

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
