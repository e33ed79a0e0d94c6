// A decision's references are checked when the form is read (checkDecision) and again inside the write's
// transaction (decision 029): a meeting, agenda item or document archived between the two refuses the
// save, writes nothing, and the route shows the form again with the field error. An edit keeps where the
// decision was taken even when that meeting was archived since. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { checkDecision, createDecision, updateDecision } from "../../app/models/decision.server";
import type { DecisionData } from "../../app/schemas/decision";
import { ReferenceRefused } from "../../app/submissions/references.server";
import { buildDocument } from "../../prisma/seed/builders";
import { createUser, ctxOf, thrown, unique } from "../support/fixtures";
import { committeeWithMeeting } from "../support/work-fixtures";

function decisionData(over: Partial<DecisionData> & { committeeId: string }): DecisionData {
  return {
    meetingId: null,
    agendaItemId: null,
    supersedesId: null,
    title: unique("Decision"),
    text: "The Committee agreed to circulate the national reporting calendar.",
    decidedOn: new Date(Date.UTC(2026, 2, 4)),
    officialSerial: null,
    adoption: "consensus",
    votesFor: null,
    votesAgainst: null,
    votesAbstaining: null,
    votersFor: null,
    votersAgainst: null,
    votersAbstaining: null,
    status: "adopted",
    confidentiality: "internal",
    documentSymbols: null,
    ...over,
  };
}

async function secretaryWithMeeting(meetingStatus = "held") {
  const secretary = await createUser("secretary");
  const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, meetingStatus });
  return { secretary, actor: { userId: secretary.id, personId: null }, ctx: await ctxOf(secretary.id), committee, meeting };
}

const archive = { archivedAt: new Date() };

describe("a decision's references inside the write's transaction", () => {
  it("refuses a create whose meeting was archived after the check, and writes nothing", async () => {
    const { actor, ctx, committee, meeting } = await secretaryWithMeeting();
    const data = decisionData({ committeeId: committee.id, meetingId: meeting.id, agendaItemId: meeting.itemIds[2] ?? null });
    const checked = await checkDecision(ctx, data);
    expect(checked.errors).toEqual({});
    await prisma.meeting.update({ where: { id: meeting.id }, data: archive, select: { id: true } });
    const error = await thrown(createDecision(actor, data, checked.documentIds));
    expect(error).toBeInstanceOf(ReferenceRefused);
    expect((error as ReferenceRefused).fieldErrors).toEqual({ meetingId: ["error.decision.meetingMissing"] });
    expect(await prisma.decision.count({ where: { title: data.title } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entity: "decision", after: { contains: data.title } } })).toBe(0);
  });

  it("refuses a create whose agenda item or cited document was archived after the check", async () => {
    const { actor, ctx, committee, meeting } = await secretaryWithMeeting();
    const symbol = unique("NAIC/DOC");
    const documentId = await buildDocument(prisma, { title: "Draft calendar", kind: "report", symbol, committeeId: committee.id });
    const data = decisionData({ committeeId: committee.id, meetingId: meeting.id, agendaItemId: meeting.itemIds[2] ?? null, documentSymbols: symbol });
    const checked = await checkDecision(ctx, data);
    expect(checked).toMatchObject({ errors: {}, documentIds: [documentId] });
    await prisma.agendaItem.update({ where: { id: meeting.itemIds[2] }, data: archive, select: { id: true } });
    await prisma.document.update({ where: { id: documentId }, data: archive, select: { id: true } });
    const error = await thrown(createDecision(actor, data, checked.documentIds));
    expect((error as ReferenceRefused).fieldErrors).toEqual({
      agendaItemId: ["error.decision.agendaItemMissing"],
      documentSymbols: ["reference.error.document"],
    });
    expect(await prisma.decision.count({ where: { title: data.title } })).toBe(0);
  });

  it("refuses a correction of a decision archived after the check", async () => {
    const { actor, ctx, committee } = await secretaryWithMeeting();
    const first = decisionData({ committeeId: committee.id });
    const original = await createDecision(actor, first, []);
    const correction = decisionData({ committeeId: committee.id, supersedesId: original.id });
    const checked = await checkDecision(ctx, correction);
    expect(checked.errors).toEqual({});
    await prisma.decision.update({ where: { id: original.id }, data: archive, select: { id: true } });
    const error = await thrown(createDecision(actor, correction, []));
    expect((error as ReferenceRefused).fieldErrors).toEqual({ supersedesId: ["error.decision.supersededMissing"] });
    expect(await prisma.decision.count({ where: { supersedesId: original.id } })).toBe(0);
  });

  it("keeps an edit's meeting archived since, but refuses a newly chosen agenda item archived after the check", async () => {
    const { actor, ctx, committee, meeting } = await secretaryWithMeeting("confirmed");
    const first = decisionData({ committeeId: committee.id, meetingId: meeting.id, agendaItemId: meeting.itemIds[1] ?? null });
    const created = await createDecision(actor, first, (await checkDecision(ctx, first)).documentIds);
    await prisma.meeting.update({ where: { id: meeting.id }, data: archive, select: { id: true } });

    // The meeting it was taken at is archived now; an edit that keeps it goes through.
    const retitled = { ...first, title: unique("Retitled"), version: 1 };
    expect((await updateDecision(actor, created.id, retitled, [])).title).toBe(retitled.title);

    // Another agenda item, archived between the check and the write: refused, the decision unchanged.
    await prisma.agendaItem.update({ where: { id: meeting.itemIds[2] }, data: archive, select: { id: true } });
    const moved = { ...retitled, title: unique("Moved"), agendaItemId: meeting.itemIds[2] ?? null, version: 2 };
    const error = await thrown(updateDecision(actor, created.id, moved, []));
    expect((error as ReferenceRefused).fieldErrors).toEqual({ agendaItemId: ["error.decision.agendaItemMissing"] });
    expect(await prisma.decision.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, agendaItemId: true, version: true } })).toEqual({
      title: retitled.title,
      agendaItemId: meeting.itemIds[1],
      version: 2,
    });
  });
});
