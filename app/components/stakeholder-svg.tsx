import { AGENCY_KINDS, isOneOf, type AgencyKind } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

type Node = { id: string; name: string; acronym: string | null; kind: string; x: number; y: number; r: number; degree: number };
type Edge = { source: string; target: string; committees: number; responsibilities: number; x1: number; y1: number; x2: number; y2: number };

/** Colour by kind; shape by family (national bodies round, missions diamond, outside bodies square or triangle). */
export const KIND_STYLE: Record<AgencyKind, { colour: string; shape: "circle" | "diamond" | "square" | "triangle" }> = {
  ministry: { colour: "#1f4e79", shape: "circle" },
  agency: { colour: "#3f7fbf", shape: "circle" },
  customs: { colour: "#2e8b57", shape: "circle" },
  police: { colour: "#0b7285", shape: "circle" },
  judiciary: { colour: "#7a3b69", shape: "circle" },
  parliament: { colour: "#b5651d", shape: "circle" },
  embassy: { colour: "#8a6d3b", shape: "diamond" },
  intergovernmental: { colour: "#6b4fa0", shape: "square" },
  treaty_secretariat: { colour: "#a61b1b", shape: "square" },
  civil_society: { colour: "#c28f00", shape: "triangle" },
  industry: { colour: "#6e6e6e", shape: "triangle" },
  other: { colour: "#9aa5b4", shape: "circle" },
};

function styleOf(kind: string) {
  return isOneOf(AGENCY_KINDS, kind) ? KIND_STYLE[kind] : KIND_STYLE.other;
}

export function Shape({ kind, x, y, r }: { kind: string; x: number; y: number; r: number }) {
  const { colour, shape } = styleOf(kind);
  const common = { className: "node", fill: colour, stroke: "#fff", strokeWidth: 1.5 };
  switch (shape) {
    case "square":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
    case "diamond":
      return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`} {...common} />;
    case "triangle":
      return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.2},${y + r * 0.9} ${x - r * 1.2},${y + r * 0.9}`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

export function StakeholderSvg({ nodes, links, width, height }: { nodes: Node[]; links: Edge[]; width: number; height: number }) {
  const { t } = useI18n();
  const maxWeight = Math.max(1, ...links.map((l) => l.committees + l.responsibilities));
  return (
    // A group, not an image: its nodes are links, and an image's content is not announced or reachable.
    <svg viewBox={`0 0 ${width} ${height}`} className="stakeholder-map" role="group" aria-labelledby="map-svg-title">
      <title id="map-svg-title">{t("map.svgTitle", { count: nodes.length })}</title>
      <g>
        {links.map((l) => {
          const weight = l.committees + l.responsibilities;
          const kind = l.committees && l.responsibilities ? "both" : l.committees ? "committee" : "responsibility";
          return (
            <line
              key={`${l.source}-${l.target}`}
              x1={l.x1}
              y1={l.y1}
              x2={l.x2}
              y2={l.y2}
              className={`link--${kind}`}
              strokeWidth={0.6 + 4 * Math.sqrt(weight / maxWeight)}
              strokeOpacity={0.25 + 0.5 * (weight / maxWeight)}
            />
          );
        })}
      </g>
      <g>
        {nodes.map((n) => {
          const shown = n.acronym ?? (n.name.length > 18 ? `${n.name.slice(0, 17)}…` : n.name);
          const kind = t(`agencyKind.${isOneOf(AGENCY_KINDS, n.kind) ? n.kind : "other"}`);
          // The name starts with what the node shows (WCAG 2.5.3), then says what it stands for.
          return (
            <a key={n.id} href={`/agencies/${n.id}`} aria-label={`${n.acronym ? `${n.acronym} — ` : ""}${n.name} (${kind})`}>
              <title>{n.name}</title>
              <Shape kind={n.kind} x={n.x} y={n.y} r={n.r} />
              <text x={n.x} y={n.y + n.r + 12} textAnchor="middle">
                {shown}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
