import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as itemAction } from "../../app/routes/meetings.$meetingId.agenda_.$itemId";
import { action as agendaAction } from "../../app/routes/meetings.$meetingId.agenda";
import { action as attendanceAction, loader as attendanceLoader } from "../../app/routes/meetings.$meetingId.attendance";
import { action as journalAction } from "../../app/routes/meetings.$meetingId.journal";
import { journalHtml } from "../../app/models/journal-email.server";
import { loader as printLoader } from "../../app/routes/meetings.$meetingId.print";
import { loader as documentsLoader } from "../../app/routes/documents._index";
import { action as newDocumentAction } from "../../app/routes/documents.new";
import { action as newMeetingAction } from "../../app/routes/meetings.new";
import { auditCount, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";

const context = {};

async function meetingOf(secretaryCookie: string, committeeId: string) {
  const location = locationOf(await newMeetingAction({ request: postRequest("/meetings/new", meetingForm(committeeId, { date: "2031-09-17", timeZone: "Europe/Vienna" }), secretaryCookie), params: {}, context }));
  return location!.replace("/meetings/", "");
}

function items(meetingId: string) {
  return prisma.agendaItem.findMany({ where: { meetingId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, title: true, kind: true } });
}

describe("the agenda", () => {
  it("adds, reorders and removes items, and records the adoption in the venue's time", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers({ standing: [["1", "Adoption of the agenda"]] });
    const id = await meetingOf(cookie, committee.id);
    const url = `/meetings/${id}/agenda`;
    const params = { meetingId: id };
    await agendaAction({ request: postRequest(url, { intent: "add", title: "Licence applications for opinion", kind: "regular", label: "", presenterAgencyId: "" }, cookie), params, context });
    expect((await items(id)).map((i) => i.title)).toEqual(["Adoption of the agenda", "Matters arising and follow-up of actions", "Licence applications for opinion"]);
    const refusedResult = await agendaAction({ request: postRequest(url, { intent: "add", title: "", kind: "nonsense" }, cookie), params, context });
    expect(fieldErrorsOf(refusedResult)).toMatchObject({ title: ["error.required"], kind: ["error.invalidChoice"] });

    const [, arising, licences] = await items(id);
    await agendaAction({ request: postRequest(url, { intent: "up", itemId: licences!.id }, cookie), params, context });
    expect((await items(id)).map((i) => i.title)).toEqual(["Adoption of the agenda", "Licence applications for opinion", "Matters arising and follow-up of actions"]);
    await agendaAction({ request: postRequest(url, { intent: "remove", itemId: arising!.id }, cookie), params, context });
    expect(await items(id)).toHaveLength(2);
    const removed = await prisma.agendaItem.findUniqueOrThrow({ where: { id: arising!.id }, select: { archivedAt: true } });
    expect(removed.archivedAt).toBeInstanceOf(Date);
    expect(await prisma.auditEvent.count({ where: { entity: "agendaItem", entityId: arising!.id, action: "archive" } })).toBe(1);

    await agendaAction({ request: postRequest(url, { intent: "adopt", adoptedTime: "10:07" }, cookie), params, context });
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { agendaAdoptedAt: true } });
    expect(meeting.agendaAdoptedAt?.toISOString()).toBe("2031-09-17T08:07:00.000Z"); // CEST
    expect(await prisma.auditEvent.count({ where: { entity: "meeting", entityId: id, action: "adopt_agenda" } })).toBe(1);
  });

  it("attaches registered documents by symbol and records statements citing them", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = await meetingOf(cookie, committee.id);
    const symbol = `FSC.DEL/${Math.floor(Math.random() * 1e6)}/18`;
    const registered = await newDocumentAction({
      request: postRequest("/documents/new", { symbol, title: "Statement by the European Union", kind: "statement", issuedOn: "2018-02-21", languages: "EN, fr", url: "", committeeId: committee.id, meetingId: id, agencyId: "", confidentiality: "internal" }, cookie),
      params: {},
      context,
    });
    expect(statusOf(registered)).toBe(302);
    const document = await prisma.document.findUniqueOrThrow({ where: { symbol }, select: { id: true, languages: true } });
    expect(document.languages).toBe("en,fr");
    const duplicate = await newDocumentAction({ request: postRequest("/documents/new", { symbol, title: "Again", kind: "statement", languages: "en", confidentiality: "internal" }, cookie), params: {}, context });
    expect(fieldErrorsOf(duplicate).symbol).toEqual(["document.error.symbolTaken"]);

    const [item] = await items(id);
    const url = `/meetings/${id}/agenda/${item!.id}`;
    const params = { meetingId: id, itemId: item!.id };
    const unknown = await itemAction({ request: postRequest(url, { intent: "attach", symbol: "FSC.DEC/999/99" }, cookie), params, context });
    // The message names the symbol that was not found.
    expect(fieldErrorsOf(unknown).symbol).toEqual(["No registered document you can see has the symbol FSC.DEC/999/99. Register it first, or check the symbol."]);
    await itemAction({ request: postRequest(url, { intent: "attach", symbol }, cookie), params, context });
    expect(await prisma.documentLink.count({ where: { agendaItemId: item!.id, documentId: document.id } })).toBe(1);

    const statement = await itemAction({ request: postRequest(url, { intent: "statement", speakerLabel: "Bulgaria–European Union", speakerAgencyId: "", summary: "Aligns with the EU.", symbols: `${symbol}, NOPE/1` }, cookie), params, context });
    expect(statusOf(statement)).toBe(400);
    expect(fieldErrorsOf(statement).symbols).toEqual(["No registered document you can see has the symbol NOPE/1. Register it first, or check the symbol."]);
    await itemAction({ request: postRequest(url, { intent: "statement", speakerLabel: "Bulgaria–European Union", speakerAgencyId: "", summary: "Aligns with the EU.", symbols: symbol }, cookie), params, context });
    const recorded = await prisma.statement.findFirstOrThrow({ where: { agendaItemId: item!.id }, select: { speakerLabel: true, documentLinks: { select: { documentId: true } } } });
    expect(recorded).toEqual({ speakerLabel: "Bulgaria–European Union", documentLinks: [{ documentId: document.id }] });

    // The printable journal lists the speaker with the symbol, like the FSC journal.
    await journalAction({ request: postRequest(`/meetings/${id}/journal`, { intent: "mark", kind: "opened", date: "2031-09-17", time: "10:05" }, cookie), params: { meetingId: id }, context });
    await journalAction({ request: postRequest(`/meetings/${id}/journal`, { intent: "notes", chairLabel: "Ambassador R. Boháč", journalNotes: "", nextMeetingNote: "Wednesday 24 September at 10 a.m." }, cookie), params: { meetingId: id }, context });
    const print = await printLoader({ request: getRequest(`/meetings/${id}/print`, cookie), params: { meetingId: id }, context });
    expect(print.meeting.timeMarks.map((m) => [m.kind, m.at.toISOString()])).toEqual([["opened", "2031-09-17T08:05:00.000Z"]]);
    expect(print.meeting.chairLabel).toBe("Ambassador R. Boháč");
    expect(print.agenda[0]?.statements[0]?.documentLinks[0]?.document.symbol).toBe(symbol);
  });

  it("lists documents by committee and hides those the reader may not see", async () => {
    const viewer = await createUser("viewer");
    const { committee } = await committeeWithMembers();
    await prisma.document.createMany({
      data: [
        { symbol: unique("OPEN"), title: "Open report", kind: "report", committeeId: committee.id, issuedOn: new Date("2030-01-02") },
        { symbol: unique("SECRET"), title: "Closed note", kind: "report", committeeId: committee.id, confidentiality: "confidential", issuedOn: new Date("2030-01-03") },
      ],
    });
    const list = await documentsLoader({ request: getRequest(`/documents?committeeId=${committee.id}`, await sessionCookie(viewer.id)), params: {}, context });
    expect(list.rows.map((d) => d.title)).toEqual(["Open report"]);
  });
});

describe("attendance", () => {
  it("lets a focal point record their own agency's participants only; another agency's row is refused whole", async () => {
    const secretary = await createUser("secretary");
    const { committee, members } = await committeeWithMembers();
    const id = await meetingOf(await sessionCookie(secretary.id), committee.id);
    const focal = await createUser("focal_point", { agencyId: members[0]!.agencyId });
    const cookie = await sessionCookie(focal.id);
    const participants = await prisma.participation.findMany({ where: { meetingId: id }, select: { id: true, agencyId: true } });
    const own = participants.find((p) => p.agencyId === members[0]!.agencyId)!;
    const other = participants.find((p) => p.agencyId === members[1]!.agencyId)!;

    const page = await attendanceLoader({ request: getRequest(`/meetings/${id}/attendance`, cookie), params: { meetingId: id }, context });
    expect(page.participants.map((p) => [p.id, p.editable])).toEqual(expect.arrayContaining([[own.id, true], [other.id, false]]));
    expect(page.canAdd).toBe(false);

    const forbidden = await thrown(
      attendanceAction({ request: postRequest(`/meetings/${id}/attendance`, { intent: "register", [`attendance.${own.id}`]: "present", [`attendance.${other.id}`]: "absent" }, cookie), params: { meetingId: id }, context }),
    );
    expect(statusOf(forbidden)).toBe(403);
    expect(await prisma.participation.count({ where: { meetingId: id, attendance: { not: "invited" } } })).toBe(0);

    const missingName = await attendanceAction({ request: postRequest(`/meetings/${id}/attendance`, { intent: "register", [`attendance.${own.id}`]: "represented", [`representedBy.${own.id}`]: "" }, cookie), params: { meetingId: id }, context });
    expect(statusOf(missingName)).toBe(400);
    expect(payloadOf(missingName).rowErrors).toEqual({ [own.id]: "meeting.error.representedBy" });

    const saved = await attendanceAction({ request: postRequest(`/meetings/${id}/attendance`, { intent: "register", [`attendance.${own.id}`]: "represented", [`representedBy.${own.id}`]: "Deputy director" }, cookie), params: { meetingId: id }, context });
    expect(statusOf(saved)).toBe(302);
    expect(await prisma.participation.findUniqueOrThrow({ where: { id: own.id }, select: { attendance: true, representedByName: true } })).toEqual({ attendance: "represented", representedByName: "Deputy director" });
    expect(await auditCount("participation", own.id)).toBe(1);
  });

  it("lets a secretary invite an ad-hoc expert, and refuses it to a focal point", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = await meetingOf(cookie, committee.id);
    const missing = await attendanceAction({ request: postRequest(`/meetings/${id}/attendance`, { intent: "add", kind: "external", externalName: "", role: "expert" }, cookie), params: { meetingId: id }, context });
    expect(fieldErrorsOf(missing).externalName).toEqual(["error.required"]);
    await attendanceAction({ request: postRequest(`/meetings/${id}/attendance`, { intent: "add", kind: "external", externalName: "Dr A. Expert", externalAffiliation: "Small Arms Survey", role: "expert" }, cookie), params: { meetingId: id }, context });
    expect(await prisma.participation.count({ where: { meetingId: id, externalName: "Dr A. Expert", role: "expert", attendance: "invited" } })).toBe(1);

    const focal = await createUser("focal_point");
    const error = await thrown(attendanceAction({ request: postRequest(`/meetings/${id}/attendance`, { intent: "add", kind: "external", externalName: "Sneaky", role: "guest" }, await sessionCookie(focal.id)), params: { meetingId: id }, context }));
    expect(statusOf(error)).toBe(403);
  });
});

describe("delegations and organisations as participants", () => {
  it("invites a participating State's delegation and an organisation with their addresses, shown for what they are in the register and the journal, in English and French", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const id = await meetingOf(cookie, committee.id);
    const url = `/meetings/${id}/attendance`;
    const params = { meetingId: id };
    const noName = await attendanceAction({ request: postRequest(url, { intent: "add", kind: "delegation", externalName: "", externalEmail: "", role: "member" }, cookie), params, context });
    expect(fieldErrorsOf(noName).externalName).toEqual(["error.required"]);
    const badEmail = await attendanceAction({ request: postRequest(url, { intent: "add", kind: "delegation", externalName: "France", externalEmail: "not an address", role: "member" }, cookie), params, context });
    expect(fieldErrorsOf(badEmail).externalEmail).toBeDefined();
    expect(payloadOf(badEmail).values).toMatchObject({ kind: "delegation", externalName: "France" });
    const unknownKind = await attendanceAction({ request: postRequest(url, { intent: "add", kind: "state", externalName: "France", role: "member" }, cookie), params, context });
    expect(fieldErrorsOf(unknownKind).kind).toEqual(["error.invalidChoice"]);
    expect(await prisma.participation.count({ where: { meetingId: id, externalName: "France" } })).toBe(0);

    const mission = `${unique("delfra")}@mission.example`.toLowerCase();
    expect(statusOf(await attendanceAction({ request: postRequest(url, { intent: "add", kind: "delegation", externalName: "France", externalAffiliation: "Permanent Mission", externalEmail: mission, role: "member" }, cookie), params, context }))).toBe(302);
    expect(statusOf(await attendanceAction({ request: postRequest(url, { intent: "add", kind: "organisation", externalName: "UNODA", externalEmail: "", role: "observer" }, cookie), params, context }))).toBe(302);
    expect(statusOf(await attendanceAction({ request: postRequest(url, { intent: "add", kind: "external", externalName: "Dr A. Expert", role: "expert" }, cookie), params, context }))).toBe(302);
    const rows = await prisma.participation.findMany({ where: { meetingId: id, externalName: { not: null } }, orderBy: { createdAt: "asc" }, select: { id: true, externalName: true, externalKind: true, externalEmail: true, role: true } });
    expect(rows.map((r) => [r.externalName, r.externalKind, r.externalEmail, r.role])).toEqual([
      ["France", "delegation", mission, "member"],
      ["UNODA", "organisation", null, "observer"],
      ["Dr A. Expert", "expert", null, "expert"],
    ]);
    expect(await auditCount("participation", rows[0]!.id)).toBe(1);

    const page = await attendanceLoader({ request: getRequest(url, cookie), params, context });
    expect(page.participants.find((p) => p.externalName === "France")?.externalKind).toBe("delegation");

    await prisma.participation.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { attendance: "present" } });
    const print = await printLoader({ request: getRequest(`/meetings/${id}/print`, cookie), params, context });
    expect(print.attendance.filter((a) => a.kind !== "post" && a.kind !== "person").map((a) => [a.name, a.kind])).toEqual([
      ["France", "delegation"],
      ["UNODA", "organisation"],
      ["Dr A. Expert", "expert"],
    ]);
    const en = (await journalHtml("en", id)) ?? "";
    expect(en).toContain("France (Delegation, Permanent Mission)");
    expect(en).toContain("UNODA (Organisation) — Observer");
    const fr = (await journalHtml("fr", id)) ?? "";
    expect(fr).toContain("France (Délégation, Permanent Mission)");
    expect(fr).toContain("UNODA (Organisation) — Observateur");
  });
});

describe("the printable journal", () => {
  it("shows the venue, each decision's adoption and documents, the item's documents, attendance, actions arising and the next meeting, in English and French", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee, members } = await committeeWithMembers();
    const location = locationOf(
      await newMeetingAction({ request: postRequest("/meetings/new", meetingForm(committee.id, { date: "2031-10-01", timeZone: "Europe/Vienna", venue: "Hofburg", room: "Neuer Saal" }), cookie), params: {}, context }),
    );
    const id = location!.replace("/meetings/", "");
    const next = locationOf(
      await newMeetingAction({ request: postRequest("/meetings/new", meetingForm(committee.id, { date: "2031-10-08", timeZone: "Europe/Vienna", venue: "Hofburg", room: "Ratsaal" }), cookie), params: {}, context }),
    )!.replace("/meetings/", "");
    await journalAction({ request: postRequest(`/meetings/${id}/journal`, { intent: "mark", kind: "opened", date: "2031-10-01", time: "10:05" }, cookie), params: { meetingId: id }, context });
    const [item] = await items(id);
    const [itemDoc, decisionDoc] = await Promise.all(
      ["Draft agenda", "Draft decision on small arms"].map((title, i) =>
        prisma.document.create({ data: { symbol: unique(`FSC.DEL/${i}`), title, kind: "draft", committeeId: committee.id, meetingId: id }, select: { id: true, symbol: true } }),
      ),
    );
    const decision = await prisma.decision.create({
      data: { committeeId: committee.id, meetingId: id, agendaItemId: item!.id, year: 2031, serial: 7, title: "Small arms best practices", text: "…", adoption: "recorded_vote", votesFor: 41, votesAgainst: 2, votesAbstaining: 3, decidedOn: new Date("2031-10-01") },
      select: { id: true },
    });
    await prisma.documentLink.createMany({ data: [{ documentId: itemDoc!.id, agendaItemId: item!.id }, { documentId: decisionDoc!.id, decisionId: decision.id }] });
    const participations = await prisma.participation.findMany({ where: { meetingId: id }, orderBy: { createdAt: "asc" }, select: { id: true, personId: true } });
    expect(participations.length).toBeGreaterThanOrEqual(2);
    await prisma.participation.update({ where: { id: participations[0]!.id }, data: { attendance: "present" } });
    await prisma.participation.update({ where: { id: participations[1]!.id }, data: { attendance: "absent" } });
    const holder = await prisma.person.findUniqueOrThrow({ where: { id: members[0]!.personId }, select: { familyName: true } });
    const absent = await prisma.person.findUniqueOrThrow({ where: { id: members[1]!.personId }, select: { familyName: true } });
    await prisma.action.create({
      data: { title: "Circulate the best-practice guide", ownerPositionId: members[1]!.positionId, ownerAgencyId: members[1]!.agencyId, committeeId: committee.id, meetingId: id, dueDate: new Date("2031-11-15") },
    });

    const print = await printLoader({ request: getRequest(`/meetings/${id}/print`, cookie), params: { meetingId: id }, context });
    expect(print.next?.id).toBe(next);
    expect(print.attendance.map((a) => a.name)).toEqual([expect.stringContaining(holder.familyName)]);
    expect(print.actions.map((a) => a.title)).toEqual(["Circulate the best-practice guide"]);

    const en = (await journalHtml("en", id)) ?? "";
    expect(en).toContain("Venue: Hofburg, Neuer Saal");
    expect(en).toContain("Opened:");
    expect(en).toContain("(adopted by recorded vote: 41 in favour, 2 against, 3 abstaining)");
    expect(en).toContain(`Documents: ${itemDoc!.symbol}`);
    expect(en).toContain(`(${decisionDoc!.symbol})`);
    expect(en).toContain(holder.familyName);
    expect(en).not.toContain(absent.familyName);
    expect(en).toContain("Circulate the best-practice guide");
    expect(en).toContain("due 15 Nov 2031");
    const fr = (await journalHtml("fr", id)) ?? "";
    expect(fr).toContain("Lieu : Hofburg, Neuer Saal");
    expect(fr).toContain("Ouverture :");
    expect(fr).toContain("(adoptée par vote enregistré : 41 pour, 2 contre, 3 abstentions)");
    expect(fr).toContain("Suites à donner");
    expect(fr).toContain("Participation");
  });
});
