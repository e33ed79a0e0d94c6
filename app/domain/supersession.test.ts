import { describe, expect, it } from "vitest";
import { decisionStanding, mayEditInPlace, supersessionProblem, type DecisionRecordState } from "./supersession";

const base: DecisionRecordState = { committeeId: "c1", archivedAt: null, meetingStatus: "held", supersededById: null };

describe("supersession", () => {
  it("never edits in place a decision of a held meeting", () => {
    expect(mayEditInPlace(base)).toBe(false);
  });

  it("edits in place a decision of a meeting not yet held, or taken outside a meeting", () => {
    expect(mayEditInPlace({ ...base, meetingStatus: "confirmed" })).toBe(true);
    expect(mayEditInPlace({ ...base, meetingStatus: null })).toBe(true);
  });

  it("does not edit a decision that was replaced or archived", () => {
    expect(mayEditInPlace({ ...base, meetingStatus: null, supersededById: "d2" })).toBe(false);
    expect(mayEditInPlace({ ...base, meetingStatus: null, archivedAt: new Date() })).toBe(false);
  });

  it("lets a new decision of the same committee supersede a current one, once", () => {
    expect(supersessionProblem(base, "c1")).toBeNull();
    expect(supersessionProblem({ ...base, supersededById: "d2" }, "c1")).toBe("error.decision.alreadySuperseded");
    expect(supersessionProblem(base, "c2")).toBe("error.decision.supersedeOtherCommittee");
    expect(supersessionProblem({ ...base, archivedAt: "2026-01-01T00:00:00Z" }, "c1")).toBe("error.decision.supersedeArchived");
  });

  it("reads a replaced decision as superseded", () => {
    expect(decisionStanding(base)).toBe("current");
    expect(decisionStanding({ ...base, supersededById: "d2" })).toBe("superseded");
    expect(decisionStanding({ ...base, archivedAt: new Date() })).toBe("archived");
  });
});
