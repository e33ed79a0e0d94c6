import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("groups rows by their key, keeping their order within each group and the order keys first appear", () => {
    const rows = [
      { post: "b", n: 1 },
      { post: "a", n: 2 },
      { post: "b", n: 3 },
    ];
    const groups = groupBy(rows, (r) => r.post);
    expect([...groups.keys()]).toEqual(["b", "a"]);
    expect(groups.get("b")?.map((r) => r.n)).toEqual([1, 3]);
    expect(groups.get("a")?.map((r) => r.n)).toEqual([2]);
    expect(groupBy([], (r: { post: string }) => r.post).size).toBe(0);
  });
});
