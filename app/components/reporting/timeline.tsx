import { useI18n } from "~/i18n/context";
import { milestoneName } from "~/domain/labels";

type Milestone = { id: string; kind: string; title: string | null; dueDate: string | Date; status: string };
type Cycle = { id: string; cycle: string; dueDate: string | Date; submittedOn: string | Date | null; milestones: Milestone[] };
export type TimelineRow = { id: string; title: string; instrument: { code: string }; deadlines: Cycle[] };

const LABEL_W = 280;
const PLOT_W = 720;
const ROW_H = 30;
const HEAD_H = 28;

/**
 * The year as a Gantt-like chart, drawn on the server as SVG: one row per obligation, a bar from a
 * cycle's first milestone to its due date, milestones as circles (filled when done), due dates as
 * diamonds. Shapes and patterns, not colours, carry the meaning, so it reads printed in black and white.
 */
export function Timeline({ year, rows }: { year: number; rows: TimelineRow[] }) {
  const { t, date, locale } = useI18n();
  const start = Date.UTC(year, 0, 1);
  const span = Date.UTC(year + 1, 0, 1) - start;
  const x = (d: string | Date) => LABEL_W + Math.max(0, Math.min(1, (new Date(d).getTime() - start) / span)) * PLOT_W;
  const months = Array.from({ length: 12 }, (_, m) => ({
    x: x(new Date(Date.UTC(year, m, 1))),
    label: new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(year, m, 1))),
  }));
  const height = HEAD_H + rows.length * ROW_H + 4;
  const inYear = (d: string | Date) => new Date(d).getUTCFullYear() === year;
  return (
    <svg
      className="timeline"
      viewBox={`0 0 ${LABEL_W + PLOT_W + 10} ${height}`}
      // A group, not an image: the obligations' names are links, which an image may not contain.
      role="group"
      aria-label={t("reporting.calendar.printTitle", { year: String(year) })}
      xmlns="http://www.w3.org/2000/svg"
    >
      <defs>
        <pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#000" strokeWidth="1" />
        </pattern>
      </defs>
      {months.map((m) => (
        <g key={m.label}>
          <line x1={m.x} y1={HEAD_H - 6} x2={m.x} y2={height} stroke="#999" strokeWidth="0.5" />
          <text x={m.x + 4} y={HEAD_H - 10} fontSize="11">
            {m.label}
          </text>
        </g>
      ))}
      {rows.map((o, i) => {
        const y = HEAD_H + i * ROW_H;
        const mid = y + ROW_H / 2;
        return (
          <g key={o.id}>
            <line x1="0" y1={y + ROW_H} x2={LABEL_W + PLOT_W} y2={y + ROW_H} stroke="#ddd" strokeWidth="0.5" />
            <text x="4" y={mid + 4} fontSize="11">
              <a href={`/reporting/${o.id}`}>{`${o.instrument.code} · ${o.title}`.slice(0, 46)}</a>
              <title>{o.title}</title>
            </text>
            {o.deadlines.map((c) => {
              const first = c.milestones[0]?.dueDate ?? c.dueDate;
              return (
                <g key={c.id}>
                  <rect x={x(first)} y={mid - 4} width={Math.max(1, x(c.dueDate) - x(first))} height="8" fill="url(#tl-hatch)" stroke="#000" strokeWidth="0.5" />
                  {c.milestones.map((m) => (
                    <circle key={m.id} cx={x(m.dueDate)} cy={mid} r="4" fill={m.status === "done" ? "#000" : "#fff"} stroke="#000" strokeWidth="1.2">
                      <title>{`${milestoneName(t, m)} — ${date(m.dueDate, "UTC")} (${c.cycle})`}</title>
                    </circle>
                  ))}
                  {inYear(c.dueDate) ? (
                    <path
                      d={`M ${x(c.dueDate)} ${mid - 7} l 7 7 l -7 7 l -7 -7 z`}
                      fill={c.submittedOn ? "#000" : "#fff"}
                      stroke="#000"
                      strokeWidth="1.5"
                      data-testid="due-marker"
                    >
                      <title>{`${t("reporting.calendar.dueLabel", { title: o.title, cycle: c.cycle })} — ${date(c.dueDate, "UTC")}`}</title>
                    </path>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The key under the chart, drawn with the same shapes. */
export function TimelineLegend() {
  const { t } = useI18n();
  return (
    <p className="timeline-legend">
      <strong>{t("reporting.calendar.legend")}:</strong>{" "}
      <svg width="14" height="14" aria-hidden="true">
        <path d="M 7 0 l 7 7 l -7 7 l -7 -7 z" fill="#fff" stroke="#000" strokeWidth="1.5" />
      </svg>{" "}
      {t("reporting.calendar.legendDue")} ·{" "}
      <svg width="10" height="10" aria-hidden="true">
        <circle cx="5" cy="5" r="4" fill="#fff" stroke="#000" />
      </svg>{" "}
      {t("reporting.calendar.legendMilestone")} ·{" "}
      <svg width="10" height="10" aria-hidden="true">
        <circle cx="5" cy="5" r="4" fill="#000" stroke="#000" />
      </svg>{" "}
      {t("reporting.calendar.legendDone")}
    </p>
  );
}
