// Roles and permissions (from ROLE_PERMISSIONS) and the demo users, each linked to a person who holds a post.
import { hashPassword } from "../../app/auth/password.server";
import { parsePermission, ROLE_PERMISSIONS } from "../../app/domain/roles";
import { ROLE_NAMES, type RoleName } from "../../app/domain/vocabulary";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { buildUser } from "./builders";
import { CAPITAL_ZONE, lookup, type Tx } from "./clock";
import type { Organisation, PersonKey } from "./organisation";

const ROLE_DESCRIPTIONS: Record<RoleName, string> = {
  admin: "Administers accounts, roles and the whole directory.",
  secretary: "Committee secretary: runs committees and meetings, records decisions and actions, keeps the reporting calendar.",
  focal_point: "Agency focal point: reads everything open to them and updates what belongs to their agency and posts.",
  viewer: "Read-only access to records open to them.",
};

/** Who each demo account is in the directory. */
const ACCOUNT_PERSON: Record<RoleName, PersonKey> = {
  admin: "dossou",
  secretary: "koffi",
  focal_point: "mensah",
  viewer: "atangana",
};

export async function seedRoles(tx: Tx) {
  const all = [...new Set(ROLE_NAMES.flatMap((role) => ROLE_PERMISSIONS[role]))];
  await tx.permission.createMany({ data: all.map(parsePermission) });
  const rows = await tx.permission.findMany({ select: { id: true, action: true, entity: true, access: true } });
  const permissionIds = new Map(rows.map((r) => [`${r.action}:${r.entity}:${r.access}`, r.id]));
  const permission = lookup(permissionIds);
  const roleRows = await Promise.all(
    ROLE_NAMES.map(async (name) => {
      const row = await tx.role.create({
        data: {
          name,
          description: ROLE_DESCRIPTIONS[name],
          permissions: { connect: ROLE_PERMISSIONS[name].map((p) => ({ id: permission(p) })) },
        },
        select: { id: true },
      });
      return [name, row.id] as const;
    }),
  );
  return lookup(roleRows);
}

/** Hashing is slow on purpose, so it runs before (and outside) the write transaction. */
export function hashDemoPasswords() {
  return Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
}

export async function seedUsers(
  tx: Tx,
  org: Organisation,
  role: (name: RoleName) => string,
  passwordHashes: readonly string[],
) {
  const rows = await Promise.all(
    DEMO_ACCOUNTS.map(async (account, index) => {
      const passwordHash = passwordHashes[index];
      if (!passwordHash) throw new Error(`Missing password hash for ${account.email}`);
      const row = await buildUser(tx, {
        email: account.email,
        passwordHash,
        personId: org.person(ACCOUNT_PERSON[account.role]),
        locale: account.locale,
        timeZone: CAPITAL_ZONE,
        role: { id: role(account.role) },
      });
      return [account.role, row.id] as const;
    }),
  );
  return lookup(rows);
}
