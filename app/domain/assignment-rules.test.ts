import { describe, expect, it } from "vitest";
import { endDateError, findClash, type HeldTenure } from "./assignment-rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function held(over: Partial<HeldTenure> & { id: string }): HeldTenure {
  return { personId: `person-${over.id}`, personName: `Holder ${over.id}`, startDate: d("2024-01-01"), plannedEndDate: null, endDate: null, acting: false, ...over };
}

describe("one substantive holder and one acting holder at a time", () => {
  it("accepts a first holder on an empty post", () => {
    expect(findClash([], { personId: "p", startDate: d("2026-01-01"), plannedEndDate: null, acting: false })).toBeNull();
  });

  it("refuses a second substantive holder while the first has no end, naming the holder", () => {
    const current = held({ id: "a" });
    const clash = findClash([current], { personId: "p", startDate: d("2026-01-01"), plannedEndDate: null, acting: false });
    expect(clash).toEqual({ kind: "holder", with: current });
  });

  it("accepts a successor who starts when the holder's planned end has passed", () => {
    const current = held({ id: "a", plannedEndDate: d("2026-07-15") });
    expect(findClash([current], { personId: "p", startDate: d("2026-07-15"), plannedEndDate: null, acting: false })).toBeNull();
    expect(findClash([current], { personId: "p", startDate: d("2026-07-14"), plannedEndDate: null, acting: false })).toMatchObject({ kind: "holder" });
  });

  it("accepts a holder after a recorded end, even if the planned end was later", () => {
    const ended = held({ id: "a", plannedEndDate: d("2027-01-01"), endDate: d("2026-03-01") });
    expect(findClash([ended], { personId: "p", startDate: d("2026-03-01"), plannedEndDate: null, acting: false })).toBeNull();
  });

  it("accepts an earlier, closed-off tenure that ends before the holder started", () => {
    const current = held({ id: "a", startDate: d("2025-01-01") });
    expect(findClash([current], { personId: "p", startDate: d("2023-01-01"), plannedEndDate: d("2024-12-31"), acting: false })).toBeNull();
  });

  it("accepts an acting holder next to a substantive holder", () => {
    const current = held({ id: "a" });
    expect(findClash([current], { personId: "p", startDate: d("2026-01-01"), plannedEndDate: null, acting: true })).toBeNull();
  });

  it("refuses a second acting holder at the same time", () => {
    const acting = held({ id: "b", acting: true, startDate: d("2025-11-01") });
    const clash = findClash([held({ id: "a" }), acting], { personId: "p", startDate: d("2026-01-01"), plannedEndDate: null, acting: true });
    expect(clash).toEqual({ kind: "acting", with: acting });
  });

  it("refuses the same person twice on the same post at overlapping times, acting or not", () => {
    const current = held({ id: "a", personId: "p" });
    expect(findClash([current], { personId: "p", startDate: d("2026-01-01"), plannedEndDate: null, acting: true })).toEqual({ kind: "same_person", with: current });
  });

  it("refuses a future appointment that overlaps a successor already named", () => {
    const successor = held({ id: "s", startDate: d("2026-09-01") });
    const clash = findClash([successor], { personId: "p", startDate: d("2026-06-01"), plannedEndDate: d("2026-12-31"), acting: false });
    expect(clash).toEqual({ kind: "holder", with: successor });
  });
});

describe("ending an assignment", () => {
  it("accepts an end on or after the start", () => {
    expect(endDateError({ startDate: d("2026-01-01"), endDate: null }, d("2026-01-01"))).toBeNull();
    expect(endDateError({ startDate: d("2026-01-01"), endDate: null }, d("2026-05-01"))).toBeNull();
  });

  it("refuses an end before the start", () => {
    expect(endDateError({ startDate: d("2026-01-01"), endDate: null }, d("2025-12-31"))).toBe("assignment.error.endBeforeStart");
  });

  it("refuses to end a tenure twice: history is appended, not rewritten", () => {
    expect(endDateError({ startDate: d("2026-01-01"), endDate: d("2026-02-01") }, d("2026-03-01"))).toBe("assignment.error.alreadyEnded");
  });
});
