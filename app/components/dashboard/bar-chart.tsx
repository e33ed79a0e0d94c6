// A small horizontal bar chart drawn on the server as SVG: no script, prints, and reads without
// colour (each bar carries its value as text). The same figures are in a table for screen readers.

export type Bar = { label: string; value: number; text: string; low?: boolean };

const ROW = 22;
const LABEL = 96;
const WIDTH = 300;
const VALUE = 48;

export function BarChart({ bars, max, title }: { bars: Bar[]; max: number; title: string }) {
  const plot = WIDTH - LABEL - VALUE;
  const height = bars.length * ROW + 4;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} focusable="false">
      {bars.map((b, i) => {
        const y = i * ROW + 2;
        const w = max > 0 ? Math.max(1, Math.round((b.value / max) * plot)) : 0;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={LABEL - 6} y={y + 14} textAnchor="end">
              {b.label.length > 16 ? `${b.label.slice(0, 15)}…` : b.label}
            </text>
            <rect className="bar-bg" x={LABEL} y={y + 2} width={plot} height={ROW - 6} rx={2} />
            <rect className={b.low ? "bar bar--low" : "bar"} x={LABEL} y={y + 2} width={w} height={ROW - 6} rx={2} />
            <text x={LABEL + plot + 6} y={y + 14}>
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
