import { describe, expect, it } from "vitest";
import { fromSqlDate, likeEscape, sqlDate, sqlList } from "./read-db.server";

describe("raw read path helpers", () => {
  it("writes dates the way Prisma's adapter stores them, and reads them back", () => {
    const at = new Date(Date.UTC(2026, 11, 1, 9, 30, 15, 250));
    expect(sqlDate(at)).toBe("2026-12-01T09:30:15.250+00:00");
    expect(fromSqlDate(sqlDate(at)).getTime()).toBe(at.getTime());
    expect(fromSqlDate(null)).toBeNull();
  });

  it("escapes LIKE wildcards so that what a user types matches itself", () => {
    expect(likeEscape("100%_done\\")).toBe("100\\%\\_done\\\\");
  });

  it("passes lists as JSON for json_each", () => {
    expect(sqlList(["a", 'b"c'])).toBe('["a","b\\"c"]');
  });
});
