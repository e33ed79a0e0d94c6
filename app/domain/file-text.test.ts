import { describe, expect, it } from "vitest";
import { normalizeFileText, textReaderOf } from "./file-text";

describe("textReaderOf", () => {
  it("reads PDF, DOCX and plain text, and not the other accepted types", () => {
    expect(textReaderOf("application/pdf")).toBe("pdf");
    expect(textReaderOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("docx");
    expect(textReaderOf("text/plain; charset=utf-8")).toBe("plain");
    expect(textReaderOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).toBeNull();
    expect(textReaderOf("application/msword")).toBeNull();
    expect(textReaderOf("application/rtf")).toBeNull();
  });
});

describe("normalizeFileText", () => {
  it("folds white space, drops control characters and the byte-order mark", () => {
    expect(normalizeFileText("\uFEFF  Statement\u0000 by\tthe\r\n\r\ndelegation \u000C of France  ")).toBe("Statement by the delegation of France");
  });

  it("cuts at the limit without breaking a word, or as it is when no space is near", () => {
    expect(normalizeFileText("A short line", 7)).toBe("A short");
    expect(normalizeFileText("A short line", 9)).toBe("A short");
    expect(normalizeFileText("x".repeat(300), 200)).toBe("x".repeat(200));
    expect(normalizeFileText("short", 200)).toBe("short");
  });

  it("never keeps half of a character outside the basic plane", () => {
    expect(normalizeFileText("ab😀cd", 3)).toBe("ab");
  });
});
