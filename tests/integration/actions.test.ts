// Follow-up actions through their routes: creation owned by a post, status updates with their
// history, permissions (a focal point changes only their own), the bulk update during a meeting,
// the list's filters and the CSV export.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as detailAction, loader as detailLoader } from "../../app/routes/actions.$actionId._index";
import { action as editAction } from "../../app/routes/actions.$actionId.edit";
import { loader as listLoader } from "../../app/routes/actions._index";
import { action as newAction, loader as newLoader } from "../../app/routes/actions.new";
import { loader as csvLoader } from "../../app/routes/actions[.]csv";
import { action as bulkAction, loader as bulkLoader } from "../../app/routes/meetings.$meetingId.actions";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMeeting, createActionRow, createPost, day } from "../support/work-fixtures";

const context = {};

async function world() {
  const secretary = await createUser("secretary");
  const focal = await createUser("focal_point");
  const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, memberAgencyIds: [focal.agencyId] });
  const decision = await prisma.decision.create({
    data: { committeeId: committee.id, meetingId: meeting.id, year: 2026, serial: 1, title: unique("Decision"), text: "…", decidedOn: day(-7) },
    select: { id: true },
  });
  return { secretary, focal, committee, meeting, decision, secretaryCookie: await sessionCookie(secretary.id), focalCookie: await sessionCookie(focal.id) };
}

describe("creating an action", () => {
  it("creates it from a decision, owned by a post; committee and meeting follow from the decision", async () => {
    const w = await world();
    const page = await newLoader({ request: getRequest(`/actions/new?decisionId=${w.decision.id}`, w.secretaryCookie), params: {}, context });
    // The committee's member agencies' posts are offered.
    expect(page.posts.map((p) => p.id)).toEqual(expect.arrayContaining([w.focal.positionId, w.secretary.positionId]));

    const title = unique("Send the customs requirements");
    const response = await newAction({
      request: postRequest("/actions/new", { title, ownerPositionId: w.focal.positionId, dueDate: "2026-12-05", decisionId: w.decision.id, confidentiality: "internal" }, w.secretaryCookie),
      params: {},
      context,
    });
    expect(statusOf(response)).toBe(302);
    expect(locationOf(response)).toBe(`/decisions/${w.decision.id}`);
    const created = await prisma.action.findFirstOrThrow({
      where: { title },
      select: { id: true, ownerAgencyId: true, committeeId: true, meetingId: true, status: true, dueDate: true, updates: { select: { status: true, authorId: true } } },
    });
    expect(created).toMatchObject({ ownerAgencyId: w.focal.agencyId, committeeId: w.committee.id, meetingId: w.meeting.id, status: "open" });
    expect(created.dueDate?.toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(created.updates).toEqual([{ status: "open", authorId: w.secretary.id }]);
    expect(await auditCount("action", created.id)).toBe(1);
  });

  it("never leaves an action with nobody: an archived post is refused, with the values kept", async () => {
    const w = await world();
    const post = await createPost(w.focal.agencyId);
    await prisma.position.update({ where: { id: post.id }, data: { archivedAt: new Date() } });
    const before = await prisma.action.count();
    const result = await newAction({
      request: postRequest("/actions/new", { title: "Orphan", ownerPositionId: post.id, confidentiality: "internal" }, w.secretaryCookie),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).ownerPositionId).toEqual(["error.action.ownerMissing"]);
    expect(valuesOf(result)).toMatchObject({ title: "Orphan" });
    const invalid = await newAction({ request: postRequest("/actions/new", { title: "", ownerPositionId: "", dueDate: "soon", confidentiality: "secret" }, w.secretaryCookie), params: {}, context });
    expect(fieldErrorsOf(invalid)).toMatchObject({
      title: ["error.required"],
      ownerPositionId: ["error.required"],
      dueDate: ["error.calendarDay"],
      confidentiality: ["error.invalidChoice"],
    });
    expect(await prisma.action.count()).toBe(before);
  });

  it("lets a focal point create an action for their own post only (403 otherwise, nothing written)", async () => {
    const w = await world();
    const own = await newAction({ request: postRequest("/actions/new", { title: unique("Own"), ownerPositionId: w.focal.positionId, confidentiality: "internal" }, w.focalCookie), params: {}, context });
    expect(statusOf(own)).toBe(302);
    const before = await prisma.action.count();
    const error = await thrown(
      newAction({ request: postRequest("/actions/new", { title: "Not mine", ownerPositionId: w.secretary.positionId, confidentiality: "internal" }, w.focalCookie), params: {}, context }),
    );
    expect(statusOf(error)).toBe(403);
    expect(await prisma.action.count()).toBe(before);
    const viewer = await createUser("viewer");
    expect(statusOf(await thrown(newLoader({ request: getRequest("/actions/new", await sessionCookie(viewer.id)), params: {}, context })))).toBe(403);
  });
});

describe("updating an action", () => {
  it("appends each status change with its note to the history, sets the completion date, and audits", async () => {
    const w = await world();
    const a = await createActionRow({ ownerPositionId: w.focal.positionId, ownerAgencyId: w.focal.agencyId, committeeId: w.committee.id });
    const post = (fields: Record<string, string>) =>
      detailAction({ request: postRequest(`/actions/${a.id}`, { intent: "update", ...fields }, w.focalCookie), params: { actionId: a.id }, context });
    expect(statusOf(await post({ status: "in_progress", note: "Categories (i) to (v) mapped." }))).toBe(302);
    expect(statusOf(await post({ status: "done", note: "" }))).toBe(302);
    const row = await prisma.action.findUniqueOrThrow({
      where: { id: a.id },
      select: { status: true, completedAt: true, updates: { orderBy: { at: "asc" }, select: { status: true, note: true, authorId: true } } },
    });
    expect(row.status).toBe("done");
    expect(row.completedAt).not.toBeNull();
    expect(row.updates).toEqual([
      { status: "in_progress", note: "Categories (i) to (v) mapped.", authorId: w.focal.id },
      { status: "done", note: null, authorId: w.focal.id },
    ]);
    expect(await prisma.auditEvent.count({ where: { entity: "action", entityId: a.id, action: "status" } })).toBe(2);

    // Reopening needs a reason; refused without one, and nothing is written.
    const reopen = await post({ status: "open", note: "" });
    expect(statusOf(reopen)).toBe(400);
    expect(fieldErrorsOf(reopen).note).toEqual(["error.action.noteToReopen"]);
    expect((await prisma.action.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } })).status).toBe("done");
    expect(await prisma.actionUpdate.count({ where: { actionId: a.id } })).toBe(2);
  });

  it("answers 403 to a focal point updating another agency's action, and 404 to one they may not see", async () => {
    const w = await world();
    const theirs = await createActionRow({ ownerPositionId: w.secretary.positionId, ownerAgencyId: w.secretary.agencyId, committeeId: w.committee.id });
    const page = await detailLoader({ request: getRequest(`/actions/${theirs.id}`, w.focalCookie), params: { actionId: theirs.id }, context });
    expect(page.canUpdate).toBe(false);
    const error = await thrown(
      detailAction({ request: postRequest(`/actions/${theirs.id}`, { intent: "update", status: "done", note: "" }, w.focalCookie), params: { actionId: theirs.id }, context }),
    );
    expect(statusOf(error)).toBe(403);
    const edit = await thrown(
      editAction({ request: postRequest(`/actions/${theirs.id}/edit`, { title: "Renamed", ownerPositionId: w.focal.positionId, confidentiality: "internal", version: "1" }, w.focalCookie), params: { actionId: theirs.id }, context }),
    );
    expect(statusOf(edit)).toBe(403);
    const row = await prisma.action.findUniqueOrThrow({ where: { id: theirs.id }, select: { status: true, title: true } });
    expect(row).toEqual({ status: "open", title: theirs.title });
    expect(await prisma.actionUpdate.count({ where: { actionId: theirs.id } })).toBe(0);

    const outsiderAgency = await createAgency();
    const hiddenPost = await createPost(outsiderAgency.id);
    const hidden = await createActionRow({ ownerPositionId: hiddenPost.id, ownerAgencyId: outsiderAgency.id, confidentiality: "restricted" });
    expect(statusOf(await thrown(detailLoader({ request: getRequest(`/actions/${hidden.id}`, w.focalCookie), params: { actionId: hidden.id }, context })))).toBe(404);
  });

  it("hands an action to another post when edited by a secretary, audited", async () => {
    const w = await world();
    const a = await createActionRow({ ownerPositionId: w.focal.positionId, ownerAgencyId: w.focal.agencyId, committeeId: w.committee.id });
    const response = await editAction({
      request: postRequest(`/actions/${a.id}/edit`, { title: a.title, ownerPositionId: w.secretary.positionId, dueDate: "2027-01-15", confidentiality: "internal", version: "1" }, w.secretaryCookie),
      params: { actionId: a.id },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const row = await prisma.action.findUniqueOrThrow({ where: { id: a.id }, select: { ownerPositionId: true, ownerAgencyId: true, committeeId: true } });
    expect(row).toEqual({ ownerPositionId: w.secretary.positionId, ownerAgencyId: w.secretary.agencyId, committeeId: w.committee.id });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "action", entityId: a.id, action: "update" }, select: { after: true } });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ ownerPositionId: w.secretary.positionId, ownerAgencyId: w.secretary.agencyId });
  });
});

describe("the bulk update during a meeting", () => {
  it("updates several of the committee's open actions at once; done ones leave the list", async () => {
    const w = await world();
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map((i) => createActionRow({ ownerPositionId: w.focal.positionId, ownerAgencyId: w.focal.agencyId, committeeId: w.committee.id, dueDate: day(i - 2) })),
    );
    if (!a || !b || !c) throw new Error("fixture");
    const page = await bulkLoader({ request: getRequest(`/meetings/${w.meeting.id}/actions`, w.secretaryCookie), params: { meetingId: w.meeting.id }, context });
    // Earliest due first: the overdue one at the top.
    expect(page.rows.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    const fields = {
      "rows.0.id": a.id, "rows.0.was": "open", "rows.0.status": "done", "rows.0.note": "Sent.",
      "rows.1.id": b.id, "rows.1.was": "open", "rows.1.status": "open", "rows.1.note": "",
      "rows.2.id": c.id, "rows.2.was": "open", "rows.2.status": "in_progress", "rows.2.note": "",
    };
    const response = await bulkAction({ request: postRequest(`/meetings/${w.meeting.id}/actions`, fields, w.secretaryCookie), params: { meetingId: w.meeting.id }, context });
    expect(statusOf(response)).toBe(302);
    const statuses = await prisma.action.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, orderBy: { dueDate: "asc" }, select: { status: true, _count: { select: { updates: true } } } });
    expect(statuses).toEqual([
      { status: "done", _count: { updates: 1 } },
      { status: "open", _count: { updates: 0 } },
      { status: "in_progress", _count: { updates: 1 } },
    ]);
    const after = await bulkLoader({ request: getRequest(`/meetings/${w.meeting.id}/actions`, w.secretaryCookie), params: { meetingId: w.meeting.id }, context });
    expect(after.rows.map((r) => r.id)).toEqual([b.id, c.id]);
  });

  it("writes nothing when one row is refused, and says which", async () => {
    const w = await world();
    const [a, b] = await Promise.all(
      [1, 2].map(() => createActionRow({ ownerPositionId: w.focal.positionId, ownerAgencyId: w.focal.agencyId, committeeId: w.committee.id })),
    );
    if (!a || !b) throw new Error("fixture");
    const auditBefore = await auditCount("action");
    const result = await bulkAction({
      request: postRequest(
        `/meetings/${w.meeting.id}/actions`,
        { "rows.0.id": a.id, "rows.0.was": "open", "rows.0.status": "done", "rows.0.note": "", "rows.1.id": b.id, "rows.1.was": "open", "rows.1.status": "cancelled", "rows.1.note": "" },
        w.secretaryCookie,
      ),
      params: { meetingId: w.meeting.id },
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result)).toEqual({ "rows.1.note": ["error.action.noteToCancel"] });
    expect(valuesOf(result)).toMatchObject({ "rows.0.status": "done", "rows.1.status": "cancelled" });
    const rows = await prisma.action.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true } });
    expect(rows.map((r) => r.status)).toEqual(["open", "open"]);
    expect(await auditCount("action")).toBe(auditBefore);

    const nothing = await bulkAction({
      request: postRequest(`/meetings/${w.meeting.id}/actions`, { "rows.0.id": a.id, "rows.0.was": "open", "rows.0.status": "open", "rows.0.note": "" }, w.secretaryCookie),
      params: { meetingId: w.meeting.id },
      context,
    });
    expect(statusOf(nothing)).toBe(400);
    expect(payloadOf(nothing).formErrors).toEqual(["action.bulk.nothingChanged"]);
  });

  it("refuses a focal point's update of another agency's action in the bulk form (403, nothing written)", async () => {
    const w = await world();
    const theirs = await createActionRow({ ownerPositionId: w.secretary.positionId, ownerAgencyId: w.secretary.agencyId, committeeId: w.committee.id });
    const page = await bulkLoader({ request: getRequest(`/meetings/${w.meeting.id}/actions`, w.focalCookie), params: { meetingId: w.meeting.id }, context });
    expect(page.rows.find((r) => r.id === theirs.id)?.canUpdate).toBe(false);
    const error = await thrown(
      bulkAction({
        request: postRequest(`/meetings/${w.meeting.id}/actions`, { "rows.0.id": theirs.id, "rows.0.was": "open", "rows.0.status": "done", "rows.0.note": "" }, w.focalCookie),
        params: { meetingId: w.meeting.id },
        context,
      }),
    );
    expect(statusOf(error)).toBe(403);
    expect((await prisma.action.findUniqueOrThrow({ where: { id: theirs.id }, select: { status: true } })).status).toBe("open");
  });
});

describe("the action list and its CSV export", () => {
  it("filters by committee, agency, post, status and due window, and exports the same rows", async () => {
    const w = await world();
    const marker = unique("Filterable");
    const rows = [
      { dueDate: day(-3), status: "open" },
      { dueDate: day(3), status: "in_progress" },
      { dueDate: day(20), status: "open" },
      { dueDate: day(60), status: "open" },
      { dueDate: undefined, status: "open" },
      { dueDate: day(-30), status: "done" },
    ];
    for (const [i, r] of rows.entries()) {
      await createActionRow({ ownerPositionId: w.focal.positionId, ownerAgencyId: w.focal.agencyId, committeeId: w.committee.id, title: `${marker} ${i}`, ...r });
    }
    const list = async (query: string) =>
      (await listLoader({ request: getRequest(`/actions?committee=${w.committee.id}&${query}`, w.secretaryCookie), params: {}, context })).rows.map((r) => r.title);
    expect(await list("")).toEqual([0, 1, 2, 3, 4].map((i) => `${marker} ${i}`));
    expect(await list("due=overdue")).toEqual([`${marker} 0`]);
    expect(await list("due=week")).toEqual([`${marker} 1`]);
    expect(await list("due=month")).toEqual([`${marker} 1`, `${marker} 2`]);
    expect(await list("due=none")).toEqual([`${marker} 4`]);
    expect(await list("status=done")).toEqual([`${marker} 5`]);
    expect(await list("status=all")).toHaveLength(6);
    expect(await list(`agency=${w.focal.agencyId}&position=${w.focal.positionId}&status=in_progress`)).toEqual([`${marker} 1`]);
    expect(await list(`agency=${w.secretary.agencyId}`)).toEqual([]);

    const response = await csvLoader({ request: getRequest(`/actions.csv?committee=${w.committee.id}&due=month`, w.secretaryCookie), params: {}, context });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines[0]).toContain("Action,Status,Due date");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([`${marker} 1`, `${marker} 2`]);
    expect(lines[1]).toContain("In progress");
  });

  it("exports only what the reader may see, and keeps formulas inert", async () => {
    const w = await world();
    const outsider = await createAgency();
    const post = await createPost(outsider.id);
    const marker = unique("Export");
    await createActionRow({ ownerPositionId: post.id, ownerAgencyId: outsider.id, title: `${marker} hidden`, confidentiality: "restricted" });
    await createActionRow({ ownerPositionId: post.id, ownerAgencyId: outsider.id, title: `=HYPERLINK("x") ${marker}` });
    const response = await csvLoader({ request: getRequest(`/actions.csv?agency=${outsider.id}`, w.focalCookie), params: {}, context });
    const text = await response.text();
    expect(text).not.toContain(`${marker} hidden`);
    expect(text).toContain(`"'=HYPERLINK(""x"") ${marker}"`);
  });
});
