// The stakeholder map (UNIDIR lesson 2, "identify the stakeholders"): agencies linked by the
// committees they share and the responsibilities they share. d3-force lays it out; the simulation
// runs a fixed number of ticks with a seeded random source, so the same data gives the same picture.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";

export type GraphAgency = { id: string; name: string; acronym: string | null; kind: string };
export type GraphLink = { source: string; target: string; committees: number; responsibilities: number };

/** Links from groups: every pair of agencies in the same group shares one more of it. */
export function linksFromGroups(
  committeeGroups: readonly (readonly string[])[],
  responsibilityGroups: readonly (readonly string[])[],
): GraphLink[] {
  const links = new Map<string, GraphLink>();
  const add = (groups: readonly (readonly string[])[], field: "committees" | "responsibilities") => {
    for (const group of groups) {
      const members = [...new Set(group)].sort();
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const source = members[i] ?? "";
          const target = members[j] ?? "";
          const key = `${source}|${target}`;
          const link = links.get(key) ?? { source, target, committees: 0, responsibilities: 0 };
          link[field] += 1;
          links.set(key, link);
        }
      }
    }
  };
  add(committeeGroups, "committees");
  add(responsibilityGroups, "responsibilities");
  return [...links.values()];
}

export function linkWeight(link: GraphLink): number {
  return link.committees + link.responsibilities;
}

/**
 * How connected each agency is, from the groups alone: in a group of n, each member gains n - 1.
 * Cheap even with thousands of groups, unlike listing every pair.
 */
export function degreesFromGroups(groups: readonly (readonly string[])[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const group of groups) {
    const members = new Set(group);
    for (const id of members) degree.set(id, (degree.get(id) ?? 0) + members.size - 1);
  }
  return degree;
}

/**
 * Keeps the map legible: at most `limit` agencies, the most connected first (ties by name), and at
 * most `maxLinks` links among them, the strongest. Returns how many agencies were left out.
 */
export function mostConnected(
  agencies: readonly GraphAgency[],
  committeeGroups: readonly (readonly string[])[],
  responsibilityGroups: readonly (readonly string[])[],
  { limit, maxLinks }: { limit: number; maxLinks: number },
) {
  const degree = degreesFromGroups([...committeeGroups, ...responsibilityGroups]);
  const ranked = [...agencies].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const kept = ranked.slice(0, limit);
  const keptIds = new Set(kept.map((a) => a.id));
  const only = (groups: readonly (readonly string[])[]) => groups.map((g) => g.filter((id) => keptIds.has(id))).filter((g) => g.length > 1);
  const links = linksFromGroups(only(committeeGroups), only(responsibilityGroups))
    .sort((a, b) => linkWeight(b) - linkWeight(a) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, maxLinks);
  return { agencies: kept, links, omitted: agencies.length - kept.length };
}

export type PlacedNode = GraphAgency & { x: number; y: number; r: number; degree: number };
export type PlacedLink = GraphLink & { x1: number; y1: number; x2: number; y2: number };

type SimNode = SimulationNodeDatum & { id: string };
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

/** A small seeded generator (LCG), so d3's jiggling of coincident nodes is reproducible. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1_664_525, state) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

export function layoutGraph(
  agencies: readonly GraphAgency[],
  links: readonly GraphLink[],
  { width, height, ticks = 200, margin = 40 }: { width: number; height: number; ticks?: number; margin?: number },
): { nodes: PlacedNode[]; links: PlacedLink[] } {
  const degree = new Map<string, number>();
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + linkWeight(l));
    degree.set(l.target, (degree.get(l.target) ?? 0) + linkWeight(l));
  }
  const maxWeight = Math.max(1, ...links.map(linkWeight));
  const simNodes: SimNode[] = agencies.map((a) => ({ id: a.id }));
  const simLinks: SimLink[] = links.map((l) => ({ source: l.source, target: l.target, weight: linkWeight(l) }));
  const radius = (id: string) => 6 + Math.min(10, Math.sqrt(degree.get(id) ?? 0) * 1.5);

  const simulation = forceSimulation(simNodes)
    .randomSource(seeded(20_261_125))
    // Cool down over exactly `ticks` steps (d3's default assumes 300).
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      "link",
      forceLink<SimNode, SimLink>(simLinks)
        .id((n) => n.id)
        .distance((l) => 140 - 80 * (l.weight / maxWeight))
        .strength((l) => 0.05 + 0.5 * (l.weight / maxWeight)),
    )
    .force("charge", forceManyBody<SimNode>().strength(-260))
    .force("collide", forceCollide<SimNode>((n) => radius(n.id) + 22))
    // Pull unlinked agencies in gently so they do not drift off the picture.
    .force("x", forceX<SimNode>(0).strength(0.06))
    .force("y", forceY<SimNode>(0).strength(0.08))
    .stop();
  simulation.tick(ticks);

  // Fit the result into the drawing area.
  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 0), Math.min(...ys, 0), Math.max(...ys, 0)];
  const scale = Math.min((width - 2 * margin) / Math.max(1, maxX - minX), (height - 2 * margin) / Math.max(1, maxY - minY));
  const fit = (value: number, min: number, size: number, span: number) =>
    Math.round((margin + (value - min) * scale + (size - 2 * margin - span * scale) / 2) * 10) / 10;

  const position = new Map<string, { x: number; y: number }>();
  for (const n of simNodes) {
    position.set(n.id, { x: fit(n.x ?? 0, minX, width, maxX - minX), y: fit(n.y ?? 0, minY, height, maxY - minY) });
  }
  const at = (id: string) => position.get(id) ?? { x: width / 2, y: height / 2 };
  return {
    nodes: agencies.map((a) => ({ ...a, ...at(a.id), r: radius(a.id), degree: degree.get(a.id) ?? 0 })),
    links: links.map((l) => {
      const [s, t] = [at(l.source), at(l.target)];
      return { ...l, x1: s.x, y1: s.y, x2: t.x, y2: t.y };
    }),
  };
}
