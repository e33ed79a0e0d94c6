import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as assignAction, loader as assignLoader } from "../../app/routes/positions.$positionId.assign";
import { action as postAction, loader as postLoader } from "../../app/routes/positions.$positionId._index";
import { action as editAction } from "../../app/routes/positions.$positionId.edit";
import { action as createAction } from "../../app/routes/positions.new";
import { fieldErrorsOf, payloadOf, statusOf, valuesOf } from "../support/form-results";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";

const context = {};
const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

async function person(name = unique("Holder")) {
  return prisma.person.create({ data: { givenName: "Pat", familyName: name }, select: { id: true } });
}

describe("creating and editing a post", () => {
  it("lets a focal point create a post in their own agency, audited", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const title = unique("Strategic goods analyst");
    const response = await createAction({ request: postRequest("/positions/new", { agencyId: focal.agencyId, title, functionalEmail: "SG@x.example" }, cookie), params: {}, context });
    expect(statusOf(response)).toBe(302);
    const post = await prisma.position.findFirstOrThrow({ where: { title }, select: { id: true, agencyId: true, functionalEmail: true } });
    expect(post).toMatchObject({ agencyId: focal.agencyId, functionalEmail: "sg@x.example" });
    expect(await auditCount("position", post.id)).toBe(1);
  });

  it("refuses a post without a title (400, nothing written)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const before = await prisma.position.count();
    const result = await createAction({ request: postRequest("/positions/new", { agencyId: secretary.agencyId, title: "", description: "kept" }, cookie), params: {}, context });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).title).toEqual(["error.required"]);
    expect(valuesOf(result).description).toBe("kept");
    expect(await prisma.position.count()).toBe(before);
  });

  it("refuses a focal point creating a post in another agency (403)", async () => {
    const focal = await createUser("focal_point");
    const other = await createAgency();
    const cookie = await sessionCookie(focal.id);
    const before = await prisma.position.count();
    const error = await thrown(createAction({ request: postRequest("/positions/new", { agencyId: other.id, title: "Sneaky" }, cookie), params: {}, context }));
    expect(statusOf(error)).toBe(403);
    expect(await prisma.position.count()).toBe(before);
  });

  it("edits a post's title but never moves it to another agency", async () => {
    const secretary = await createUser("secretary");
    const other = await createAgency();
    const cookie = await sessionCookie(secretary.id);
    const response = await editAction({
      request: postRequest(`/positions/${secretary.positionId}/edit`, { agencyId: other.id, title: "Renamed post", version: "1" }, cookie),
      params: { positionId: secretary.positionId },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const post = await prisma.position.findUniqueOrThrow({ where: { id: secretary.positionId }, select: { title: true, agencyId: true } });
    expect(post).toEqual({ title: "Renamed post", agencyId: secretary.agencyId });
  });

  it("refuses a viewer editing a post (403)", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const error = await thrown(editAction({ request: postRequest(`/positions/${viewer.positionId}/edit`, { agencyId: viewer.agencyId, title: "X", version: "1" }, cookie), params: { positionId: viewer.positionId }, context }));
    expect(statusOf(error)).toBe(403);
    expect(await auditCount("position", viewer.positionId)).toBe(0);
  });
});

describe("assigning holders", () => {
  it("assigns a person with a planned end, audited, and shows them on the post's page", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const post = await prisma.position.create({ data: { agencyId: secretary.agencyId, title: unique("Post") }, select: { id: true } });
    const holder = await person();
    const response = await assignAction({
      request: postRequest(`/positions/${post.id}/assign`, { personId: holder.id, startDate: iso(-10), plannedEndDate: iso(700) }, cookie),
      params: { positionId: post.id },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const tenure = await prisma.assignment.findFirstOrThrow({ where: { positionId: post.id }, select: { id: true, acting: true, plannedEndDate: true } });
    expect(tenure.acting).toBe(false);
    expect(tenure.plannedEndDate?.toISOString().slice(0, 10)).toBe(iso(700));
    expect(await auditCount("assignment", tenure.id)).toBe(1);
    const page = await postLoader({ request: getRequest(`/positions/${post.id}`, cookie), params: { positionId: post.id }, context });
    expect(page.position.assignments.map((a) => a.person.id)).toEqual([holder.id]);
    expect(page.can.end).toBe(true);
  });

  it("refuses a planned end before the start and a bad date, keeping the values (400)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const holder = await person();
    const result = await assignAction({
      request: postRequest(`/positions/${secretary.positionId}/assign`, { personId: holder.id, startDate: "2026-02-30", plannedEndDate: "2020-01-01" }, cookie),
      params: { positionId: secretary.positionId },
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).startDate).toEqual(["error.calendarDay"]);
    expect(valuesOf(result).plannedEndDate).toBe("2020-01-01");
    const cross = await assignAction({
      request: postRequest(`/positions/${secretary.positionId}/assign`, { personId: holder.id, startDate: "2026-03-01", plannedEndDate: "2026-02-01", acting: "on" }, cookie),
      params: { positionId: secretary.positionId },
      context,
    });
    expect(fieldErrorsOf(cross).plannedEndDate).toEqual(["assignment.error.plannedEndBeforeStart"]);
    expect(await prisma.assignment.count({ where: { personId: holder.id } })).toBe(0);
  });

  it("explains a clash with the current holder instead of failing, and writes nothing", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const holder = await person();
    // The secretary's own post is held by them since yesterday with no end.
    const result = await assignAction({
      request: postRequest(`/positions/${secretary.positionId}/assign`, { personId: holder.id, startDate: iso(5) }, cookie),
      params: { positionId: secretary.positionId },
      context,
    });
    expect(statusOf(result)).toBe(400);
    const payload = payloadOf(result);
    expect(payload.clash).toMatchObject({ kind: "holder", personName: expect.stringContaining("Test"), endDate: null, acting: false });
    expect(fieldErrorsOf(result).startDate).toEqual(["assignment.error.clash"]);
    expect(await prisma.assignment.count({ where: { personId: holder.id } })).toBe(0);
  });

  it("accepts one acting holder alongside, then refuses a second acting holder with an explanation", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const [first, second] = [await person(), await person()];
    const ok = await assignAction({
      request: postRequest(`/positions/${secretary.positionId}/assign`, { personId: first.id, startDate: iso(0), acting: "on" }, cookie),
      params: { positionId: secretary.positionId },
      context,
    });
    expect(statusOf(ok)).toBe(302);
    const clash = await assignAction({
      request: postRequest(`/positions/${secretary.positionId}/assign`, { personId: second.id, startDate: iso(1), acting: "on" }, cookie),
      params: { positionId: secretary.positionId },
      context,
    });
    expect(statusOf(clash)).toBe(400);
    expect(payloadOf(clash).clash).toMatchObject({ kind: "acting", acting: true });
  });

  it("answers 403 to a viewer, in the loader and the action, and writes nothing", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const holder = await person();
    expect(statusOf(await thrown(assignLoader({ request: getRequest(`/positions/${viewer.positionId}/assign`, cookie), params: { positionId: viewer.positionId }, context })))).toBe(403);
    const error = await thrown(
      assignAction({ request: postRequest(`/positions/${viewer.positionId}/assign`, { personId: holder.id, startDate: iso(0) }, cookie), params: { positionId: viewer.positionId }, context }),
    );
    expect(statusOf(error)).toBe(403);
    expect(await prisma.assignment.count({ where: { personId: holder.id } })).toBe(0);
  });
});

describe("ending an assignment", () => {
  async function setup(role: "secretary" | "focal_point" | "viewer") {
    const user = await createUser(role);
    const tenure = await prisma.assignment.findFirstOrThrow({ where: { positionId: user.positionId }, select: { id: true } });
    return { user, tenure, cookie: await sessionCookie(user.id) };
  }

  it("records the actual end date (history appended), audited, and lets a successor follow", async () => {
    const { user, tenure, cookie } = await setup("focal_point");
    const response = await postAction({
      request: postRequest(`/positions/${user.positionId}`, { intent: "end", assignmentId: tenure.id, endDate: iso(30) }, cookie),
      params: { positionId: user.positionId },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const ended = await prisma.assignment.findUniqueOrThrow({ where: { id: tenure.id }, select: { endDate: true } });
    expect(ended.endDate?.toISOString().slice(0, 10)).toBe(iso(30));
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "assignment", entityId: tenure.id }, select: { action: true } });
    expect(event.action).toBe("end");
    const successor = await person();
    const next = await assignAction({
      request: postRequest(`/positions/${user.positionId}/assign`, { personId: successor.id, startDate: iso(30) }, cookie),
      params: { positionId: user.positionId },
      context,
    });
    expect(statusOf(next)).toBe(302);
  });

  it("refuses an end before the start (400, nothing written)", async () => {
    const { user, tenure, cookie } = await setup("secretary");
    const result = await postAction({
      request: postRequest(`/positions/${user.positionId}`, { intent: "end", assignmentId: tenure.id, endDate: "2000-01-01" }, cookie),
      params: { positionId: user.positionId },
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).endDate).toEqual(["assignment.error.endBeforeStart"]);
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: tenure.id }, select: { endDate: true } })).endDate).toBeNull();
  });

  it("answers 403 to a viewer and writes nothing", async () => {
    const { user, tenure, cookie } = await setup("viewer");
    const error = await thrown(
      postAction({ request: postRequest(`/positions/${user.positionId}`, { intent: "end", assignmentId: tenure.id, endDate: iso(0) }, cookie), params: { positionId: user.positionId }, context }),
    );
    expect(statusOf(error)).toBe(403);
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: tenure.id }, select: { endDate: true } })).endDate).toBeNull();
    expect(await auditCount("assignment", tenure.id)).toBe(0);
  });
});

describe("a post's page", () => {
  it("shows its responsibilities and its open actions", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const responsibility = await prisma.responsibility.create({ data: { title: unique("Duty") }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: viewer.agencyId, positionId: viewer.positionId, role: "R" } });
    await prisma.action.create({ data: { title: "Send the data", ownerPositionId: viewer.positionId, ownerAgencyId: viewer.agencyId, confidentiality: "internal" } });
    await prisma.action.create({ data: { title: "Done already", ownerPositionId: viewer.positionId, ownerAgencyId: viewer.agencyId, status: "done" } });
    await prisma.action.create({ data: { title: "Secret", ownerPositionId: viewer.positionId, ownerAgencyId: viewer.agencyId, confidentiality: "confidential" } });
    const page = await postLoader({ request: getRequest(`/positions/${viewer.positionId}`, cookie), params: { positionId: viewer.positionId }, context });
    expect(page.position.responsibilities.map((r) => [r.role, r.responsibility.id])).toEqual([["R", responsibility.id]]);
    expect(page.position.actions.map((a) => a.title)).toEqual(["Send the data"]);
    expect(page.position.actionCount).toBe(1);
    expect(page.can).toEqual({ edit: false, archive: false, assign: false, end: false, startHandover: false });
  });
});
