import { describe, expect, it } from "vitest";
import { backPlan, DEFAULT_OFFSETS, offsetsInOrder, workingDayOnOrBefore } from "./milestone-plan";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("back-planning milestones from the due date", () => {
  it("places each milestone its offset before the due date, on working days, owned by the right post", () => {
    // 31 May 2026 is a Sunday.
    const plan = backPlan(day("2026-05-31"), {
      offsets: DEFAULT_OFFSETS,
      leadPositionId: "lead",
      contributorPositionIds: ["customs", "defence", "customs"],
      skipNonWorkingDays: true,
      holidays: new Set(),
    });
    expect(plan.map((m) => [m.kind, iso(m.dueDate), m.ownerPositionId])).toEqual([
      ["data_call", "2026-01-30", "lead"], // 31 January is a Saturday
      ["contributions", "2026-03-17", "customs"],
      ["contributions", "2026-03-17", "defence"],
      ["consolidation", "2026-04-16", "lead"],
      ["clearance", "2026-05-11", "lead"],
      ["submission", "2026-05-28", "lead"],
    ]);
  });

  it("skips public holidays and the weekend around them, moving earlier", () => {
    const holidays = new Set(["2026-05-01", "2026-04-30"]);
    // 1 May 2026 is a Friday: back over Thursday (holiday) to Wednesday.
    expect(iso(workingDayOnOrBefore(day("2026-05-01"), holidays))).toBe("2026-04-29");
    expect(iso(workingDayOnOrBefore(day("2026-05-03"), holidays))).toBe("2026-04-29");
    expect(iso(workingDayOnOrBefore(day("2026-05-04"), holidays))).toBe("2026-05-04");
    const [submission] = backPlan(day("2026-05-04"), {
      offsets: { ...DEFAULT_OFFSETS, submission: 3 },
      leadPositionId: "lead",
      contributorPositionIds: [],
      skipNonWorkingDays: true,
      holidays,
    }).filter((m) => m.kind === "submission");
    expect(iso(submission?.dueDate ?? day("1970-01-01"))).toBe("2026-04-29");
  });

  it("keeps the exact days when the obligation does not skip non-working days, across leap years", () => {
    const plan = backPlan(day("2028-03-01"), {
      offsets: { ...DEFAULT_OFFSETS, submission: 1 },
      leadPositionId: null,
      contributorPositionIds: [],
      skipNonWorkingDays: false,
      holidays: new Set(),
    });
    expect(plan.find((m) => m.kind === "submission")?.dueDate).toEqual(day("2028-02-29"));
    expect(plan.some((m) => m.kind === "contributions")).toBe(false);
  });

  it("requires offsets that step towards the due date", () => {
    expect(offsetsInOrder(DEFAULT_OFFSETS)).toBe(true);
    expect(offsetsInOrder({ ...DEFAULT_OFFSETS, clearance: 50 })).toBe(false);
  });
});
