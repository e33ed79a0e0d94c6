import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps paths of the app, with their query and fragment", () => {
    expect(safeRedirect("/agencies?kind=customs")).toBe("/agencies?kind=customs");
    expect(safeRedirect("/meetings/abc#agenda")).toBe("/meetings/abc#agenda");
    expect(safeRedirect("/")).toBe("/");
  });

  it.each([
    ["/\t/evil.example/phish", "a tab (the reported bypass)"],
    ["/%09/evil.example/phish".replace("%09", "\t"), "a decoded tab"],
    ["/\n/evil.example", "a newline"],
    ["/\r\n/evil.example", "a carriage return"],
    ["/\\evil.example", "a backslash"],
    ["/\\/evil.example", "a backslash then a slash"],
    ["\\\\evil.example", "two backslashes"],
    ["//evil.example", "a protocol-relative URL"],
    ["///evil.example", "three slashes"],
    ["/%2F/evil.example", "an encoded slash"],
    ["/%2f%2fevil.example", "two encoded slashes"],
    ["/%5Cevil.example", "an encoded backslash"],
    ["/\u0000/evil.example", "a NUL byte"],
    ["/ok\u0000", "a trailing NUL byte"],
    ["/%00", "an encoded NUL byte"],
    ["https://evil.example/", "an absolute URL"],
    ["javascript:alert(1)", "a script URL"],
    ["evil.example", "a relative name"],
    ["", "nothing"],
    [" /agencies", "a leading space"],
    ["/%E0%A4%A", "broken percent-encoding"],
  ])("refuses %j (%s)", (to) => {
    expect(safeRedirect(to)).toBe("/");
  });

  it("refuses what is not text and uses the given fallback", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined, "/login")).toBe("/login");
    expect(safeRedirect(42)).toBe("/");
  });
});
