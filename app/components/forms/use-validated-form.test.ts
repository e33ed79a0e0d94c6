import { describe, expect, it } from "vitest";
import { mergeFailedValues, toRhfErrors } from "./use-validated-form";

describe("mergeFailedValues", () => {
  it("lays what was typed over the defaults, keeps the form's intent, and reads checkboxes as sent", () => {
    const defaults = { intent: "add" as const, title: "Old", acting: true, urgent: false };
    expect(mergeFailedValues(defaults, { intent: "other", title: "Typed", urgent: "on" })).toEqual({
      intent: "add",
      title: "Typed",
      acting: false, // not sent: unticked
      urgent: true,
    });
  });

  it("leaves out nothing that was typed, even fields the defaults do not name", () => {
    expect(mergeFailedValues({ name: "" }, { name: "A", email: "a@b" })).toEqual({ name: "A", email: "a@b" });
  });
});

describe("toRhfErrors", () => {
  it("keeps each field's first message and is undefined when there is none", () => {
    expect(toRhfErrors({ name: ["error.required", "x"], email: [] })).toEqual({ name: { type: "server", message: "error.required" } });
    expect(toRhfErrors({ email: undefined })).toBeUndefined();
  });
});
