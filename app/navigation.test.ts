import { describe, expect, it } from "vitest";
import { areaOf } from "./navigation";

describe("areaOf", () => {
  it("names the area of an address by its first segment", () => {
    expect(areaOf("/meetings/abc/journal")?.to).toBe("/meetings");
    expect(areaOf("/reporting/cycles/x")?.label).toBe("nav.reporting");
    expect(areaOf("/agencies")?.to).toBe("/agencies");
  });

  it("puts the pages filed under another name in their area", () => {
    expect(areaOf("/positions/p1/edit")?.to).toBe("/people");
    expect(areaOf("/actions/a1")?.to).toBe("/decisions");
    expect(areaOf("/documents/d1")?.to).toBe("/meetings");
    expect(areaOf("/calendar/feeds")?.to).toBe("/meetings");
    expect(areaOf("/rotation-risk")?.to).toBe("/handovers");
  });

  it("has no area for the dashboard or pages outside the navigation", () => {
    expect(areaOf("/")).toBeNull();
    expect(areaOf("/profile")).toBeNull();
    expect(areaOf("/no-such-area")).toBeNull();
  });
});
