// An action's references are checked when the form is read (checkAction: the field errors, and what the
// server derives from them) and again inside the write's transaction (decision 029). A post, decision
// or meeting archived between the two refuses the save: nothing is written, and the route shows the
// form again with the field error. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { checkAction, createAction, updateAction } from "../../app/models/action.server";
import type { ActionData } from "../../app/schemas/action";
import { ReferenceRefused } from "../../app/submissions/references.server";
import { createUser, ctxOf, thrown, unique } from "../support/fixtures";
import { committeeWithMeeting, createPost } from "../support/work-fixtures";

function actionData(over: Partial<ActionData> & { ownerPositionId: string }): ActionData {
  return { title: unique("Action"), description: null, ownerPersonId: null, dueDate: null, decisionId: null, meetingId: null, committeeId: null, confidentiality: "internal", ...over };
}

describe("an action's references inside the write's transaction", () => {
  it("refuses a create whose owner post was archived after the check, and writes nothing", async () => {
    const secretary = await createUser("secretary");
    const ctx = await ctxOf(secretary.id);
    const post = await createPost(secretary.agencyId);
    const data = actionData({ ownerPositionId: post.id });
    const { errors, derived } = await checkAction(ctx, data);
    expect(errors).toEqual({});
    await prisma.position.update({ where: { id: post.id }, data: { archivedAt: new Date() }, select: { id: true } });
    const error = await thrown(createAction({ userId: secretary.id, personId: null }, data, derived));
    expect(error).toBeInstanceOf(ReferenceRefused);
    expect((error as ReferenceRefused).fieldErrors).toEqual({ ownerPositionId: ["error.action.ownerMissing"] });
    expect(await prisma.action.count({ where: { title: data.title } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entity: "action", after: { contains: data.title } } })).toBe(0);
  });

  it("refuses a create whose meeting was archived after the check", async () => {
    const secretary = await createUser("secretary");
    const ctx = await ctxOf(secretary.id);
    const { meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId });
    const data = actionData({ ownerPositionId: secretary.positionId, meetingId: meeting.id });
    const { errors, derived } = await checkAction(ctx, data);
    expect(errors).toEqual({});
    await prisma.meeting.update({ where: { id: meeting.id }, data: { archivedAt: new Date() }, select: { id: true } });
    const error = await thrown(createAction({ userId: secretary.id, personId: null }, data, derived));
    expect((error as ReferenceRefused).fieldErrors).toEqual({ meetingId: ["error.action.meetingMissing"] });
    expect(await prisma.action.count({ where: { title: data.title } })).toBe(0);
  });

  it("keeps an edit's recorded meeting even when archived since, but refuses a new owner archived after the check", async () => {
    const secretary = await createUser("secretary");
    const ctx = await ctxOf(secretary.id);
    const { meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId });
    const first = actionData({ ownerPositionId: secretary.positionId, meetingId: meeting.id });
    const checked = await checkAction(ctx, first);
    const created = await createAction({ userId: secretary.id, personId: null }, first, checked.derived);
    await prisma.meeting.update({ where: { id: meeting.id }, data: { archivedAt: new Date() }, select: { id: true } });

    // The meeting it came from is archived now; an edit that keeps it goes through.
    const retitled = { ...first, title: unique("Retitled"), version: 1 };
    const kept = await updateAction({ userId: secretary.id, personId: null }, created.id, retitled, checked.derived);
    expect(kept.title).toBe(retitled.title);

    // A new owner, archived between the check and the write: refused, the action unchanged.
    const post = await createPost(secretary.agencyId);
    const moved = { ...first, title: retitled.title, ownerPositionId: post.id };
    const recheck = await checkAction(ctx, { ...moved, meetingId: null });
    await prisma.position.update({ where: { id: post.id }, data: { archivedAt: new Date() }, select: { id: true } });
    const error = await thrown(updateAction({ userId: secretary.id, personId: null }, created.id, { ...moved, version: 2 }, { ...recheck.derived, meetingId: meeting.id }));
    expect((error as ReferenceRefused).fieldErrors).toEqual({ ownerPositionId: ["error.action.ownerMissing"] });
    expect(await prisma.action.findUniqueOrThrow({ where: { id: created.id }, select: { ownerPositionId: true, version: true } })).toEqual({ ownerPositionId: secretary.positionId, version: 2 });
  });
});
