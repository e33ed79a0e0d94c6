import { describe, expect, it } from "vitest";
import type { Tenure } from "./gaps";
import {
  DEFAULT_THRESHOLDS,
  knowledgeConcentration,
  leavingPosts,
  longActingHolders,
  soleCarriers,
  unacknowledgedHandovers,
  uncoveredResponsibilities,
} from "./rotation-risk";

const now = new Date("2026-12-01T00:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const t = DEFAULT_THRESHOLDS;

function tenure(id: string, positionId: string, personId: string, o: Partial<Tenure> = {}): Tenure {
  return { id, positionId, personId, startDate: days(-400), plannedEndDate: null, endDate: null, acting: false, ...o };
}

describe("leavingPosts", () => {
  const leaver = tenure("t1", "p1", "ann", { plannedEndDate: days(30) });

  it("flags a holder leaving within the window with neither handover nor successor", () => {
    expect(leavingPosts([leaver], [], now, t)).toEqual([
      { positionId: "p1", personId: "ann", assignmentId: "t1", leavingOn: days(30), handoverStarted: false, successorNamed: false },
    ]);
  });

  it("still flags when only one of the two is in place, and clears when both are", () => {
    const successor = tenure("t2", "p1", "bob", { startDate: days(31) });
    const handover = { positionId: "p1", outgoingAssignmentId: "t1", createdAt: days(-5) };
    expect(leavingPosts([leaver, successor], [], now, t)[0]).toMatchObject({ successorNamed: true, handoverStarted: false });
    expect(leavingPosts([leaver], [handover], now, t)[0]).toMatchObject({ successorNamed: false, handoverStarted: true });
    expect(leavingPosts([leaver, successor], [handover], now, t)).toEqual([]);
  });

  it("counts a handover addressed to the post since the holder started, not an older one", () => {
    const postHandover = { positionId: "p1", outgoingAssignmentId: null, createdAt: days(-10) };
    const stale = { positionId: "p1", outgoingAssignmentId: null, createdAt: days(-500) };
    expect(leavingPosts([leaver], [postHandover], now, t)[0]?.handoverStarted).toBe(true);
    expect(leavingPosts([leaver], [stale], now, t)[0]?.handoverStarted).toBe(false);
  });

  it("ignores departures beyond the window and honours the threshold setting", () => {
    const far = tenure("t3", "p2", "cat", { plannedEndDate: days(120) });
    expect(leavingPosts([far], [], now, t)).toEqual([]);
    expect(leavingPosts([far], [], now, { leavingWithinDays: 150 })).toHaveLength(1);
  });

  it("treats an overdue planned end as leaving", () => {
    expect(leavingPosts([tenure("t4", "p3", "dan", { plannedEndDate: days(-3) })], [], now, t)).toHaveLength(1);
  });
});

describe("uncoveredResponsibilities", () => {
  const lines = [
    { responsibilityId: "vacant", role: "R", positionId: "empty" },
    { responsibilityId: "leaving", role: "R", positionId: "p-leave" },
    { responsibilityId: "mixed", role: "R", positionId: "empty" },
    { responsibilityId: "mixed", role: "R", positionId: "p-leave" },
    { responsibilityId: "covered", role: "R", positionId: "p-leave" },
    { responsibilityId: "covered", role: "R", positionId: "p-stay" },
    { responsibilityId: "successor", role: "R", positionId: "p-succ" },
    { responsibilityId: "only-a", role: "A", positionId: "empty" },
  ];
  const tenures = [
    tenure("a", "p-leave", "ann", { plannedEndDate: days(20) }),
    tenure("b", "p-stay", "bob"),
    tenure("c", "p-succ", "cat", { plannedEndDate: days(20) }),
    tenure("d", "p-succ", "dan", { startDate: days(21) }),
    tenure("e", "empty", "eve", { endDate: days(-10) }),
  ];

  it("finds responsibilities whose R posts are all vacant, all leaving, or a mix of the two", () => {
    expect(uncoveredResponsibilities(lines, tenures, now, t)).toEqual([
      { responsibilityId: "leaving", reason: "all_leaving", positionIds: ["p-leave"] },
      { responsibilityId: "mixed", reason: "vacant_or_leaving", positionIds: ["empty", "p-leave"] },
      { responsibilityId: "vacant", reason: "all_vacant", positionIds: ["empty"] },
    ]);
  });
});

describe("knowledge concentration", () => {
  it("counts responsibilities a person carries alone across all their R posts", () => {
    const lines = [
      { responsibilityId: "r1", role: "R", positionId: "p1" },
      { responsibilityId: "r2", role: "R", positionId: "p1" },
      { responsibilityId: "r2", role: "R", positionId: "p2" },
      { responsibilityId: "r3", role: "R", positionId: "p3" },
      { responsibilityId: "r4", role: "R", positionId: "p1" },
      { responsibilityId: "r4", role: "R", positionId: "vacant" },
    ];
    const tenures = [tenure("a", "p1", "ann"), tenure("b", "p2", "ann", { acting: true }), tenure("c", "p3", "bob")];
    expect(Object.fromEntries(soleCarriers(lines, tenures, now))).toEqual({ ann: 2, bob: 1 });
  });

  it("flags a workload at or above any threshold, heaviest first, saying which", () => {
    const result = knowledgeConcentration(
      [
        { personId: "light", responsibilities: 1, actions: 2, milestones: 0 },
        { personId: "actions", responsibilities: 0, actions: 12, milestones: 0 },
        { personId: "all", responsibilities: 6, actions: 30, milestones: 6 },
      ],
      t,
    );
    expect(result.map((r) => [r.personId, r.over])).toEqual([
      ["all", ["responsibilities", "actions", "milestones"]],
      ["actions", ["actions"]],
    ]);
  });
});

describe("unacknowledgedHandovers", () => {
  it("keeps submissions older than the threshold that nobody acknowledged", () => {
    const rows = [
      { id: "late", submittedAt: days(-20), acknowledgedAt: null },
      { id: "recent", submittedAt: days(-10), acknowledgedAt: null },
      { id: "done", submittedAt: days(-30), acknowledgedAt: days(-25) },
    ];
    expect(unacknowledgedHandovers(rows, now, t).map((r) => [r.id, r.waitingDays])).toEqual([["late", 20]]);
    expect(unacknowledgedHandovers(rows, now, { unacknowledgedAfterDays: 5 }).map((r) => r.id)).toEqual(["late", "recent"]);
  });
});

describe("longActingHolders", () => {
  it("keeps current acting holders in place longer than the threshold", () => {
    const rows = [
      tenure("long", "p1", "ann", { acting: true, startDate: days(-120) }),
      tenure("short", "p2", "bob", { acting: true, startDate: days(-30) }),
      tenure("substantive", "p3", "cat", { startDate: days(-900) }),
      tenure("ended", "p4", "dan", { acting: true, startDate: days(-300), endDate: days(-1) }),
    ];
    expect(longActingHolders(rows, now, t).map((r) => [r.id, r.actingDays])).toEqual([["long", 120]]);
  });
});
