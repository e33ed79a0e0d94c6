import { describe, expect, it } from "vitest";
import { addDays } from "./due-rules";
import { backPlan, DEFAULT_OFFSETS, holidayReplanWindow, MAX_OFFSET_DAYS, milestoneChanges, offsetsInOrder, workingDayOnOrBefore } from "./milestone-plan";
import { toIsoDate } from "./calendar-date";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const iso = toIsoDate;

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

describe("re-planning when a public holiday is added or removed", () => {
  const holiday = day("2026-05-01"); // a Friday
  const plan = (due: Date, holidays: Set<string>, offsets = DEFAULT_OFFSETS) =>
    backPlan(due, { offsets, leadPositionId: "lead", contributorPositionIds: ["customs"], skipNonWorkingDays: true, holidays });

  it("moves only milestones of cycles due inside the window: every due date a holiday can affect is in it", () => {
    const window = holidayReplanWindow(holiday);
    const offsetsToTry = [DEFAULT_OFFSETS, { data_call: MAX_OFFSET_DAYS, contributions: 200, consolidation: 100, clearance: 50, submission: 0 }];
    let moved = 0;
    for (const offsets of offsetsToTry) {
      for (let i = -30; i < MAX_OFFSET_DAYS + 60; i++) {
        const due = addDays(holiday, i);
        const without = plan(due, new Set(), offsets).map((m) => iso(m.dueDate));
        const withIt = plan(due, new Set(["2026-05-01"]), offsets).map((m) => iso(m.dueDate));
        if (without.join() === withIt.join()) continue;
        moved++;
        expect(due >= window.from && due <= window.to).toBe(true);
      }
    }
    // The sweep did find cycles that move (it tests something).
    expect(moved).toBeGreaterThan(0);
  });

  it("archives and re-plans only pending milestones that moved; done ones and those in place stay", () => {
    const due = day("2026-05-04"); // Monday; submission 3 days before is Friday 1 May
    const before = plan(due, new Set());
    const after = plan(due, new Set(["2026-05-01"]));
    const current = before.map((m, i) => ({ id: `m${i}`, kind: m.kind, ownerPositionId: m.ownerPositionId, dueDate: m.dueDate, status: "pending" }));
    const changes = milestoneChanges(current, after);
    const submission = current.find((m) => m.kind === "submission");
    expect(changes.archive).toEqual([submission?.id]);
    expect(changes.create.map((m) => [m.kind, iso(m.dueDate)])).toEqual([["submission", "2026-04-30"]]);
    // Once done, the submission milestone is history: a new holiday does not move it.
    const done = current.map((m) => (m.kind === "submission" ? { ...m, status: "done" } : m));
    expect(milestoneChanges(done, after)).toEqual({ archive: [], create: [] });
    // Removing the holiday again brings it back to the Friday.
    const moved = milestoneChanges(
      after.map((m, i) => ({ id: `n${i}`, kind: m.kind, ownerPositionId: m.ownerPositionId, dueDate: m.dueDate, status: "pending" })),
      before,
    );
    expect(moved.create.map((m) => [m.kind, iso(m.dueDate)])).toEqual([["submission", "2026-05-01"]]);
  });
});
