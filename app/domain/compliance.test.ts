import { describe, expect, it } from "vitest";
import { complianceOf, submittedStatus } from "./compliance";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("compliance status of a cycle", () => {
  const due = day("2026-05-31");
  it("is on time when submitted on or before the due day", () => {
    expect(complianceOf({ dueDate: due, submittedOn: day("2026-05-31"), status: "submitted" }, day("2026-12-01"))).toEqual({ status: "on_time", daysLate: null });
    expect(complianceOf({ dueDate: due, submittedOn: day("2026-05-02"), status: "submitted" }, day("2026-12-01")).status).toBe("on_time");
  });
  it("stays late, with the days late, however long ago", () => {
    expect(complianceOf({ dueDate: due, submittedOn: day("2026-06-14"), status: "late" }, day("2030-01-01"))).toEqual({ status: "late", daysLate: 14 });
    expect(submittedStatus(due, day("2026-06-01"))).toBe("late");
    expect(submittedStatus(due, due)).toBe("submitted");
  });
  it("is missing once due and not submitted, upcoming before, waived when waived", () => {
    expect(complianceOf({ dueDate: due, submittedOn: null, status: "upcoming" }, day("2026-06-10"))).toEqual({ status: "missing", daysLate: 10 });
    expect(complianceOf({ dueDate: due, submittedOn: null, status: "upcoming" }, due).status).toBe("upcoming");
    expect(complianceOf({ dueDate: due, submittedOn: null, status: "waived" }, day("2027-01-01")).status).toBe("waived");
  });
});
