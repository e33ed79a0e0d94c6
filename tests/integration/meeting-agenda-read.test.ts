// The meeting page's agenda on the raw read path (meeting-page.server.ts, decision 059): the items in
// order with their presenters, the decisions and statements under each, and the documents linked to
// any of them — restricted decisions and documents only for the committee's members, archived links
// and rows never.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as meetingLoader } from "../../app/routes/meetings.$meetingId._index";
import { createUser, getRequest, sessionCookie, unique } from "../support/fixtures";
import { committeeWithMeeting, createActionRow, createMeeting, day } from "../support/work-fixtures";

const context = {};

async function agendaOf(userId: string, meetingId: string) {
  const page = await meetingLoader({ request: getRequest(`/meetings/${meetingId}`, await sessionCookie(userId)), params: { meetingId }, context });
  return page.agenda;
}

function document(committeeId: string, confidentiality: string) {
  return prisma.document.create({ data: { title: unique("Doc"), symbol: unique("SYM"), kind: "report", committeeId, confidentiality }, select: { id: true, symbol: true, title: true } });
}

describe("the meeting page's agenda", () => {
  it("nests decisions, statements and linked documents under their items, within the reader's clearance", async () => {
    const secretary = await createUser("secretary");
    const outsider = await createUser("viewer");
    const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId });
    const items = await prisma.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { order: "asc" }, select: { id: true } });
    const [first, second, third] = items.map((i) => i.id);
    await prisma.agendaItem.update({ where: { id: first! }, data: { presenterAgencyId: secretary.agencyId } });
    await prisma.agendaItem.create({ data: { meetingId: meeting.id, order: 4, title: "Withdrawn item", kind: "item", archivedAt: new Date() } });

    const open = await document(committee.id, "internal");
    const closed = await document(committee.id, "restricted");
    const decision = await prisma.decision.create({
      data: { committeeId: committee.id, meetingId: meeting.id, agendaItemId: second!, year: 2026, serial: 2, title: "Second", text: "…", decidedOn: day(-7), votesFor: 12, votesAgainst: 1, votesAbstaining: 3 },
      select: { id: true },
    });
    const earlier = await prisma.decision.create({
      data: { committeeId: committee.id, meetingId: meeting.id, agendaItemId: second!, year: 2026, serial: 1, title: "First", text: "…", decidedOn: day(-7) },
      select: { id: true },
    });
    const secret = await prisma.decision.create({
      data: { committeeId: committee.id, meetingId: meeting.id, agendaItemId: second!, year: 2026, serial: 3, title: "Closed", text: "…", decidedOn: day(-7), confidentiality: "restricted" },
      select: { id: true },
    });
    const statement = await prisma.statement.create({ data: { agendaItemId: third!, order: 1, speakerLabel: "Customs", summary: "Seizures up" }, select: { id: true } });
    await prisma.statement.create({ data: { agendaItemId: third!, order: 2, speakerLabel: "Withdrawn", archivedAt: new Date() } });
    await prisma.documentLink.createMany({
      data: [
        { documentId: open.id, agendaItemId: first! },
        { documentId: closed.id, agendaItemId: first! },
        { documentId: open.id, decisionId: decision.id },
        { documentId: closed.id, statementId: statement.id },
        { documentId: open.id, statementId: statement.id, archivedAt: new Date() },
      ],
    });

    const seen = await agendaOf(secretary.id, meeting.id);
    expect(seen.map((i) => i.id)).toEqual([first, second, third]);
    expect(seen[0]?.presenterAgency?.id).toBe(secretary.agencyId);
    expect(seen[0]?.documentLinks.map((l) => l.document)).toEqual([open, closed]);
    expect(seen[1]?.decisions.map((d) => [d.id, d.serial])).toEqual([
      [earlier.id, 1],
      [decision.id, 2],
      [secret.id, 3],
    ]);
    expect(seen[1]?.decisions[1]).toMatchObject({ votesFor: 12, votesAgainst: 1, votesAbstaining: 3, documentLinks: [{ document: open }] });
    expect(seen[2]?.statements).toEqual([{ id: statement.id, speakerLabel: "Customs", summary: "Seizures up", documentLinks: [{ id: expect.any(String), document: closed }] }]);

    // Outside the committee: the internal meeting and open records, no restricted decision or document.
    const outside = await agendaOf(outsider.id, meeting.id);
    expect(outside[0]?.documentLinks.map((l) => l.document.id)).toEqual([open.id]);
    expect(outside[1]?.decisions.map((d) => d.id)).toEqual([earlier.id, decision.id]);
    expect(outside[2]?.statements[0]?.documentLinks).toEqual([]);
  });

  it("lists under matters arising the committee's open actions from before the meeting, dated first, within clearance", async () => {
    const secretary = await createUser("secretary");
    const outsider = await createUser("viewer");
    const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: secretary.agencyId, meetingStatus: "planned", startsAt: day(3) });
    const earlier = await createMeeting(committee.id, { status: "held", startsAt: day(-60) });
    const owner = { ownerPositionId: secretary.positionId, ownerAgencyId: secretary.agencyId, committeeId: committee.id };
    const undated = await createActionRow({ ...owner, title: unique("Undated"), meetingId: earlier.id });
    const later = await createActionRow({ ...owner, title: unique("Later"), dueDate: day(30), meetingId: earlier.id });
    const sooner = await createActionRow({ ...owner, title: unique("Sooner"), dueDate: day(5) });
    const closed = await createActionRow({ ...owner, title: unique("Closed"), dueDate: day(1), confidentiality: "restricted" });
    await createActionRow({ ...owner, title: unique("This meeting's"), meetingId: meeting.id });
    await createActionRow({ ...owner, title: unique("Done"), status: "done", meetingId: earlier.id });

    const view = async (userId: string) => {
      const page = await meetingLoader({ request: getRequest(`/meetings/${meeting.id}`, await sessionCookie(userId)), params: { meetingId: meeting.id }, context });
      return page.arising;
    };
    const seen = await view(secretary.id);
    expect(seen.actions.map((a) => a.id)).toEqual([closed.id, sooner.id, later.id, undated.id]);
    expect(seen.total).toBe(4);
    expect(seen.actions[1]).toMatchObject({ status: "open", dueDate: day(5), ownerAgency: { name: expect.any(String), acronym: null }, ownerPosition: { title: expect.any(String) } });
    const outside = await view(outsider.id);
    expect(outside.actions.map((a) => a.id)).toEqual([sooner.id, later.id, undated.id]);
    expect(outside.total).toBe(3);
  });
});
