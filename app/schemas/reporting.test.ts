// The obligation form's custom due-date rule goes through the one strict rule schema
// (recurrence-rule.ts), then through what a reporting rule must be: at most monthly, with a due date ahead.
import { describe, expect, it } from "vitest";
import { obligationSchema } from "./reporting";

const base = {
  instrumentId: "instrument",
  title: "Annual report",
  leadPositionId: "post",
  submissionAccess: "restricted",
  confidentiality: "internal",
  ruleKind: "custom",
  offsetDataCall: "120",
  offsetContributions: "75",
  offsetConsolidation: "45",
  offsetClearance: "20",
  offsetSubmission: "3",
  skipNonWorkingDays: "yes",
};
const nextYear = new Date().getUTCFullYear() + 1;

function ruleError(rrule: string, ruleStart = `${nextYear}-01-15`) {
  const parsed = obligationSchema.safeParse({ ...base, rrule, ruleStart });
  if (parsed.success) return null;
  return parsed.error.issues.find((i) => i.path[0] === "rrule")?.message ?? "other";
}

describe("a custom due-date rule", () => {
  it("is stored in its canonical form once accepted", () => {
    const parsed = obligationSchema.safeParse({ ...base, rrule: "rrule:freq=yearly;bymonth=6;bymonthday=30", ruleStart: `${nextYear}-01-15` });
    expect(parsed.success && parsed.data.rrule).toBe("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30");
  });
  it("is refused part by part with the strict rule schema's own messages", () => {
    expect(ruleError("FREQ=YEARLY;BYHOUR=25")).toBe("rule.error.byhour");
    expect(ruleError("FREQ=MONTHLY;INTERVAL=-1")).toBe("rule.error.interval");
    expect(ruleError("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31")).toBe("rule.error.never");
    expect(ruleError("FREQ=YEARLY;FOO=1")).toBe("rule.error.part");
  });
  it("repeats at most monthly, and must give a due date from today on", () => {
    expect(ruleError("FREQ=WEEKLY;BYDAY=MO")).toBe("error.reporting.rrule");
    expect(ruleError("FREQ=DAILY")).toBe("error.reporting.rrule");
    // Two yearly dates from 2015: both past.
    expect(ruleError("FREQ=YEARLY;COUNT=2", "2015-05-31")).toBe("error.reporting.rruleNoneAhead");
    expect(ruleError("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", "2015-06-30")).toBeNull();
  });
  it("needs a rule and a start date", () => {
    const parsed = obligationSchema.safeParse({ ...base, rrule: "", ruleStart: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual(
      expect.arrayContaining([
        ["rrule", "error.required"],
        ["ruleStart", "error.required"],
      ]),
    );
  });
});
