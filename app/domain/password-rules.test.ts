import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from "./password-rules";

describe("password rules", () => {
  it("accept a long passphrase with no composition rules", () => {
    expect(passwordProblems("correct horse battery staple", "k.mensah@customs.example")).toEqual([]);
  });

  it("need at least 12 characters, counted as characters and not bytes", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(passwordProblems("elevenchars")).toEqual(["password.error.tooShort"]);
    expect(passwordProblems("twelve chars")).toEqual([]);
    // Eleven accented letters are 22 bytes in UTF-8, still eleven characters.
    expect(passwordProblems("ééééééééééa")).toEqual(["password.error.tooShort"]);
  });

  it("refuse an unbounded input", () => {
    expect(passwordProblems("x".repeat(PASSWORD_MAX_LENGTH) + "y")).toContain("password.error.tooLong");
    expect(passwordProblems(`${"ab".repeat(PASSWORD_MAX_LENGTH / 2)}`)).toEqual([]);
  });

  it("refuse the account's email address or its name part, in any case", () => {
    const email = "Kofi.Mensah@customs.example";
    expect(passwordProblems("kofi.mensah@customs.example!", email)).toContain("password.error.containsEmail");
    expect(passwordProblems("my KOFI.MENSAH password", email)).toContain("password.error.containsEmail");
    // A short name part is too common a word to forbid.
    expect(passwordProblems("the joe of all trades", "joe@x.example")).toEqual([]);
  });

  it("refuse one character repeated", () => {
    expect(passwordProblems("aaaaaaaaaaaaaaaa")).toEqual(["password.error.repetitive"]);
  });
});
