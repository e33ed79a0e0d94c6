import { ANY_OWNER, can, type AccessContext } from "~/domain/access";
import type { MessageKey } from "~/i18n/en";

export type NavItem = { to: string; label: MessageKey };

const AREAS: readonly NavItem[] = [
  { to: "/", label: "nav.dashboard" },
  { to: "/agencies", label: "nav.agencies" },
  { to: "/people", label: "nav.people" },
  { to: "/responsibilities", label: "nav.responsibilities" },
  { to: "/committees", label: "nav.committees" },
  { to: "/meetings", label: "nav.meetings" },
  { to: "/decisions", label: "nav.decisions" },
  { to: "/reporting", label: "nav.reporting" },
  { to: "/handovers", label: "nav.handovers" },
  { to: "/search", label: "nav.search" },
];

/** Every role reads every area; what a role may change is decided per page on the server. */
export function navigationFor(ctx: AccessContext): NavItem[] {
  const items = [...AREAS];
  // The audit log is for those whose role may read it (read:audit); clearance still applies inside it.
  if (can(ctx, "read", "audit")) items.push({ to: "/admin/audit", label: "audit.title" });
  // The outbox is for those who administer users (it shows whom Relais writes to).
  if (can(ctx, "read", "user", ANY_OWNER)) items.push({ to: "/admin/outbox", label: "notify.outbox.title" });
  return items;
}

/** The first segment of an address, for the pages that belong to an area under another name. */
const SEGMENT_AREA: Readonly<Record<string, string>> = {
  positions: "/people",
  actions: "/decisions",
  documents: "/meetings",
  calendar: "/meetings",
  "rotation-risk": "/handovers",
};

/**
 * The navigation area an address belongs to (its first segment, or the area that segment's pages sit
 * under): what an error page offers to go back to. Null for the dashboard and pages outside the areas.
 */
export function areaOf(pathname: string): NavItem | null {
  const segment = pathname.split("/")[1] ?? "";
  const to = SEGMENT_AREA[segment] ?? `/${segment}`;
  return AREAS.find((a) => a.to === to && a.to !== "/") ?? null;
}
