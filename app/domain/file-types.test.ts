import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, detectFileType, fileSizeParts } from "./file-types";

const bytes = (text: string) => new TextEncoder().encode(text);
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);

describe("detectFileType", () => {
  it("accepts documents whose first bytes are what their name says, served as the type of the name", () => {
    expect(detectFileType("FSC.DEC_1_18.pdf", PDF)).toEqual({ contentType: "application/pdf", extension: "pdf" });
    expect(detectFileType("Rapport annuel.DOCX", ZIP)).toEqual({ contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" });
    expect(detectFileType("tableau.ods", ZIP)).toMatchObject({ extension: "ods" });
    expect(detectFileType("old.doc", OLE)).toMatchObject({ contentType: "application/msword" });
    expect(detectFileType("note.rtf", bytes("{\\rtf1\\ansi"))).toMatchObject({ extension: "rtf" });
    expect(detectFileType("compte rendu.txt", bytes("Ouverture : 10 heures\n"))).toEqual({ contentType: "text/plain; charset=utf-8", extension: "txt" });
  });

  it("refuses a type outside the list, whatever its content", () => {
    expect(detectFileType("setup.exe", new Uint8Array([0x4d, 0x5a]))).toBe("type");
    expect(detectFileType("page.html", bytes("<html>"))).toBe("type");
    expect(detectFileType("image.svg", bytes("<svg"))).toBe("type");
    expect(detectFileType("no-extension", PDF)).toBe("type");
  });

  it("refuses content that is not what the name says, and an empty file", () => {
    expect(detectFileType("decision.pdf", bytes("<html><script>alert(1)</script>"))).toBe("content");
    expect(detectFileType("decision.docx", PDF)).toBe("content");
    expect(detectFileType("decision.pdf", new Uint8Array())).toBe("content");
    expect(detectFileType("notes.txt", bytes("  <html>"))).toBe("content");
    expect(detectFileType("notes.txt", new Uint8Array([0x41, 0x00, 0x42]))).toBe("content");
  });
});

describe("file names", () => {
  it("keeps the base name only, without control characters or quotes, at most 200 characters with the extension", () => {
    expect(cleanFileName("C:\\Users\\me\\FSC.DEC-1-18.pdf")).toBe("FSC.DEC-1-18.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b\u0007c.pdf')).toBe("abc.pdf");
    expect(cleanFileName("")).toBe("file");
    const long = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("writes Content-Disposition with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Décision n° 1.pdf")).toBe(`attachment; filename="De_cision n_ 1.pdf"; filename*=UTF-8''D%C3%A9cision%20n%C2%B0%201.pdf`);
    expect(contentDisposition("plain.pdf")).toBe(`attachment; filename="plain.pdf"; filename*=UTF-8''plain.pdf`);
  });
});

describe("fileSizeParts", () => {
  it("says bytes, kilobytes or megabytes", () => {
    expect(fileSizeParts(312)).toEqual({ value: 312, unit: "byte" });
    expect(fileSizeParts(820_400)).toEqual({ value: 820.4, unit: "kilobyte" });
    expect(fileSizeParts(1_450_000)).toEqual({ value: 1.5, unit: "megabyte" });
  });
});
