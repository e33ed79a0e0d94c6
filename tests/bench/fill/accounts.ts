// Roles and permissions exactly as the demo seed writes them, the four benchmark accounts, and a
// sprinkling of staff accounts so audit events and action updates have a spread of authors.
import type { PermissionString } from "../../../app/domain/access";
import { ROLE_PERMISSIONS, parsePermission } from "../../../app/domain/roles";
import { ROLE_NAMES, type RoleName } from "../../../app/domain/vocabulary";
import type { Persona, World } from "./context";
import { DAY, at, inserter, iso, makeId } from "./context";

export const BENCH_PASSWORD = "bench-password";

/** Person, post and agency i go together for i < 4 (see stakeholders.ts). */
export const PERSONAS: World["personas"] = {
  secretary: persona("bench-secretary@relais.example", "secretary", 0),
  focal: persona("bench-focal@relais.example", "focal_point", 1),
  admin: persona("bench-admin@relais.example", "admin", 2),
  viewer: persona("bench-viewer@relais.example", "viewer", 3),
};

function persona(email: string, role: RoleName, index: number): Persona {
  return { email, role, personIdx: index, positionIdx: index, agencyIdx: index };
}

// The demo seed's wording (prisma/seed/access.ts), so both databases show the same roles.
const ROLE_DESCRIPTIONS: Record<RoleName, string> = {
  admin: "Administers accounts, roles and the whole directory.",
  secretary: "Committee secretary: runs committees and meetings, records decisions and actions, keeps the reporting calendar.",
  focal_point: "Agency focal point: reads everything open to them and updates what belongs to their agency and posts.",
  viewer: "Read-only access to records open to them.",
};

export function fillAccounts(world: World, passwordHash: string) {
  const { db, rng, now } = world;
  const insertRole = inserter(db, "Role", ["id", "name", "description"] as const);
  const insertPermission = inserter(db, "Permission", ["id", "action", "entity", "access"] as const);
  const linkPermission = inserter(db, "_PermissionToRole", ["A", "B"] as const);
  const insertUser = inserter(db, "User", [
    "id", "email", "passwordHash", "personId", "locale", "timeZone", "disabledAt", "createdAt", "updatedAt",
  ] as const);
  const linkRole = inserter(db, "_RoleToUser", ["A", "B"] as const);

  const permissionIds = new Map<PermissionString, string>();
  const roleId = (name: RoleName) => `rol_${name}`;
  for (const name of ROLE_NAMES) {
    insertRole({ id: roleId(name), name, description: ROLE_DESCRIPTIONS[name] });
    for (const permission of ROLE_PERMISSIONS[name]) {
      let id = permissionIds.get(permission);
      if (!id) {
        id = makeId("prm", permissionIds.size);
        permissionIds.set(permission, id);
        insertPermission({ id, ...parsePermission(permission) });
      }
      linkPermission({ A: id, B: roleId(name) });
    }
  }

  const createdAt = iso(now - 400 * DAY);
  const addUser = (email: string, personIdx: number, role: RoleName) => {
    const id = makeId("usr", world.userIds.length);
    insertUser({
      id,
      email,
      passwordHash,
      personId: at(world.persons, personIdx).id,
      locale: rng.chance(0.3) ? "fr" : "en",
      timeZone: null,
      disabledAt: null,
      createdAt,
      updatedAt: createdAt,
    });
    linkRole({ A: roleId(role), B: id });
    world.userIds.push(id);
    world.userIdOf.set(personIdx, id);
  };
  for (const { email, personIdx, role } of Object.values(world.personas)) {
    addUser(email, personIdx, role);
  }
  // One in five current post holders has an account too (same password, for manual checks).
  const holders = new Set<number>();
  for (const position of world.positions) {
    if (position.holderIdx !== null && position.holderIdx >= Object.keys(world.personas).length) {
      holders.add(position.holderIdx);
    }
  }
  for (const personIdx of holders) {
    if (personIdx % 5 !== 0) continue;
    const role: RoleName = rng.chance(0.6) ? "focal_point" : rng.chance(0.5) ? "secretary" : "viewer";
    addUser(`staff-${personIdx}@relais.example`, personIdx, role);
  }
}
