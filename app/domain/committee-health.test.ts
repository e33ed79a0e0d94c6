import { describe, expect, it } from "vitest";
import { committeeHealth, healthWindow } from "./committee-health";

describe("committee health", () => {
  // Two committees. NAIC held four meetings in the year: one produced nothing.
  const figures = committeeHealth({
    committees: [{ id: "naic" }, { id: "wgar" }],
    meetings: [
      { committeeId: "naic", decisions: 2, actions: 3 },
      { committeeId: "naic", decisions: 0, actions: 1 },
      { committeeId: "naic", decisions: 1, actions: 0 },
      { committeeId: "naic", decisions: 0, actions: 0 },
    ],
    attendance: [
      { committeeId: "naic", agencyId: "customs", attendance: "present", count: 3 },
      { committeeId: "naic", agencyId: "customs", attendance: "represented", count: 1 },
      { committeeId: "naic", agencyId: "defence", attendance: "present", count: 1 },
      { committeeId: "naic", agencyId: "defence", attendance: "absent", count: 2 },
      { committeeId: "naic", agencyId: "defence", attendance: "excused", count: 1 },
      // Not recorded: left out of the rate rather than counted as absent.
      { committeeId: "naic", agencyId: "police", attendance: "invited", count: 4 },
      { committeeId: "wgar", agencyId: "customs", attendance: "absent", count: 1 },
    ],
    overdue: [
      { committeeId: "naic", agencyId: "defence", count: 1 },
      { committeeId: "naic", agencyId: "customs", count: 3 },
      { committeeId: "wgar", agencyId: "customs", count: 2 },
    ],
  });
  const naic = figures[0];
  const wgar = figures[1];

  it("counts held meetings and the share that coordinated for nothing", () => {
    expect(naic?.held).toBe(4);
    expect(naic?.withoutOutcome).toBe(1);
    expect(naic?.withoutOutcomeShare).toBe(0.25);
    expect(wgar?.held).toBe(0);
    expect(wgar?.withoutOutcomeShare).toBeNull();
  });

  it("gives attendance by agency, present or represented over recorded, lowest first", () => {
    expect(naic?.attendance).toEqual([
      { agencyId: "defence", attended: 1, recorded: 4, rate: 0.25 },
      { agencyId: "customs", attended: 4, recorded: 4, rate: 1 },
    ]);
    expect(wgar?.attendance).toEqual([{ agencyId: "customs", attended: 0, recorded: 1, rate: 0 }]);
  });

  it("gives overdue actions by agency, most first, and their total", () => {
    expect(naic?.overdue).toEqual([
      { agencyId: "customs", count: 3 },
      { agencyId: "defence", count: 1 },
    ]);
    expect(naic?.overdueTotal).toBe(4);
    expect(wgar?.overdueTotal).toBe(2);
  });

  it("looks back twelve months", () => {
    const { from, to } = healthWindow(new Date("2026-03-10T12:00:00Z"));
    expect(from.toISOString()).toBe("2025-03-10T12:00:00.000Z");
    expect(to.toISOString()).toBe("2026-03-10T12:00:00.000Z");
  });
});
