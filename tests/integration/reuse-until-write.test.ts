// Derived reads reused per reader until a write (reuseUntilWrite, decision 059): the dashboard's cards
// and the stakeholder map. A view after any write — whoever makes it, on any connection — and a view
// a minute later are computed afresh; a view in between is the same answer.
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "../../app/db.server";
import { REUSE_MS, reusedKeys, reuseUntilWrite } from "../../app/read-db.server";
import { loader as dashboardLoader } from "../../app/routes/_index";
import { loader as mapLoader } from "../../app/routes/agencies.map";
import { createAgency, createUser, getRequest, sessionCookie, unique } from "../support/fixtures";
import { committeeWithMeeting, createActionRow, day } from "../support/work-fixtures";

const context = {};

afterEach(() => {
  vi.useRealTimers();
});

describe("reuseUntilWrite", () => {
  it("computes once per reader and key until the database is written to", async () => {
    const reader = {};
    const compute = vi.fn(() => ({ at: Math.random() }));
    const first = reuseUntilWrite(reader, "k", compute);
    expect(reuseUntilWrite(reader, "k", compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);

    // Another key, another reader: their own values.
    expect(reuseUntilWrite(reader, "other", compute)).not.toBe(first);
    expect(reuseUntilWrite({}, "k", compute)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(3);

    // Any write through Prisma's connection moves the read connection's data_version.
    await createAgency();
    const afterWrite = reuseUntilWrite(reader, "k", compute);
    expect(afterWrite).not.toBe(first);
    expect(reuseUntilWrite(reader, "k", compute)).toBe(afterWrite);
  });

  it("computes again once REUSE_MS have passed without a write", () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T10:00:00Z"), toFake: ["Date"] });
    const reader = {};
    const compute = vi.fn(() => ({}));
    const first = reuseUntilWrite(reader, "k", compute);
    vi.setSystemTime(Date.now() + REUSE_MS - 1);
    expect(reuseUntilWrite(reader, "k", compute)).toBe(first);
    vi.setSystemTime(Date.now() + 2);
    expect(reuseUntilWrite(reader, "k", compute)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("keeps only live entries: a write or the minute drops the other keys' values too", async () => {
    const reader = {};
    const compute = vi.fn(() => ({}));
    const a = reuseUntilWrite(reader, "a", compute);
    reuseUntilWrite(reader, "b", compute);
    await createAgency();
    // "c" is computed after the write; "a" and "b" are gone with their version, so "a" is computed again.
    expect(reusedKeys(reader)).toEqual(["a", "b"]);
    reuseUntilWrite(reader, "c", compute);
    expect(reusedKeys(reader)).toEqual(["c"]);
    expect(reuseUntilWrite(reader, "a", compute)).not.toBe(a);
    expect(compute).toHaveBeenCalledTimes(4);
    expect(reusedKeys(reader)).toEqual(["c", "a"]);
  });

  it("never serves a failure twice", async () => {
    const reader = {};
    const failing = vi.fn(() => Promise.reject(new Error("database busy")));
    await expect(reuseUntilWrite(reader, "k", failing)).rejects.toThrow("database busy");
    await Promise.resolve();
    const ok = vi.fn(() => Promise.resolve("fine"));
    await expect(reuseUntilWrite(reader, "k", ok)).resolves.toBe("fine");
    expect(ok).toHaveBeenCalledTimes(1);
  });
});

describe("the reused dashboard and map", () => {
  it("show an overdue action created between two views of the committee health", async () => {
    const secretary = await createUser("secretary");
    const member = await createUser("focal_point");
    const { committee } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, memberAgencyIds: [member.agencyId] });
    const cookie = await sessionCookie(secretary.id);
    const view = async () => {
      const page = await dashboardLoader({ request: getRequest("/", cookie), params: {}, context });
      return page.health?.committees.find((c) => c.id === committee.id)?.overdueTotal;
    };
    expect(await view()).toBe(0);
    expect(await view()).toBe(0);
    await createActionRow({ ownerPositionId: member.positionId, ownerAgencyId: member.agencyId, committeeId: committee.id, dueDate: day(-3) });
    expect(await view()).toBe(1);
  });

  it("draws a link for a committee membership added between two views of the map", async () => {
    const viewer = await createUser("viewer");
    const kind = "parliament";
    const a = await createAgency({ kind, name: unique("Map A") });
    const b = await createAgency({ kind, name: unique("Map B") });
    const cookie = await sessionCookie(viewer.id);
    const linked = async () => {
      const map = await mapLoader({ request: getRequest(`/agencies/map?kind=${kind}`, cookie), params: {}, context });
      return map.links.some((l) => [l.source, l.target].includes(a.id) && [l.source, l.target].includes(b.id));
    };
    expect(await linked()).toBe(false);
    expect(await linked()).toBe(false);
    await prisma.committee.create({
      data: {
        name: unique("Joint committee"),
        kind: "standing",
        memberships: { create: [a.id, b.id].map((agencyId) => ({ agencyId, role: "member", startDate: new Date("2024-01-01") })) },
      },
    });
    expect(await linked()).toBe(true);
  });
});
