// Issue 11: a committee's standing agenda edited in place (label, title, kind) from the version its
// form was loaded at; the new wording reaches the planned agendas that still read as the item did;
// the added "matters arising" item can be turned off and reads in the reader's language.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { MATTERS_ARISING_TITLE } from "../../app/domain/agenda";
import { journalHtml } from "../../app/models/journal-email.server";
import { action as standingAction, loader as standingLoader } from "../../app/routes/committees.$committeeId.standing";
import { action as newMeetingAction } from "../../app/routes/meetings.new";
import { auditCount, createUser, getRequest, postRequest, sessionCookie } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMembers, dayFromNow, meetingForm } from "../support/meeting-fixtures";

const context = {};

async function schedule(cookie: string, committeeId: string, days: number) {
  const location = locationOf(await newMeetingAction({ request: postRequest("/meetings/new", meetingForm(committeeId, { date: dayFromNow(days) }), cookie), params: {}, context }));
  if (!location) throw new Error("meeting not scheduled");
  return location.replace("/meetings/", "");
}

function agenda(meetingId: string) {
  return prisma.agendaItem.findMany({ where: { meetingId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, label: true, title: true, kind: true, standingItemId: true } });
}

function standing(committeeId: string) {
  return prisma.standingAgendaItem.findMany({ where: { committeeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, label: true, title: true, kind: true, version: true } });
}

describe("the standing agenda", () => {
  it("adds an item with a kind, and edits label, title and kind in place, audited; bad input is refused with the values kept", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [["(a)", "Status of reporting compliance"]] });
    const url = `/committees/${committee.id}/standing`;
    const params = { committeeId: committee.id };
    expect(statusOf(await standingAction({ request: postRequest(url, { intent: "add", label: "(g)", title: "Tour de table", kind: "any_other_business" }, cookie), params, context }))).toBe(302);
    const [a, g] = await standing(committee.id);
    expect(g).toMatchObject({ label: "(g)", title: "Tour de table", kind: "any_other_business" });

    const page = await standingLoader({ request: getRequest(`${url}?edit=${a!.id}`, cookie), params, context });
    expect(page.editing).toBe(a!.id);
    expect((await standingLoader({ request: getRequest(`${url}?edit=nonsense`, cookie), params, context })).editing).toBeNull();

    const bad = await standingAction({ request: postRequest(url, { intent: "edit", itemId: a!.id, version: String(a!.version), label: "(a)", title: "", kind: "weird" }, cookie), params, context });
    expect(statusOf(bad)).toBe(400);
    expect(fieldErrorsOf(bad)).toMatchObject({ title: ["error.required"], kind: ["error.invalidChoice"] });
    expect(valuesOf(bad)).toMatchObject({ intent: "edit", itemId: a!.id, kind: "weird" });

    const saved = await standingAction({ request: postRequest(url, { intent: "edit", itemId: a!.id, version: String(a!.version), label: "(a)", title: "Status of reporting obligations", kind: "" }, cookie), params, context });
    expect(statusOf(saved)).toBe(302);
    const [edited] = await standing(committee.id);
    expect(edited).toMatchObject({ label: "(a)", title: "Status of reporting obligations", kind: null, version: a!.version + 1 });
    expect(await prisma.auditEvent.count({ where: { entity: "standingAgendaItem", entityId: a!.id, action: "update" } })).toBe(1);

    // Saving again from the form loaded before that edit is a conflict, not an overwrite.
    const stale = await standingAction({ request: postRequest(url, { intent: "edit", itemId: a!.id, version: String(a!.version), label: "(a)", title: "Something else", kind: "" }, cookie), params, context });
    expect(statusOf(stale)).toBe(409);
    expect(payloadOf(stale).conflict).toBeDefined();
    expect((await standing(committee.id))[0]!.title).toBe("Status of reporting obligations");

    const focal = await createUser("focal_point");
    const forbidden = await standingAction({ request: postRequest(url, { intent: "edit", itemId: a!.id, version: String(a!.version + 1), label: "", title: "Mine", kind: "" }, await sessionCookie(focal.id)), params, context }).catch((e: unknown) => e);
    expect(statusOf(forbidden)).toBe(403);
  });

  it("carries an edit to planned agendas not yet adopted, but not to a copy changed by hand, an adopted agenda or a held meeting", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [["1", "Adoption of the agenda"], ["2", "Licence applications"]] });
    const [untouched, handEdited, adopted, held] = [await schedule(cookie, committee.id, 20), await schedule(cookie, committee.id, 27), await schedule(cookie, committee.id, 34), await schedule(cookie, committee.id, 41)];
    const copyOf = async (meetingId: string) => (await agenda(meetingId)).find((i) => i.title === "Licence applications" && i.standingItemId)!;
    await prisma.agendaItem.update({ where: { id: (await copyOf(handEdited)).id }, data: { label: "2 bis" } });
    await prisma.meeting.update({ where: { id: adopted }, data: { agendaAdoptedAt: new Date() } });
    await prisma.meeting.update({ where: { id: held }, data: { status: "held" } });

    const [, licences] = await standing(committee.id);
    const url = `/committees/${committee.id}/standing`;
    const saved = await standingAction({ request: postRequest(url, { intent: "edit", itemId: licences!.id, version: String(licences!.version), label: "2", title: "Licence applications for the committee's opinion", kind: "regular" }, cookie), params: { committeeId: committee.id }, context });
    expect(statusOf(saved)).toBe(302);

    const titleIn = async (meetingId: string) => (await agenda(meetingId)).find((i) => i.standingItemId === licences!.id)!.title;
    expect(await titleIn(untouched)).toBe("Licence applications for the committee's opinion");
    expect(await titleIn(handEdited)).toBe("Licence applications");
    expect(await titleIn(adopted)).toBe("Licence applications");
    expect(await titleIn(held)).toBe("Licence applications");
    const followed = (await agenda(untouched)).find((i) => i.standingItemId === licences!.id)!;
    expect(await auditCount("agendaItem", followed.id)).toBe(1);

    // A kind chosen on the standing item reaches the copies too.
    const [adoption] = await standing(committee.id);
    await standingAction({ request: postRequest(url, { intent: "edit", itemId: adoption!.id, version: String(adoption!.version), label: "1", title: "Opening and agenda", kind: "adoption_of_agenda" }, cookie), params: { committeeId: committee.id }, context });
    expect((await agenda(untouched))[0]).toMatchObject({ title: "Opening and agenda", kind: "adoption_of_agenda" });
  });

  it("turns the matters-arising item off and on for new meetings, from the committee's version", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [[null, "Licence applications"]] });
    const url = `/committees/${committee.id}/standing`;
    const params = { committeeId: committee.id };
    const before = await schedule(cookie, committee.id, 20);
    expect((await agenda(before)).map((i) => i.kind)).toEqual(["matters_arising", "regular"]);

    const { version } = await prisma.committee.findUniqueOrThrow({ where: { id: committee.id }, select: { version: true } });
    expect(statusOf(await standingAction({ request: postRequest(url, { intent: "mattersArising", mattersArisingItem: "off", version: String(version) }, cookie), params, context }))).toBe(302);
    expect((await prisma.committee.findUniqueOrThrow({ where: { id: committee.id }, select: { mattersArisingItem: true } })).mattersArisingItem).toBe(false);
    expect(await prisma.auditEvent.count({ where: { entity: "committee", entityId: committee.id, action: "update" } })).toBe(1);
    const after = await schedule(cookie, committee.id, 27);
    expect((await agenda(after)).map((i) => i.title)).toEqual(["Licence applications"]);
    // The meeting scheduled before keeps its agenda.
    expect(await agenda(before)).toHaveLength(2);

    const stale = await standingAction({ request: postRequest(url, { intent: "mattersArising", mattersArisingItem: "on", version: String(version) }, cookie), params, context });
    expect(statusOf(stale)).toBe(409);
    const malformed = await standingAction({ request: postRequest(url, { intent: "mattersArising", mattersArisingItem: "maybe", version: String(version + 1) }, cookie), params, context });
    expect(fieldErrorsOf(malformed).mattersArisingItem).toEqual(["error.invalidChoice"]);
    expect(statusOf(await standingAction({ request: postRequest(url, { intent: "mattersArising", mattersArisingItem: "on", version: String(version + 1) }, cookie), params, context }))).toBe(302);
    expect((await agenda(await schedule(cookie, committee.id, 34))).map((i) => i.kind)).toEqual(["matters_arising", "regular"]);
  });

  it("prints the added matters-arising item's title in the journal's language", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = await schedule(cookie, committee.id, 20);
    expect((await agenda(id)).map((i) => i.title)).toEqual([MATTERS_ARISING_TITLE]);
    expect(await journalHtml("en", id)).toContain("Matters arising and follow-up of actions");
    const fr = (await journalHtml("fr", id)) ?? "";
    expect(fr).toContain("Suite donnée aux réunions précédentes et suivi des actions");
    expect(fr).not.toContain(MATTERS_ARISING_TITLE);
  });
});
