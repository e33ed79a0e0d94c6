// Issue 8 §2: every date builder of app/schemas refuses a year outside 1945–2100 (the year 0000
// reached the database), with the same catalogue key, and still accepts the years at the edges.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as dates from "./dates";
import { DATE_RANGE_ERROR } from "./dates";

const builders: [string, () => z.ZodType][] = [
  ["dates.requiredDate", dates.requiredDate],
  ["dates.optionalDate", dates.optionalDate],
  ["dates.requiredWallDate", dates.requiredWallDate],
  ["dates.optionalWallDate", dates.optionalWallDate],
];

function errorsOf(schema: z.ZodType, value: string): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe.each(builders)("%s", (_name, build) => {
  const schema = build();
  it.each(["0000-01-01", "1000-06-15", "1944-12-31", "2101-01-01", "9999-12-31"])("refuses %s as out of range", (value) => {
    expect(errorsOf(schema, value)).toEqual([DATE_RANGE_ERROR]);
  });
  it.each(["1945-01-01", "2026-12-01", "2100-12-31"])("accepts %s", (value) => {
    expect(errorsOf(schema, value)).toEqual([]);
  });
  it("reports a date that does not exist as such, not as out of range", () => {
    const errors = errorsOf(schema, "2026-02-30");
    expect(errors).toHaveLength(1);
    expect(errors).not.toContain(DATE_RANGE_ERROR);
  });
});
