import { describe, expect, it } from "vitest";
import { auditDiff } from "./audit";

describe("audit diff", () => {
  it("keeps only changed fields on update, dates compared by instant", () => {
    const before = { id: "a", name: "Customs", email: null, at: new Date("2026-01-01T00:00:00Z"), updatedAt: new Date(1) };
    const after = { id: "a", name: "Customs Administration", email: "x@y.z", at: new Date("2026-01-01T00:00:00Z"), updatedAt: new Date(2) };
    expect(auditDiff(before, after)).toEqual({
      before: { name: "Customs", email: null },
      after: { name: "Customs Administration", email: "x@y.z" },
    });
  });

  it("records the whole row on create, without bookkeeping or secrets", () => {
    const diff = auditDiff(null, { id: "u", email: "a@b.c", passwordHash: "secret", createdAt: new Date(0) });
    expect(diff).toEqual({ before: null, after: { id: "u", email: "a@b.c" } });
  });

  it("serialises dates as ISO text", () => {
    const diff = auditDiff({ archivedAt: null }, { archivedAt: new Date("2026-11-25T10:00:00Z") });
    expect(diff.after).toEqual({ archivedAt: "2026-11-25T10:00:00.000Z" });
  });

  it("an update that changes nothing records nothing", () => {
    expect(auditDiff({ a: 1 }, { a: 1 })).toEqual({ before: {}, after: {} });
  });
});
