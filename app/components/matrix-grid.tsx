import { Fragment, type ReactNode } from "react";
import { useI18n } from "~/i18n/context";
import { GapBadges, type GapItem } from "./gap-list";
import { phaseName, type PhaseNames } from "./phase-name";
import { RaciBadge } from "./raci-badge";
import { agencyLabel } from "~/domain/labels";
import { usePlainLinks } from "./ui/plain-links";

type Column = { id: string; name: string; acronym: string | null };
type Row = {
  id: string;
  title: string;
  instrument: { code: string } | null;
  provision: { reference: string } | null;
  phase: (PhaseNames & { number: number }) | null;
  gaps: GapItem[];
};
type CellLine = { role: string; positionTitle: string | null; note: string | null };

/**
 * Responsibilities × agencies. Both headers are sticky; the grid scrolls both ways. A cell the reader
 * may change is a link that opens its editor in place (a row under it), with or without JavaScript.
 * The grid's links are plain anchors with one click handler (usePlainLinks): a page has up to 1,500.
 */
export function MatrixGrid({
  rows,
  columns,
  cells,
  editable,
  editing,
  cellHref,
  rowHref,
  editor,
}: {
  rows: Row[];
  columns: Column[];
  cells: Record<string, CellLine[]>;
  editable: (agencyId: string) => boolean;
  editing: { responsibilityId: string; agencyId: string } | null;
  cellHref: (responsibilityId: string, agencyId: string) => string;
  /** Opens the agency chooser of a row, to give a role to an agency without a column yet. */
  rowHref: ((responsibilityId: string) => string) | null;
  editor: ReactNode;
}) {
  const { t, locale } = useI18n();
  const onLinkClick = usePlainLinks();
  return (
    <div className="matrix-scroll" onClick={onLinkClick}>
      <table className="matrix">
        <caption className="visually-hidden">{t("responsibility.matrix.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t("responsibility.col.title")}
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="matrix__agency" title={c.name}>
                <a href={`/agencies/${c.id}`}>{agencyLabel(c)}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Fragment key={r.id}>
              <tr id={`row-${r.id}`} className={r.gaps.length ? "has-gap" : undefined}>
                <th scope="row">
                  <a href={`/responsibilities/${r.id}`}>{r.title}</a>
                  <div className="matrix__meta">
                    {r.instrument ? `${r.instrument.code} ${r.provision?.reference ?? ""}` : ""}
                    {r.phase ? ` · ${r.phase.number}. ${phaseName(r.phase, locale)}` : ""}
                  </div>
                  {rowHref ? (
                    <a href={rowHref(r.id)} className="row-add" aria-label={`${t("raci.chooser.link")} — ${r.title}`}>
                      {t("raci.chooser.short")}
                    </a>
                  ) : null}
                  {r.gaps.length ? (
                    <div className="matrix__gaps">
                      <GapBadges gaps={r.gaps} />
                    </div>
                  ) : null}
                </th>
                {columns.map((c) => {
                  const lines = cells[`${r.id}:${c.id}`] ?? [];
                  const letters = lines.map((l, i) => <RaciBadge key={i} role={l.role} post={l.positionTitle} />);
                  const isEditing = editing?.responsibilityId === r.id && editing.agencyId === c.id;
                  return (
                    <td key={c.id} className={`matrix__cell${isEditing ? " is-editing" : ""}`} title={lines.map((l) => l.positionTitle ?? c.name).join(", ") || undefined}>
                      {editable(c.id) ? (
                        // Named by its content (the letters and what they stand for), so the visible letters are
                        // part of the link's name for speech and voice control (WCAG 2.5.3).
                        <a href={cellHref(r.id, c.id)}>
                          <span className="visually-hidden">{`${t("raci.changeCell", { agency: agencyLabel(c), responsibility: r.title })} `}</span>
                          {lines.length ? letters : <span className="visually-hidden">{t("raci.noRoleShort")}</span>}
                        </a>
                      ) : (
                        letters
                      )}
                    </td>
                  );
                })}
              </tr>
              {editing?.responsibilityId === r.id && editor ? (
                <tr className="matrix__editor-row">
                  <td colSpan={columns.length + 1}>{editor}</td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RaciLegend() {
  const { t } = useI18n();
  return (
    <p className="raci-legend">
      {(["R", "A", "C", "I"] as const).map((r) => (
        <span key={r}>
          <RaciBadge role={r} /> {t(`raci.${r}`)}
        </span>
      ))}
    </p>
  );
}
