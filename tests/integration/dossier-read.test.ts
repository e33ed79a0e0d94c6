// The live dossier has two readers: Prisma inside the submission's transaction (what a version
// freezes) and the raw read path for the pages (decision 012). They must give the same dossier, for a
// reader cleared for everything and for one who is not.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { gatherDossier } from "../../app/models/dossier.server";
import { readDossier } from "../../app/models/dossier-read.server";
import { loadAccess } from "../../app/permissions.server";
import { createAgency, createUser, unique } from "../support/fixtures";
import { createMeeting, createPost, day } from "../support/work-fixtures";

async function ctxOf(userId: string) {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

/** A busy post: RACI lines shared with other agencies, a restricted committee with meetings and decisions, work of every kind. */
async function busyPost() {
  const holder = await createUser("focal_point");
  const otherAgency = await createAgency();
  const counterpartPost = await createPost(otherAgency.id);
  const counterpartPerson = await prisma.person.create({ data: { honorific: "Dr", givenName: "Ama", familyName: unique("Counterpart"), email: "ama@x.example", phone: "+1 555" }, select: { id: true } });
  await prisma.assignment.create({ data: { positionId: counterpartPost.id, personId: counterpartPerson.id, startDate: day(-30) } });

  const instrument = await prisma.instrument.create({ data: { code: unique("ATT"), name: "Treaty", kind: "treaty" }, select: { id: true } });
  const provision = await prisma.provision.create({ data: { instrumentId: instrument.id, reference: "Art. 13", title: "Reporting" }, select: { id: true } });
  for (const [i, role] of (["R", "A", "C"] as const).entries()) {
    const responsibility = await prisma.responsibility.create({ data: { title: unique(`Duty ${i}`), instrumentId: instrument.id, provisionId: i === 0 ? provision.id : null }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: holder.agencyId, positionId: holder.positionId, role } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: otherAgency.id, positionId: counterpartPost.id, role: "C" } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: otherAgency.id, role: "I" } });
  }

  const committee = await prisma.committee.create({ data: { name: unique("Committee"), shortName: "IECC", kind: "standing", confidentiality: "restricted", decisionPrefix: "IECC" }, select: { id: true } });
  await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: holder.agencyId, positionId: holder.positionId, role: "member", startDate: day(-300) } });
  await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: otherAgency.id, positionId: counterpartPost.id, role: "chair", startDate: day(-300) } });
  const held = await createMeeting(committee.id, { status: "held", startsAt: day(-20), confidentiality: "restricted" });
  await createMeeting(committee.id, { status: "planned", startsAt: day(40), confidentiality: "restricted" });
  await createMeeting(committee.id, { status: "confirmed", startsAt: day(10), confidentiality: "restricted" });
  await createMeeting(committee.id, { status: "cancelled", startsAt: day(5), confidentiality: "restricted" });
  for (let i = 0; i < 7; i++) {
    await prisma.decision.create({
      data: { committeeId: committee.id, meetingId: held.id, year: 2026, serial: i + 1, title: unique("Decision"), text: "Text", decidedOn: day(i === 6 ? -400 : -10 - i), confidentiality: i === 2 ? "confidential" : "restricted" },
    });
  }

  for (const [i, due] of [day(5), day(-3), null, day(20)].entries()) {
    await prisma.action.create({
      data: { title: unique(`Action ${i}`), ownerPositionId: holder.positionId, ownerAgencyId: holder.agencyId, committeeId: i === 1 ? committee.id : null, status: i === 3 ? "in_progress" : "open", dueDate: due, confidentiality: i === 0 ? "restricted" : "internal" },
    });
  }
  await prisma.action.create({ data: { title: "Done", ownerPositionId: holder.positionId, ownerAgencyId: holder.agencyId, status: "done" } });

  const obligation = await prisma.reportingObligation.create({
    data: { title: unique("Report"), recurrence: "annual", instrumentId: instrument.id, leadPositionId: holder.positionId, leadAgencyId: holder.agencyId, confidentiality: "restricted" },
    select: { id: true },
  });
  const deadline = await prisma.reportingDeadline.create({ data: { obligationId: obligation.id, cycle: "2027", dueDate: day(120) }, select: { id: true } });
  await prisma.reportingDeadline.create({ data: { obligationId: obligation.id, cycle: "2026", dueDate: day(-200), status: "submitted" } });
  await prisma.milestone.create({ data: { deadlineId: deadline.id, kind: "data_call", ownerPositionId: holder.positionId, dueDate: day(40) } });
  await prisma.milestone.create({ data: { deadlineId: deadline.id, kind: "draft", ownerPositionId: counterpartPost.id, dueDate: day(60) } });
  // A milestone the post owns on another post's (open) obligation.
  const foreign = await prisma.reportingObligation.create({ data: { title: unique("Other report"), recurrence: "annual", instrumentId: instrument.id, leadAgencyId: otherAgency.id }, select: { id: true } });
  const foreignDeadline = await prisma.reportingDeadline.create({ data: { obligationId: foreign.id, cycle: "2027", dueDate: day(90) }, select: { id: true } });
  await prisma.milestone.create({ data: { deadlineId: foreignDeadline.id, kind: "contribution", ownerPositionId: holder.positionId, dueDate: day(30) } });

  const outsider = await createUser("admin");
  return { holder, outsider, counterpartPostId: counterpartPost.id };
}

describe("the live dossier on the raw read path", () => {
  it("is the dossier Prisma gathers, for a cleared reader and for an outsider", async () => {
    const s = await busyPost();
    const now = new Date();
    const member = await ctxOf(s.holder.id);
    const raw = readDossier(member, s.holder.positionId, now);
    expect(raw).toEqual(await gatherDossier(prisma, member, s.holder.positionId, now));
    // Something of every part, so the comparison is not of two empty dossiers.
    expect(raw?.responsibilities).toHaveLength(3);
    expect(raw?.responsibilities.find((r) => r.role === "R")?.reference).toMatch(/ Art\. 13$/);
    expect(raw?.openActions.total).toBe(4);
    expect(raw?.deadlines.map((d) => d.milestones.length).sort()).toEqual([1, 2]);
    expect(raw?.committees[0]?.nextMeeting).not.toBeNull();
    expect(raw?.committees[0]?.decisions).toHaveLength(5);
    expect(raw?.counterparts.map((c) => c.positionId)).toEqual([s.counterpartPostId]);
    expect(raw?.counterparts[0]?.holders[0]?.name).toMatch(/^Dr Ama /);

    const outsider = await ctxOf(s.outsider.id);
    const hidden = readDossier(outsider, s.holder.positionId, now);
    expect(hidden).toEqual(await gatherDossier(prisma, outsider, s.holder.positionId, now));
    expect(hidden?.committees).toEqual([]);
    expect(hidden?.openActions.total).toBe(3);
    expect(hidden?.deadlines.map((d) => d.leads)).toEqual([false]);

    expect(readDossier(member, "no-such-post", now)).toBeNull();
  });
});
