import { NavLink } from "@remix-run/react";

export type SectionView = { to: string; label: string };

/** The views of an area (meetings, reporting …): a labelled nav of links, the current one marked. */
export function SectionNav({ label, views }: { label: string; views: readonly SectionView[] }) {
  return (
    <nav aria-label={label}>
      <ul className="subnav">
        {views.map((v) => (
          <li key={v.to}>
            <NavLink to={v.to} end>
              {v.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
