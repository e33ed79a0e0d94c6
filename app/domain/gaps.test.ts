import { describe, expect, it } from "vitest";
import { isCurrent, postGaps, responsibilityGaps, responsiblePostIds, type RaciLine, type Tenure } from "./gaps";

const now = new Date("2026-06-01T09:00:00Z");
const day = (offset: number) => new Date(Date.UTC(2026, 5, 1 + offset));

let serial = 0;
function tenure(positionId: string, over: Partial<Tenure> = {}): Tenure {
  serial += 1;
  return {
    id: `t${serial}`,
    positionId,
    personId: `p${serial}`,
    startDate: day(-400),
    plannedEndDate: null,
    endDate: null,
    acting: false,
    ...over,
  };
}

const line = (role: string, agencyId: string, positionId: string | null = null): RaciLine => ({ role, agencyId, positionId });

describe("accountability gaps", () => {
  it("finds no gap when there is exactly one A and an R held by a staffed post", () => {
    const lines = [line("A", "ela", "head"), line("R", "ela", "officer"), line("C", "customs")];
    expect(responsibilityGaps(lines, [tenure("officer")], now)).toEqual([]);
  });

  it("reports a responsibility with no accountable party", () => {
    const gaps = responsibilityGaps([line("R", "ela"), line("C", "customs")], [], now);
    expect(gaps).toEqual([{ kind: "no_accountable" }]);
  });

  it("reports more than one accountable party, with the count", () => {
    const gaps = responsibilityGaps([line("A", "ela", "head"), line("A", "customs", "focal"), line("R", "customs")], [], now);
    expect(gaps).toEqual([{ kind: "multiple_accountable", count: 2 }]);
  });

  it("counts two A lines of the same agency (two posts) as more than one", () => {
    const gaps = responsibilityGaps([line("A", "ela", "head"), line("A", "ela", "officer"), line("R", "ela")], [], now);
    expect(gaps).toEqual([{ kind: "multiple_accountable", count: 2 }]);
  });

  it("reports no responsible party, and both gaps on an empty responsibility", () => {
    expect(responsibilityGaps([line("A", "ela")], [], now)).toEqual([{ kind: "no_responsible" }]);
    expect(responsibilityGaps([], [], now)).toEqual([{ kind: "no_accountable" }, { kind: "no_responsible" }]);
  });

  it("does not check the staffing of agency-level R lines (no post named)", () => {
    expect(responsibilityGaps([line("A", "ela"), line("R", "customs")], [], now)).toEqual([]);
  });
});

describe("a responsible post with no current holder", () => {
  it("is vacant when nobody ever held it", () => {
    expect(postGaps("officer", [], now)).toEqual([{ kind: "vacant_post", positionId: "officer" }]);
  });

  it("is vacant when the last tenure ended, even if it ended an instant ago", () => {
    const ended = tenure("officer", { endDate: now });
    expect(isCurrent(ended, now)).toBe(false);
    expect(postGaps("officer", [ended], now)).toEqual([{ kind: "vacant_post", positionId: "officer" }]);
  });

  it("is vacant when the next holder has not started yet (and the successor rule does not apply)", () => {
    const future = tenure("officer", { startDate: day(10) });
    expect(postGaps("officer", [future], now)).toEqual([{ kind: "vacant_post", positionId: "officer" }]);
  });

  it("is not vacant with an acting holder only", () => {
    expect(postGaps("officer", [tenure("officer", { acting: true })], now)).toEqual([]);
  });

  it("is not vacant when the holder's end date is recorded but still ahead (beyond 90 days)", () => {
    expect(postGaps("officer", [tenure("officer", { endDate: day(200) })], now)).toEqual([]);
  });

  it("ignores tenures of other posts", () => {
    expect(postGaps("officer", [tenure("head")], now)).toEqual([{ kind: "vacant_post", positionId: "officer" }]);
  });

  it("is reported on the responsibility through its R line", () => {
    const gaps = responsibilityGaps([line("A", "ela", "head"), line("R", "ela", "officer")], [tenure("head")], now);
    expect(gaps).toEqual([{ kind: "vacant_post", positionId: "officer" }]);
  });
});

describe("a holder who leaves within 90 days with no successor named", () => {
  it("is a gap when the planned end falls within 90 days", () => {
    const leaver = tenure("officer", { plannedEndDate: day(45) });
    expect(postGaps("officer", [leaver], now)).toEqual([
      { kind: "leaving_without_successor", positionId: "officer", personId: leaver.personId, leavingOn: day(45) },
    ]);
  });

  it("counts the 90th day itself, but not the 91st", () => {
    expect(postGaps("officer", [tenure("officer", { plannedEndDate: new Date(now.getTime() + 90 * 86_400_000) })], now)).toHaveLength(1);
    expect(postGaps("officer", [tenure("officer", { plannedEndDate: day(91) })], now)).toEqual([]);
  });

  it("prefers a recorded end date to the planned one", () => {
    const leaver = tenure("officer", { plannedEndDate: day(300), endDate: day(20) });
    expect(postGaps("officer", [leaver], now)).toEqual([
      { kind: "leaving_without_successor", positionId: "officer", personId: leaver.personId, leavingOn: day(20) },
    ]);
  });

  it("still counts a planned end already past when no end was recorded (overdue departure)", () => {
    const overdue = tenure("officer", { plannedEndDate: day(-10) });
    expect(postGaps("officer", [overdue], now)).toMatchObject([{ kind: "leaving_without_successor", leavingOn: day(-10) }]);
  });

  it("is no gap for a holder with no planned end", () => {
    expect(postGaps("officer", [tenure("officer")], now)).toEqual([]);
  });

  it("is closed by a successor appointed to start later", () => {
    const leaver = tenure("officer", { plannedEndDate: day(45) });
    const successor = tenure("officer", { startDate: day(46) });
    expect(postGaps("officer", [leaver, successor], now)).toEqual([]);
  });

  it("is closed by a successor whose own planned end is after the leaver's date", () => {
    const leaver = tenure("officer", { plannedEndDate: day(45) });
    const successor = tenure("officer", { startDate: day(46), plannedEndDate: day(46 + 3 * 365) });
    expect(postGaps("officer", [leaver, successor], now)).toEqual([]);
  });

  it("is closed by an acting holder who stays on after the leaver goes", () => {
    const leaver = tenure("officer", { plannedEndDate: day(45) });
    const acting = tenure("officer", { acting: true, startDate: day(-5) });
    expect(postGaps("officer", [leaver, acting], now)).toEqual([]);
  });

  it("is not closed by another holder who leaves no later than the leaver", () => {
    const leaver = tenure("officer", { plannedEndDate: day(45) });
    const acting = tenure("officer", { acting: true, startDate: day(-5), plannedEndDate: day(45) });
    const gaps = postGaps("officer", [leaver, acting], now);
    expect(gaps.map((g) => g.kind)).toEqual(["leaving_without_successor", "leaving_without_successor"]);
  });

  it("is not closed by a former holder whose tenure already ended", () => {
    const former = tenure("officer", { startDate: day(-2000), endDate: day(-401) });
    const leaver = tenure("officer", { plannedEndDate: day(30) });
    expect(postGaps("officer", [former, leaver], now)).toMatchObject([{ kind: "leaving_without_successor", personId: leaver.personId }]);
  });

  it("only checks posts holding an R, once each", () => {
    const lines = [line("A", "ela", "head"), line("R", "ela", "officer"), line("R", "ela", "officer"), line("C", "ela", "clerk")];
    expect(responsiblePostIds(lines)).toEqual(["officer"]);
    const tenures = [tenure("head", { plannedEndDate: day(10) }), tenure("officer", { plannedEndDate: day(10) })];
    expect(responsibilityGaps(lines, tenures, now).map((g) => g.kind)).toEqual(["leaving_without_successor"]);
  });
});
