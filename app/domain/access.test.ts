import { describe, expect, it } from "vitest";
import { can, canSee, type AccessContext } from "./access";
import { ROLE_PERMISSIONS } from "./roles";
import type { RoleName } from "./vocabulary";

function contextFor(role: RoleName, over: Partial<AccessContext> = {}): AccessContext {
  return {
    userId: "u1",
    personId: "p1",
    roles: [role],
    permissions: [...ROLE_PERMISSIONS[role]],
    agencyIds: ["customs"],
    positionIds: ["customs-focal"],
    committeeIds: ["naic"],
    grants: {},
    ...over,
  };
}

describe("permissions by role", () => {
  it("admin may do everything, including reading the audit trail", () => {
    const ctx = contextFor("admin");
    expect(can(ctx, "archive", "agency", { agencyId: "police" })).toBe(true);
    expect(can(ctx, "update", "user")).toBe(true);
    expect(can(ctx, "read", "audit")).toBe(true);
  });

  it("secretary runs committees, meetings and decisions for any agency but cannot archive agencies, and manages only their agency's users", () => {
    const ctx = contextFor("secretary");
    expect(can(ctx, "create", "meeting")).toBe(true);
    expect(can(ctx, "update", "decision", { agencyId: "police" })).toBe(true);
    expect(can(ctx, "create", "agency")).toBe(true);
    expect(can(ctx, "update", "agency", { agencyId: "police" })).toBe(true);
    expect(can(ctx, "archive", "agency", { agencyId: "police" })).toBe(false);
    // Accounts of their own agency's people only (issue 10; app/domain/account-rules.ts limits the roles).
    expect(can(ctx, "update", "user", { agencyId: "police" })).toBe(false);
    expect(can(ctx, "update", "user", { agencyId: "customs" })).toBe(true);
    expect(can(ctx, "update", "user")).toBe(true);
    expect(ctx.permissions.includes("update:user:any")).toBe(false);
  });

  it("focal point edits only what belongs to their agency or post", () => {
    const ctx = contextFor("focal_point");
    expect(can(ctx, "update", "agency", { agencyId: "customs" })).toBe(true);
    expect(can(ctx, "update", "agency", { agencyId: "police" })).toBe(false);
    expect(can(ctx, "update", "action", { positionId: "customs-focal" })).toBe(true);
    expect(can(ctx, "update", "action", { agencyId: "police", positionId: "police-post" })).toBe(false);
    expect(can(ctx, "create", "meeting")).toBe(false);
    expect(can(ctx, "create", "agency")).toBe(false);
    expect(can(ctx, "read", "meeting")).toBe(true);
  });

  it("a focal point with no current post owns nothing", () => {
    const ctx = contextFor("focal_point", { agencyIds: [], positionIds: [] });
    expect(can(ctx, "update", "agency", { agencyId: "customs" })).toBe(false);
  });

  it("viewer reads and changes nothing", () => {
    const ctx = contextFor("viewer");
    expect(can(ctx, "read", "agency")).toBe(true);
    expect(can(ctx, "read", "handover")).toBe(true);
    for (const action of ["create", "update", "archive"] as const) {
      expect(can(ctx, action, "agency", { agencyId: "customs" })).toBe(false);
      expect(can(ctx, action, "meeting")).toBe(false);
    }
    expect(can(ctx, "read", "audit")).toBe(false);
  });
});

describe("clearance (confidentiality)", () => {
  const ctx = contextFor("viewer");

  it("public and internal records are visible to every signed-in user", () => {
    expect(canSee(ctx, "meeting", { id: "m1", confidentiality: "public", committeeId: "other" })).toBe(true);
    expect(canSee(ctx, "meeting", { id: "m1", confidentiality: "internal", committeeId: "other" })).toBe(true);
  });

  it("restricted records are visible to members of the committee concerned only", () => {
    expect(canSee(ctx, "decision", { id: "d1", confidentiality: "restricted", committeeId: "naic" })).toBe(true);
    expect(canSee(ctx, "decision", { id: "d2", confidentiality: "restricted", committeeId: "other" })).toBe(false);
  });

  it("restricted records without a committee are visible to the staff of their agency", () => {
    expect(canSee(ctx, "handover", { id: "h1", confidentiality: "restricted", agencyId: "customs" })).toBe(true);
    expect(canSee(ctx, "handover", { id: "h2", confidentiality: "restricted", agencyId: "police" })).toBe(false);
    expect(canSee(ctx, "reportingDeadline", { id: "r1", confidentiality: "restricted" })).toBe(false);
  });

  it("confidential records are visible to named people only, whatever their role", () => {
    const admin = contextFor("admin");
    expect(canSee(admin, "meeting", { id: "m9", confidentiality: "confidential", committeeId: "naic" })).toBe(false);
    const named = contextFor("viewer", { grants: { meeting: ["m9"] } });
    expect(canSee(named, "meeting", { id: "m9", confidentiality: "confidential", committeeId: "naic" })).toBe(true);
    // A grant for another kind of record does not leak.
    const otherKind = contextFor("viewer", { grants: { decision: ["m9"] } });
    expect(canSee(otherKind, "meeting", { id: "m9", confidentiality: "confidential" })).toBe(false);
  });

  it("an unknown level is treated as the most restrictive", () => {
    expect(canSee(ctx, "document", { id: "x", confidentiality: "secret", committeeId: "naic" })).toBe(false);
  });
});
