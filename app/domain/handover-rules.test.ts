import { describe, expect, it } from "vitest";
import type { AccessContext } from "./access";
import { canAcknowledgeHandover, canStartHandover, canWriteHandover, followsRotation, handoverStatus, notesChanged, type HandoverFacts } from "./handover-rules";

function ctx(o: Partial<AccessContext> = {}): AccessContext {
  return { userId: "u", personId: "me", roles: ["focal_point"], permissions: ["create:handover:own", "update:handover:own"], agencyIds: [], positionIds: [], committeeIds: [], grants: {}, ...o };
}
const base: HandoverFacts = { positionId: "post", agencyId: "agency", outgoingPersonId: "old", incomingPersonId: "new", status: "submitted", archivedAt: null, latestAcknowledged: false, hasVersion: true };

describe("handover rules", () => {
  it("lets the post's agency start a handover, not another agency", () => {
    expect(canStartHandover(ctx({ agencyIds: ["agency"] }), { agencyId: "agency", positionId: "post" })).toBe(true);
    expect(canStartHandover(ctx({ agencyIds: ["other"] }), { agencyId: "agency", positionId: "post" })).toBe(false);
    expect(canStartHandover(ctx({ permissions: ["create:handover:any"] }), { agencyId: "agency", positionId: "post" })).toBe(true);
  });

  it("lets the outgoing person write even after their tenure ended, and nobody write an archived one", () => {
    expect(canWriteHandover(ctx({ personId: "old" }), base)).toBe(true);
    expect(canWriteHandover(ctx({ personId: "someone" }), base)).toBe(false);
    expect(canWriteHandover(ctx({ personId: "someone", agencyIds: ["agency"] }), base)).toBe(true);
    expect(canWriteHandover(ctx({ personId: "old" }), { ...base, archivedAt: new Date() })).toBe(false);
  });

  it("lets only the named incoming person acknowledge a submitted, unacknowledged version", () => {
    expect(canAcknowledgeHandover(ctx({ personId: "new" }), base)).toBe(true);
    expect(canAcknowledgeHandover(ctx({ personId: "old" }), base)).toBe(false);
    expect(canAcknowledgeHandover(ctx({ personId: "new", positionIds: ["post"] }), { ...base, latestAcknowledged: true })).toBe(false);
    expect(canAcknowledgeHandover(ctx({ personId: "new" }), { ...base, hasVersion: false })).toBe(false);
    expect(canAcknowledgeHandover(ctx({ personId: "x", positionIds: ["post"] }), base)).toBe(false);
  });

  it("gives a handover addressed to the post to whoever holds the post, never to the outgoing person", () => {
    const toPost = { ...base, incomingPersonId: null };
    expect(canAcknowledgeHandover(ctx({ personId: "x", positionIds: ["post"] }), toPost)).toBe(true);
    expect(canAcknowledgeHandover(ctx({ personId: "x" }), toPost)).toBe(false);
    expect(canAcknowledgeHandover(ctx({ personId: "old", positionIds: ["post"] }), toPost)).toBe(false);
    expect(canAcknowledgeHandover(ctx({ personId: null, positionIds: ["post"] }), toPost)).toBe(false);
  });

  it("lets secretaries and administrators follow rotation, not focal points or viewers", () => {
    expect(followsRotation(ctx({ roles: ["secretary"] }))).toBe(true);
    expect(followsRotation(ctx({ roles: ["admin"] }))).toBe(true);
    expect(followsRotation(ctx({ roles: ["focal_point", "viewer"] }))).toBe(false);
  });

  it("derives the status from the versions and whether the draft moved on", () => {
    expect(handoverStatus({ hasVersion: false, latestAcknowledged: false, draftChanged: true })).toBe("draft");
    expect(handoverStatus({ hasVersion: true, latestAcknowledged: false, draftChanged: false })).toBe("submitted");
    expect(handoverStatus({ hasVersion: true, latestAcknowledged: true, draftChanged: false })).toBe("acknowledged");
    expect(handoverStatus({ hasVersion: true, latestAcknowledged: true, draftChanged: true })).toBe("revising");
    const notes = { ongoingMatters: "a", pendingDecisions: null, keyContacts: null, risks: null, filesLocation: null, otherNotes: null };
    expect(notesChanged(notes, { ...notes, pendingDecisions: "" })).toBe(false);
    expect(notesChanged(notes, { ...notes, risks: "new" })).toBe(true);
    expect(notesChanged(notes, null)).toBe(true);
  });
});
