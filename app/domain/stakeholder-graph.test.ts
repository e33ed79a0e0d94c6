import { describe, expect, it } from "vitest";
import { degreesFromGroups, layoutGraph, linksFromGroups, mostConnected, type GraphAgency } from "./stakeholder-graph";

const agency = (id: string, kind = "ministry"): GraphAgency => ({ id, name: `Agency ${id}`, acronym: id.toUpperCase(), kind });

describe("links between agencies", () => {
  it("counts shared committees and shared responsibilities per pair, in either order", () => {
    const links = linksFromGroups([["a", "b", "c"], ["b", "a"]], [["b", "a"], ["c"]]);
    const ab = links.find((l) => l.source === "a" && l.target === "b");
    expect(ab).toEqual({ source: "a", target: "b", committees: 2, responsibilities: 1 });
    expect(links.find((l) => l.source === "a" && l.target === "c")).toEqual({ source: "a", target: "c", committees: 1, responsibilities: 0 });
    expect(links).toHaveLength(3);
  });

  it("counts an agency twice in a group (two posts on one responsibility) once", () => {
    expect(linksFromGroups([], [["a", "a", "b"]])).toEqual([{ source: "a", target: "b", committees: 0, responsibilities: 1 }]);
  });
});

describe("keeping the map legible", () => {
  it("counts each agency's connections from the group sizes", () => {
    expect(degreesFromGroups([["a", "b", "c"], ["a", "b"], ["c", "d"], ["a", "a"]])).toEqual(
      new Map([["a", 3], ["b", 3], ["c", 3], ["d", 1]]),
    );
  });

  it("keeps the most connected agencies and only the links among them", () => {
    const agencies = ["a", "b", "c", "d"].map((id) => agency(id));
    const kept = mostConnected(agencies, [["a", "b", "c"]], [["a", "b"], ["c", "d"], ["a", "d"]], { limit: 3, maxLinks: 10 });
    expect(kept.agencies.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(kept.omitted).toBe(1);
    expect(kept.links).toEqual([
      { source: "a", target: "b", committees: 1, responsibilities: 1 },
      { source: "a", target: "c", committees: 1, responsibilities: 0 },
      { source: "b", target: "c", committees: 1, responsibilities: 0 },
    ]);
  });

  it("draws only the strongest links past the cap", () => {
    const agencies = ["a", "b", "c"].map((id) => agency(id));
    const kept = mostConnected(agencies, [["a", "b", "c"], ["a", "b"]], [], { limit: 3, maxLinks: 1 });
    expect(kept.links).toEqual([{ source: "a", target: "b", committees: 2, responsibilities: 0 }]);
  });
});

describe("layout", () => {
  const agencies = Array.from({ length: 60 }, (_, i) => agency(`n${i}`, i % 3 ? "ministry" : "customs"));
  const links = linksFromGroups(
    Array.from({ length: 10 }, (_, c) => agencies.filter((_, i) => i % 10 === c).map((a) => a.id)),
    Array.from({ length: 20 }, (_, r) => [agencies[r]!.id, agencies[(r * 7) % 60]!.id, agencies[(r * 13) % 60]!.id]),
  );

  it("places every node inside the drawing area, with link ends on the nodes", () => {
    const { nodes, links: placed } = layoutGraph(agencies, links, { width: 1000, height: 700 });
    expect(nodes).toHaveLength(60);
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(1000);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(700);
    }
    const first = placed[0]!;
    const source = nodes.find((n) => n.id === first.source)!;
    expect([first.x1, first.y1]).toEqual([source.x, source.y]);
  });

  it("spreads 60 agencies out: no two nodes on top of each other", () => {
    const { nodes } = layoutGraph(agencies, links, { width: 1000, height: 700 });
    let closest = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        closest = Math.min(closest, Math.hypot(nodes[i]!.x - nodes[j]!.x, nodes[i]!.y - nodes[j]!.y));
      }
    }
    expect(closest).toBeGreaterThan(10);
  });

  it("gives the same picture for the same data", () => {
    const a = layoutGraph(agencies, links, { width: 1000, height: 700 });
    const b = layoutGraph(agencies, links, { width: 1000, height: 700 });
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  it("handles an empty map and a single agency", () => {
    expect(layoutGraph([], [], { width: 100, height: 100 }).nodes).toEqual([]);
    const one = layoutGraph([agency("solo")], [], { width: 100, height: 100 }).nodes[0]!;
    expect(one.x).toBeGreaterThanOrEqual(0);
    expect(one.x).toBeLessThanOrEqual(100);
  });
});
