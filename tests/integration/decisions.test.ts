// The decision register through its routes: recording (from a meeting, with a recorded vote),
// refusals that write nothing, supersession instead of editing a held meeting's decision, and the
// register's filters and visibility.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as editAction, loader as editLoader } from "../../app/routes/decisions.$decisionId.edit";
import { loader as detailLoader } from "../../app/routes/decisions.$decisionId._index";
import { loader as listLoader } from "../../app/routes/decisions._index";
import { action as newAction, loader as newLoader } from "../../app/routes/decisions.new";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMeeting, createMeeting } from "../support/work-fixtures";

const context = {};

function fields(committeeId: string, extra: Record<string, string> = {}) {
  return {
    committeeId,
    title: unique("Decision"),
    text: "The Committee agreed to circulate the national reporting calendar.",
    decidedOn: "2026-03-04",
    adoption: "consensus",
    status: "adopted",
    confidentiality: "internal",
    ...extra,
  };
}

async function secretaryWithCommittee(options: { meetingStatus?: string; decisionPrefix?: string } = {}) {
  const secretary = await createUser("secretary");
  const setup = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, ...options });
  return { secretary, cookie: await sessionCookie(secretary.id), ...setup };
}

describe("recording a decision", () => {
  it("records a decision from a meeting's agenda item, numbered and audited, then shows it", async () => {
    const { secretary, cookie, committee, meeting } = await secretaryWithCommittee({ decisionPrefix: "NAIC.DEC" });
    const page = await newLoader({ request: getRequest(`/decisions/new?meetingId=${meeting.id}&agendaItemId=${meeting.itemIds[2]}`, cookie), params: {}, context });
    expect(page.initial).toMatchObject({ committeeId: committee.id, meetingId: meeting.id, agendaItemId: meeting.itemIds[2] });
    expect(page.committees).toBeNull();

    const form = fields(committee.id, { meetingId: meeting.id, agendaItemId: meeting.itemIds[2] ?? "" });
    const response = await newAction({ request: postRequest("/decisions/new", form, cookie), params: {}, context });
    expect(statusOf(response)).toBe(302);
    const created = await prisma.decision.findFirstOrThrow({
      where: { title: form.title },
      select: { id: true, year: true, serial: true, meetingId: true, agendaItemId: true, decidedOn: true },
    });
    expect(locationOf(response)).toBe(`/decisions/${created.id}`);
    expect(created).toMatchObject({ year: 2026, serial: 1, meetingId: meeting.id, agendaItemId: meeting.itemIds[2] });
    expect(created.decidedOn.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    const events = await prisma.auditEvent.findMany({ where: { entity: "decision", entityId: created.id }, select: { action: true, actorId: true } });
    expect(events).toEqual([{ action: "create", actorId: secretary.id }]);

    const detail = await detailLoader({ request: getRequest(`/decisions/${created.id}`, cookie), params: { decisionId: created.id }, context });
    expect(detail.decision.committee.decisionPrefix).toBe("NAIC.DEC");
    // Held meeting: not editable in place, but correctable.
    expect(detail.canEdit).toBe(false);
    expect(detail.canCorrect).toBe(true);
  });

  it("records who voted how in a recorded vote", async () => {
    const { cookie, committee } = await secretaryWithCommittee();
    const form = fields(committee.id, {
      adoption: "recorded_vote",
      votesFor: "2",
      votesAgainst: "1",
      votesAbstaining: "0",
      votersFor: "Albania\nAlgeria",
      votersAgainst: "Iran (Islamic Republic of)",
    });
    expect(statusOf(await newAction({ request: postRequest("/decisions/new", form, cookie), params: {}, context }))).toBe(302);
    const created = await prisma.decision.findFirstOrThrow({
      where: { title: form.title },
      select: { votesFor: true, votesAgainst: true, votesAbstaining: true, votes: { orderBy: { voterLabel: "asc" }, select: { voterLabel: true, vote: true } } },
    });
    expect(created).toMatchObject({ votesFor: 2, votesAgainst: 1, votesAbstaining: 0 });
    expect(created.votes).toEqual([
      { voterLabel: "Albania", vote: "for" },
      { voterLabel: "Algeria", vote: "for" },
      { voterLabel: "Iran (Islamic Republic of)", vote: "against" },
    ]);
  });

  it("refuses invalid input with field errors, keeps what was typed and writes nothing", async () => {
    const { cookie, committee } = await secretaryWithCommittee();
    const before = await prisma.decision.count();
    const auditBefore = await auditCount("decision");
    const result = await newAction({
      request: postRequest("/decisions/new", fields(committee.id, { title: " ", decidedOn: "2026-02-31", adoption: "recorded_vote", votesFor: "3", votersFor: "A\nB" }), cookie),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    const errors = fieldErrorsOf(result);
    expect(errors.title).toEqual(["error.required"]);
    expect(errors.decidedOn).toEqual(["error.calendarDay"]);
    expect(errors.votesAgainst).toEqual(["error.decision.countRequired"]);
    expect(errors.votersFor).toEqual(["error.decision.namesDoNotMatchCount"]);
    expect(valuesOf(result)).toMatchObject({ votesFor: "3", votersFor: "A\nB", decidedOn: "2026-02-31" });
    expect(await prisma.decision.count()).toBe(before);
    expect(await auditCount("decision")).toBe(auditBefore);
  });

  it("refuses a meeting of another committee and unknown document symbols, writing nothing", async () => {
    const { cookie, committee, secretary } = await secretaryWithCommittee();
    const other = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId });
    const before = await prisma.decision.count();
    const result = await newAction({
      request: postRequest("/decisions/new", fields(committee.id, { meetingId: other.meeting.id, documentSymbols: "NO/SUCH/SYMBOL" }), cookie),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result)).toMatchObject({
      meetingId: ["error.decision.meetingOtherCommittee"],
      // The message names the symbol not found (issue 11).
      documentSymbols: ["No document you can see has the symbol NO/SUCH/SYMBOL. Check the symbols, one per line, or register the documents first."],
    });
    expect(await prisma.decision.count()).toBe(before);
  });

  it("answers 403 to a focal point and a viewer, in the loader and the action, and writes nothing", async () => {
    const { committee } = await secretaryWithCommittee();
    for (const role of ["focal_point", "viewer"] as const) {
      const user = await createUser(role);
      const cookie = await sessionCookie(user.id);
      const before = await prisma.decision.count();
      expect(statusOf(await thrown(newLoader({ request: getRequest("/decisions/new", cookie), params: {}, context })))).toBe(403);
      const error = await thrown(newAction({ request: postRequest("/decisions/new", fields(committee.id), cookie), params: {}, context }));
      expect(statusOf(error)).toBe(403);
      expect(await prisma.decision.count()).toBe(before);
    }
  });
});

describe("supersession", () => {
  it("does not edit a held meeting's decision in place: the correction supersedes it, and both show the link", async () => {
    const { cookie, committee, meeting } = await secretaryWithCommittee();
    const original = fields(committee.id, { meetingId: meeting.id });
    await newAction({ request: postRequest("/decisions/new", original, cookie), params: {}, context });
    const old = await prisma.decision.findFirstOrThrow({ where: { title: original.title }, select: { id: true, text: true } });

    // Editing in place is refused, in the loader and the action, and nothing changes.
    expect(statusOf(await thrown(editLoader({ request: getRequest(`/decisions/${old.id}/edit`, cookie), params: { decisionId: old.id }, context })))).toBe(409);
    const refusedEdit = await thrown(
      editAction({ request: postRequest(`/decisions/${old.id}/edit`, { ...original, text: "Rewritten", version: "1" }, cookie), params: { decisionId: old.id }, context }),
    );
    expect(statusOf(refusedEdit)).toBe(409);
    expect((await prisma.decision.findUniqueOrThrow({ where: { id: old.id }, select: { text: true } })).text).toBe(old.text);

    // The correction form starts from the old decision.
    const form = await newLoader({ request: getRequest(`/decisions/new?supersedes=${old.id}`, cookie), params: {}, context });
    expect(form.initial).toMatchObject({ supersedesId: old.id, committeeId: committee.id, title: original.title });

    const correction = fields(committee.id, { supersedesId: old.id, text: "Corrected text." });
    expect(statusOf(await newAction({ request: postRequest("/decisions/new", correction, cookie), params: {}, context }))).toBe(302);
    const added = await prisma.decision.findFirstOrThrow({ where: { title: correction.title }, select: { id: true, serial: true, supersedesId: true } });
    expect(added.supersedesId).toBe(old.id);
    expect(added.serial).toBe(2);

    const oldPage = await detailLoader({ request: getRequest(`/decisions/${old.id}`, cookie), params: { decisionId: old.id }, context });
    expect(oldPage.supersededBy?.id).toBe(added.id);
    expect(oldPage.standing).toBe("superseded");
    expect(oldPage.canCorrect).toBe(false);
    const newPage = await detailLoader({ request: getRequest(`/decisions/${added.id}`, cookie), params: { decisionId: added.id }, context });
    expect(newPage.supersedes?.id).toBe(old.id);
    expect(await prisma.auditEvent.count({ where: { entity: "decision", entityId: old.id, action: "superseded" } })).toBe(1);

    // A second correction of the same decision is refused.
    const again = await newAction({ request: postRequest("/decisions/new", fields(committee.id, { supersedesId: old.id }), cookie), params: {}, context });
    expect(statusOf(again)).toBe(400);
    expect(fieldErrorsOf(again).supersedesId).toEqual(["error.decision.alreadySuperseded"]);
  });

  it("edits in place a decision whose meeting is not held yet, keeping its number, audited", async () => {
    const { cookie, committee, meeting } = await secretaryWithCommittee({ meetingStatus: "confirmed" });
    const original = fields(committee.id, { meetingId: meeting.id });
    await newAction({ request: postRequest("/decisions/new", original, cookie), params: {}, context });
    const decision = await prisma.decision.findFirstOrThrow({ where: { title: original.title }, select: { id: true, serial: true } });
    const response = await editAction({
      request: postRequest(`/decisions/${decision.id}/edit`, { ...original, text: "Amended before the meeting.", status: "deferred", version: "1" }, cookie),
      params: { decisionId: decision.id },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const after = await prisma.decision.findUniqueOrThrow({ where: { id: decision.id }, select: { text: true, status: true, serial: true } });
    expect(after).toEqual({ text: "Amended before the meeting.", status: "deferred", serial: decision.serial });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "decision", entityId: decision.id, action: "update" }, select: { before: true, after: true } });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ text: "Amended before the meeting.", status: "deferred" });

    // Moving it to another year would renumber it: refused.
    const moved = await editAction({
      request: postRequest(`/decisions/${decision.id}/edit`, { ...original, decidedOn: "2027-01-05", version: "2" }, cookie),
      params: { decisionId: decision.id },
      context,
    });
    expect(statusOf(moved)).toBe(400);
    expect(fieldErrorsOf(moved).decidedOn).toEqual(["error.decision.yearFixed"]);
  });
});

describe("the register", () => {
  it("filters by committee, year, status and text, and hides what the reader may not see", async () => {
    const { cookie, committee, secretary } = await secretaryWithCommittee();
    const marker = unique("Marker");
    for (const [decidedOn, status, confidentiality] of [
      ["2025-06-01", "adopted", "internal"],
      ["2026-02-01", "deferred", "internal"],
      ["2026-05-01", "adopted", "internal"],
      ["2026-05-02", "adopted", "restricted"],
    ] as const) {
      await newAction({ request: postRequest("/decisions/new", fields(committee.id, { decidedOn, status, confidentiality, text: `${marker} text` }), cookie), params: {}, context });
    }
    const list = (query: string, c = cookie) => listLoader({ request: getRequest(`/decisions?${query}`, c), params: {}, context });
    expect((await list(`q=${marker}`)).page.total).toBe(4);
    expect((await list(`q=${marker}&year=2026`)).page.total).toBe(3);
    expect((await list(`q=${marker}&year=2026&status=deferred`)).page.total).toBe(1);
    expect((await list(`committee=${committee.id}&year=2025`)).rows.map((r) => r.serial)).toEqual([1]);
    // Newest first, numbered per year.
    expect((await list(`committee=${committee.id}&year=2026`)).rows.map((r) => r.serial)).toEqual([3, 2, 1]);

    // Someone whose agency does not sit on the committee does not see the restricted one, even as admin.
    const outsider = await createUser("admin", { agencyId: (await createAgency()).id });
    const outsiderCookie = await sessionCookie(outsider.id);
    expect((await list(`q=${marker}`, outsiderCookie)).page.total).toBe(3);
    const restricted = await prisma.decision.findFirstOrThrow({ where: { committeeId: committee.id, confidentiality: "restricted" }, select: { id: true } });
    const hidden = await thrown(detailLoader({ request: getRequest(`/decisions/${restricted.id}`, outsiderCookie), params: { decisionId: restricted.id }, context }));
    expect(statusOf(hidden)).toBe(404);
    expect(secretary.agencyId).not.toBe(outsider.agencyId);
  });

  it("numbers each committee's decisions from 1 each year, whatever other committees do", async () => {
    const { cookie, committee, secretary } = await secretaryWithCommittee();
    const other = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId });
    await createMeeting(other.committee.id, { status: "held", startsAt: new Date() });
    for (const committeeId of [committee.id, other.committee.id, committee.id]) {
      await newAction({ request: postRequest("/decisions/new", fields(committeeId, { decidedOn: "2026-09-09" }), cookie), params: {}, context });
    }
    const serials = async (committeeId: string) =>
      (await prisma.decision.findMany({ where: { committeeId, year: 2026 }, orderBy: { serial: "asc" }, select: { serial: true } })).map((d) => d.serial);
    expect(await serials(committee.id)).toEqual([1, 2]);
    expect(await serials(other.committee.id)).toEqual([1]);
  });
});
