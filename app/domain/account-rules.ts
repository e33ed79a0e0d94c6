// Who may manage which account, and which roles they may hand out. An administrator holds
// `…:user:any`; a role with `…:user:own` (secretaries) manages the accounts of people who hold a post
// in one of their agencies, and only as far as focal point or viewer: nobody can grant, or take
// away from someone else, more than a role below their own.
import { ANY_OWNER, can, type AccessContext, type Ownership } from "./access";
import { ROLE_NAMES, type RoleName } from "./vocabulary";

const LIMITED_ROLES: readonly RoleName[] = ["focal_point", "viewer"];

export function grantableRoles(ctx: AccessContext): readonly RoleName[] {
  return can(ctx, "update", "user", ANY_OWNER) ? ROLE_NAMES : LIMITED_ROLES;
}

/**
 * Whether `ctx` may change the account: its permission for the account's agencies, and an account
 * holding a role they may not grant (an administrator's, a secretary's) stays out of their reach.
 * An account never manages itself here (its holder uses the profile page; an admin cannot lock
 * themselves out by disabling or demoting their own account).
 */
export function mayManageAccount(
  ctx: AccessContext,
  account: { id: string; roles: readonly string[]; owners: readonly Ownership[] },
  action: "create" | "update" = "update",
): boolean {
  if (account.id === ctx.userId) return false;
  const allowed = grantableRoles(ctx);
  if (account.roles.some((r) => !(allowed as readonly string[]).includes(r))) return false;
  if (can(ctx, action, "user", ANY_OWNER)) return true;
  return account.owners.some((owner) => can(ctx, action, "user", owner));
}

/** Roles asked for that the manager may not grant (empty when the request is allowed). */
export function rolesBeyondReach(ctx: AccessContext, requested: readonly RoleName[]): RoleName[] {
  const allowed = grantableRoles(ctx);
  return requested.filter((r) => !allowed.includes(r));
}

export type AccountStatus = "active" | "invited" | "disabled";
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ["active", "invited", "disabled"];

/** "invited" until the person has set a password; the stored hash is empty until then. */
export function accountStatus(account: { disabledAt: Date | string | null; hasPassword: boolean }): AccountStatus {
  if (account.disabledAt) return "disabled";
  return account.hasPassword ? "active" : "invited";
}
