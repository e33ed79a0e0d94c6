// Actions tell their owner post: when created or reassigned (inside the same transaction), and once
// a week while they are overdue (a producer run by the outbox; a second tick produces nothing).
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { produceOverdueActionReminders } from "../../app/models/action-notifications.server";
import { runOutbox } from "../../app/models/outbox.server";
import { action as editAction } from "../../app/routes/actions.$actionId.edit";
import { action as newAction } from "../../app/routes/actions.new";
import { createUser, postRequest, sessionCookie, unique } from "../support/fixtures";
import { statusOf } from "../support/form-results";
import { createActionRow, createPost, day } from "../support/work-fixtures";

const context = {};

describe("an action assigned to a post", () => {
  it("creating it enqueues one notice to the owner post; its holder finds it in the app", async () => {
    const secretary = await createUser("secretary");
    const focal = await createUser("focal_point");
    const title = unique("Send the licensing figures");
    const response = await newAction({
      request: postRequest("/actions/new", { title, ownerPositionId: focal.positionId, dueDate: "2027-01-15", confidentiality: "internal" }, await sessionCookie(secretary.id)),
      params: {},
      context,
    });
    expect(statusOf(response)).toBe(302);
    const action = await prisma.action.findFirstOrThrow({ where: { title }, select: { id: true } });
    const notices = await prisma.notice.findMany({ where: { kind: "action_assigned", positionId: focal.positionId }, select: { content: true } });
    expect(notices).toHaveLength(1);
    await runOutbox();
    const row = await prisma.notification.findFirstOrThrow({ where: { userId: focal.id, kind: "action_assigned" }, select: { subject: true, body: true, link: true, email: true } });
    expect(row.subject).toBe(`Action assigned to your post: ${title}`);
    expect(row.body).toContain("15 Jan 2027");
    expect(row.link).toBe(`/actions/${action.id}`);
    expect(row.email).toBe(focal.email.toLowerCase());
  });

  it("reassigning it tells the new post; an edit that keeps the owner tells nobody", async () => {
    const secretary = await createUser("secretary");
    const focal = await createUser("focal_point");
    const other = await createPost(focal.agencyId);
    const row = await createActionRow({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, title: unique("Reassigned") });
    const cookie = await sessionCookie(secretary.id);
    const edit = (ownerPositionId: string, title: string) =>
      editAction({ request: postRequest(`/actions/${row.id}/edit`, { title, ownerPositionId, confidentiality: "internal" }, cookie), params: { actionId: row.id }, context });

    expect(statusOf(await edit(focal.positionId, `${row.title} (renamed)`))).toBe(302);
    expect(await prisma.notice.count({ where: { kind: "action_assigned", idempotencyKey: { startsWith: `action-assigned:${row.id}:` } } })).toBe(0);
    expect(statusOf(await edit(other.id, row.title))).toBe(302);
    expect(await prisma.notice.count({ where: { kind: "action_assigned", positionId: other.id } })).toBe(1);
  });
});

describe("overdue actions", () => {
  it("one reminder to the owner post per week of lateness, whatever the number of ticks", async () => {
    const focal = await createUser("focal_point");
    const late = await createActionRow({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, dueDate: day(-3) });
    const done = await createActionRow({ ownerPositionId: focal.positionId, ownerAgencyId: focal.agencyId, dueDate: day(-3), status: "done" });
    const now = new Date();
    await produceOverdueActionReminders(now);
    await produceOverdueActionReminders(now);
    const keys = async (id: string) => (await prisma.notice.findMany({ where: { idempotencyKey: { startsWith: `action-overdue:${id}:` } }, select: { idempotencyKey: true } })).map((n) => n.idempotencyKey);
    expect(await keys(late.id)).toHaveLength(1);
    expect(await keys(done.id)).toHaveLength(0);
    // A week later: a second reminder.
    await produceOverdueActionReminders(new Date(now.getTime() + 7 * 86_400_000));
    expect(await keys(late.id)).toHaveLength(2);
  });
});
