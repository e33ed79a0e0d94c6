import { describe, expect, it } from "vitest";
import { wouldCreateCycle } from "./hierarchy";

// mfa ⊃ disarmament ⊃ att-unit
const parentOf = new Map<string, string | null>([
  ["mfa", null],
  ["disarmament", "mfa"],
  ["att-unit", "disarmament"],
]);

describe("nesting without loops", () => {
  it("accepts a parent elsewhere in the tree", () => {
    expect(wouldCreateCycle("customs", "mfa", parentOf)).toBe(false);
    expect(wouldCreateCycle("att-unit", "mfa", parentOf)).toBe(false);
  });

  it("refuses itself as parent", () => {
    expect(wouldCreateCycle("mfa", "mfa", parentOf)).toBe(true);
  });

  it("refuses one of its own units, however deep", () => {
    expect(wouldCreateCycle("mfa", "att-unit", parentOf)).toBe(true);
  });

  it("accepts no parent, and stops on a loop already in the data", () => {
    expect(wouldCreateCycle("mfa", null, parentOf)).toBe(false);
    const broken = new Map<string, string | null>([
      ["x", "y"],
      ["y", "x"],
    ]);
    expect(wouldCreateCycle("z", "x", broken)).toBe(false);
  });
});
