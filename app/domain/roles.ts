// What each role may do. The seed writes these into Role/Permission rows; the server reads the rows.
import type { PermissionString } from "./access";
import { PERMISSION_ACTIONS, PERMISSION_ENTITIES } from "./access";
import type { RoleName } from "./vocabulary";

const everything: PermissionString[] = PERMISSION_ACTIONS.flatMap((action) =>
  PERMISSION_ENTITIES.map((entity): PermissionString => `${action}:${entity}:any`),
);

const readAll: PermissionString[] = PERMISSION_ENTITIES.filter((e) => e !== "audit" && e !== "user").map(
  (entity): PermissionString => `read:${entity}:any`,
);

/** Secretaries run committees and meetings and keep the stakeholder map right. */
const secretary: PermissionString[] = [
  ...readAll,
  "read:audit:any",
  ...(["committee", "meeting", "attendance", "document", "decision", "action", "reporting"] as const).flatMap(
    (entity) => (["create", "update", "archive"] as const).map((a): PermissionString => `${a}:${entity}:any`),
  ),
  ...(["agency", "person", "position", "assignment", "responsibility"] as const).flatMap((entity) =>
    (["create", "update"] as const).map((a): PermissionString => `${a}:${entity}:any`),
  ),
  "create:handover:own",
  "update:handover:own",
  // The accounts of their agency's people: invite, change roles up to focal point, disable.
  "read:user:own",
  "create:user:own",
  "update:user:own",
];

/** Focal points edit what belongs to their agency and their posts. */
const focalPoint: PermissionString[] = [
  ...readAll,
  "update:agency:own",
  "create:person:any",
  "update:person:own",
  "create:position:own",
  "update:position:own",
  "create:assignment:own",
  "update:assignment:own",
  "update:responsibility:own",
  "update:attendance:own",
  "create:action:own",
  "update:action:own",
  "update:reporting:own",
  "create:handover:own",
  "update:handover:own",
];

export const ROLE_PERMISSIONS: Record<RoleName, readonly PermissionString[]> = {
  admin: everything,
  secretary,
  focal_point: focalPoint,
  viewer: readAll,
};

export function parsePermission(value: PermissionString) {
  const [action, entity, access] = value.split(":");
  return { action: action ?? "", entity: entity ?? "", access: access ?? "" };
}
