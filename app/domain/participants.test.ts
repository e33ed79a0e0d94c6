import { describe, expect, it } from "vitest";
import { participantKind } from "./participants";

describe("participantKind", () => {
  it("tells a post, a person and the three kinds of outside participant apart", () => {
    expect(participantKind({ positionId: "p1", personId: "x", externalName: null, externalKind: null })).toBe("post");
    expect(participantKind({ positionId: null, personId: "x", externalName: null, externalKind: null })).toBe("person");
    expect(participantKind({ positionId: null, personId: null, externalName: "France", externalKind: "delegation" })).toBe("delegation");
    expect(participantKind({ positionId: null, personId: null, externalName: "UNODA", externalKind: "organisation" })).toBe("organisation");
    expect(participantKind({ positionId: null, personId: null, externalName: "Dr A. Expert", externalKind: "expert" })).toBe("expert");
  });

  it("reads an outside participant recorded before kinds existed as an ad-hoc expert, and an unknown kind too", () => {
    expect(participantKind({ externalName: "Dr B. Older", externalKind: null })).toBe("expert");
    expect(participantKind({ externalName: "Dr C. Odd", externalKind: "alien" })).toBe("expert");
  });
});
