import { can, type AccessContext } from "~/domain/access";
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
  if (ctx.permissions.includes("read:user:any")) items.push({ to: "/admin/outbox", label: "notify.outbox.title" });
  return items;
}
