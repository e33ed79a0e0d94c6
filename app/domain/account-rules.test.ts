import { describe, expect, it } from "vitest";
import type { AccessContext } from "./access";
import { accountStatus, grantableRoles, mayManageAccount, rolesBeyondReach } from "./account-rules";
import { ROLE_PERMISSIONS } from "./roles";

function ctx(role: "admin" | "secretary" | "focal_point", agencyIds: string[] = ["agency-1"]): AccessContext {
  return {
    userId: "me",
    personId: "p-me",
    roles: [role],
    permissions: [...ROLE_PERMISSIONS[role]],
    agencyIds,
    positionIds: [],
    committeeIds: [],
    grants: {},
  };
}

describe("account management rules", () => {
  it("let an administrator grant every role and a secretary only focal point and viewer", () => {
    expect(grantableRoles(ctx("admin"))).toEqual(["admin", "secretary", "focal_point", "viewer"]);
    expect(grantableRoles(ctx("secretary"))).toEqual(["focal_point", "viewer"]);
    expect(rolesBeyondReach(ctx("secretary"), ["viewer", "admin"])).toEqual(["admin"]);
    expect(rolesBeyondReach(ctx("admin"), ["admin"])).toEqual([]);
  });

  it("let a secretary manage the accounts of their agency's people only", () => {
    const mine = { id: "u1", roles: ["focal_point"], owners: [{ agencyId: "agency-1" }] };
    const other = { id: "u2", roles: ["focal_point"], owners: [{ agencyId: "agency-2" }] };
    const nobody = { id: "u3", roles: ["viewer"], owners: [] };
    expect(mayManageAccount(ctx("secretary"), mine)).toBe(true);
    expect(mayManageAccount(ctx("secretary"), mine, "create")).toBe(true);
    expect(mayManageAccount(ctx("secretary"), other)).toBe(false);
    expect(mayManageAccount(ctx("secretary"), nobody)).toBe(false);
    expect(mayManageAccount(ctx("admin"), other)).toBe(true);
    expect(mayManageAccount(ctx("admin"), nobody)).toBe(true);
  });

  it("keep accounts of higher roles, and one's own, out of reach", () => {
    const adminOfMyAgency = { id: "u1", roles: ["admin"], owners: [{ agencyId: "agency-1" }] };
    expect(mayManageAccount(ctx("secretary"), adminOfMyAgency)).toBe(false);
    expect(mayManageAccount(ctx("admin"), { id: "me", roles: ["admin"], owners: [] })).toBe(false);
  });

  it("refuse focal points, who hold no user permission", () => {
    expect(mayManageAccount(ctx("focal_point"), { id: "u1", roles: ["viewer"], owners: [{ agencyId: "agency-1" }] })).toBe(false);
  });

  it("call an account invited until its password is set, and disabled whatever else", () => {
    expect(accountStatus({ disabledAt: null, hasPassword: false })).toBe("invited");
    expect(accountStatus({ disabledAt: null, hasPassword: true })).toBe("active");
    expect(accountStatus({ disabledAt: new Date(), hasPassword: false })).toBe("disabled");
  });
});
