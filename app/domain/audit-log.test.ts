import { describe, expect, it } from "vitest";
import { auditRecordHref, decodeCursor, encodeCursor } from "./audit-log";
import { csvCell } from "./csv";

describe("audit log cursor", () => {
  it("round-trips an instant and an id", () => {
    const cursor = encodeCursor({ at: new Date("2031-03-05T10:00:00.123Z"), id: "cmx4qecfi00453z7dmz4fs2r5" });
    expect(cursor).toBe("2031-03-05T10:00:00.123Z~cmx4qecfi00453z7dmz4fs2r5");
    expect(decodeCursor(cursor)).toEqual({ at: "2031-03-05T10:00:00.123Z", id: "cmx4qecfi00453z7dmz4fs2r5" });
  });

  it("refuses anything else", () => {
    for (const bad of ["", "x", "2031-03-05~id", "2031-13-45T99:00:00.000Z~id", "2031-03-05T10:00:00.000Z~", "2031-03-05T10:00:00.000Z~a'b", `2031-03-05T10:00:00.000Z~${"a".repeat(65)}`]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});

describe("audit CSV cells", () => {
  it("keeps formula-leading text as text and leaves the rest alone", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+33 1 00")).toBe("'+33 1 00");
    expect(csvCell("-x")).toBe("'-x");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("Customs")).toBe("Customs");
    expect(csvCell(null)).toBe("");
  });
});

describe("audit record links", () => {
  it("points at the record page's history, for kinds that have a page", () => {
    expect(auditRecordHref("decision", "d1")).toBe("/decisions/d1#record-history");
    expect(auditRecordHref("session", "s1")).toBeNull();
  });
});
