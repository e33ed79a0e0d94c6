import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as ackAction, loader as handoverLoader } from "../../app/routes/handovers.$handoverId._index";
import { action as editAction, loader as editLoader } from "../../app/routes/handovers.$handoverId.edit";
import { loader as printLoader } from "../../app/routes/handovers.$handoverId.print";
import { loader as listLoader } from "../../app/routes/handovers._index";
import { action as assignAction } from "../../app/routes/positions.$positionId.assign";
import { action as postAction, loader as postLoader } from "../../app/routes/positions.$positionId._index";
import { action as riskAction, loader as riskLoader } from "../../app/routes/rotation-risk";
import { enqueueNotification } from "../../app/models/notifications.server";
import { resolveQueuedNotices } from "../../app/models/outbox.server";
import { fieldErrorsOf, payloadOf, statusOf, valuesOf } from "../support/form-results";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { createMeeting, day } from "../support/work-fixtures";

const context = {};
const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A user account for a new person, not holding any post yet. */
async function accountFor(role: "focal_point" | "secretary" | "admin" | "viewer") {
  const person = await prisma.person.create({ data: { givenName: "New", familyName: unique("Holder"), email: `${unique("p")}@x.example` }, select: { id: true } });
  const user = await prisma.user.create({
    data: { email: `${unique(role)}@test.example`, passwordHash: "x", personId: person.id, roles: { connect: { name: role } } },
    select: { id: true },
  });
  return { userId: user.id, personId: person.id, cookie: await sessionCookie(user.id) };
}

/**
 * A post held by the outgoing focal point (a user), sitting on a committee with one held and one
 * future meeting where the post is invited, an open action naming the holder and a milestone.
 */
async function rotationScene() {
  const outgoing = await createUser("focal_point");
  const secretary = await createUser("secretary");
  const committee = await prisma.committee.create({
    data: { name: unique("Committee"), kind: "standing", confidentiality: "internal", chairAgencyId: outgoing.agencyId },
    select: { id: true },
  });
  await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: outgoing.agencyId, positionId: outgoing.positionId, role: "member", startDate: new Date(Date.now() - 300 * DAY) } });
  const past = await createMeeting(committee.id, { status: "held", startsAt: new Date(Date.now() - 10 * DAY) });
  const future = await createMeeting(committee.id, { status: "planned", startsAt: new Date(Date.now() + 20 * DAY) });
  await prisma.meeting.update({ where: { id: future.id }, data: { chairPersonId: outgoing.personId, chairAgencyId: outgoing.agencyId } });
  await prisma.meeting.update({ where: { id: past.id }, data: { chairPersonId: outgoing.personId, chairAgencyId: outgoing.agencyId } });
  await prisma.participation.create({ data: { meetingId: past.id, agencyId: outgoing.agencyId, positionId: outgoing.positionId, personId: outgoing.personId, attendance: "present" } });
  await prisma.participation.create({ data: { meetingId: future.id, agencyId: outgoing.agencyId, positionId: outgoing.positionId, personId: outgoing.personId, attendance: "invited" } });
  const action = await prisma.action.create({
    data: { title: unique("Action"), ownerPositionId: outgoing.positionId, ownerAgencyId: outgoing.agencyId, ownerPersonId: outgoing.personId, status: "open", dueDate: day(15) },
    select: { id: true },
  });
  const instrument = await prisma.instrument.create({ data: { code: unique("ATT"), name: "Treaty", kind: "treaty" }, select: { id: true } });
  const obligation = await prisma.reportingObligation.create({
    data: { title: unique("Report"), recurrence: "annual", instrumentId: instrument.id, leadPositionId: outgoing.positionId, leadAgencyId: outgoing.agencyId },
    select: { id: true },
  });
  const deadline = await prisma.reportingDeadline.create({ data: { obligationId: obligation.id, cycle: "2027", dueDate: day(120) }, select: { id: true } });
  const milestone = await prisma.milestone.create({ data: { deadlineId: deadline.id, kind: "data_call", ownerPositionId: outgoing.positionId, dueDate: day(40) }, select: { id: true } });
  const assignment = await prisma.assignment.findFirstOrThrow({ where: { positionId: outgoing.positionId, personId: outgoing.personId }, select: { id: true } });
  return { outgoing, secretary, committee, past, future, action, milestone, deadline, assignmentId: assignment.id };
}

async function endTenure(s: Awaited<ReturnType<typeof rotationScene>>, offsetDays = 0) {
  const cookie = await sessionCookie(s.secretary.id);
  const response = await postAction({
    request: postRequest(`/positions/${s.outgoing.positionId}`, { intent: "end", assignmentId: s.assignmentId, endDate: iso(offsetDays) }, cookie),
    params: { positionId: s.outgoing.positionId },
    context,
  });
  expect(statusOf(response)).toBe(302);
  return prisma.handover.findFirstOrThrow({ where: { positionId: s.outgoing.positionId }, select: { id: true, status: true, outgoingPersonId: true, incomingPersonId: true, updatedAt: true } });
}

function notesForm(version: number, overrides: Record<string, string> = {}) {
  return {
    intent: "save",
    ongoingMatters: "The annual report is half drafted.",
    pendingDecisions: "",
    keyContacts: "Customs statistics unit.",
    risks: "",
    filesLocation: "Shared drive > ATT",
    otherNotes: "",
    confidentiality: "restricted",
    version: String(version),
    ...overrides,
  };
}

describe("a holder change moves the post's work", () => {
  it("moves future invitations, the future chair and the named person on open actions; past attendance stays", async () => {
    const s = await rotationScene();
    // The holder is planned to leave tomorrow; the successor is named to start then.
    await prisma.assignment.update({ where: { id: s.assignmentId }, data: { plannedEndDate: day(1) } });
    const newcomer = await accountFor("focal_point");
    const cookie = await sessionCookie(s.secretary.id);
    const response = await assignAction({
      request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(1) }, cookie),
      params: { positionId: s.outgoing.positionId },
      context,
    });
    expect(statusOf(response)).toBe(302);

    const participations = await prisma.participation.findMany({ where: { positionId: s.outgoing.positionId }, select: { meetingId: true, personId: true, attendance: true } });
    expect(participations.find((p) => p.meetingId === s.past.id)).toEqual({ meetingId: s.past.id, personId: s.outgoing.personId, attendance: "present" });
    expect(participations.find((p) => p.meetingId === s.future.id)).toEqual({ meetingId: s.future.id, personId: newcomer.personId, attendance: "invited" });
    const chairs = await prisma.meeting.findMany({ where: { id: { in: [s.past.id, s.future.id] } }, select: { id: true, chairPersonId: true } });
    expect(chairs.find((m) => m.id === s.past.id)?.chairPersonId).toBe(s.outgoing.personId);
    expect(chairs.find((m) => m.id === s.future.id)?.chairPersonId).toBe(newcomer.personId);
    expect((await prisma.action.findUniqueOrThrow({ where: { id: s.action.id }, select: { ownerPersonId: true } })).ownerPersonId).toBe(newcomer.personId);
    // Milestones are owned by the post: unchanged, and found through it by the new holder.
    expect((await prisma.milestone.findUniqueOrThrow({ where: { id: s.milestone.id }, select: { ownerPositionId: true } })).ownerPositionId).toBe(s.outgoing.positionId);
    // Every move is audited.
    expect(await prisma.auditEvent.count({ where: { action: "follow_post", entityId: { in: [s.future.id, s.action.id] } } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.auditEvent.count({ where: { action: "follow_post", entityId: s.past.id } })).toBe(0);
  });

  it("leaves the future invitation addressed to the post (no person) while it is vacant, then gives it to the next holder", async () => {
    const s = await rotationScene();
    await endTenure(s, 0);
    const between = await prisma.participation.findFirstOrThrow({ where: { meetingId: s.future.id, positionId: s.outgoing.positionId }, select: { personId: true } });
    expect(between.personId).toBeNull();
    // The action stays the post's, with nobody named: the next holder finds it through the post.
    expect((await prisma.action.findUniqueOrThrow({ where: { id: s.action.id }, select: { ownerPersonId: true, ownerPositionId: true } }))).toEqual({ ownerPersonId: null, ownerPositionId: s.outgoing.positionId });
    const newcomer = await accountFor("focal_point");
    await assignAction({ request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(2) }, await sessionCookie(s.secretary.id)), params: { positionId: s.outgoing.positionId }, context });
    const later = await prisma.participation.findFirstOrThrow({ where: { meetingId: s.future.id, positionId: s.outgoing.positionId }, select: { personId: true } });
    expect(later.personId).toBe(newcomer.personId);
  });

  it("names the next holder of a vacant post on the open actions left unnamed and delivers the notices that waited; past attendance stays", async () => {
    const s = await rotationScene();
    await endTenure(s, 0);
    // While the post is vacant: the holder's action lost its named person; another is created for the post.
    const forThePost = await prisma.action.create({
      data: { title: unique("Vacancy action"), ownerPositionId: s.outgoing.positionId, ownerAgencyId: s.outgoing.agencyId, status: "in_progress", dueDate: day(30) },
      select: { id: true },
    });
    const closed = await prisma.action.create({
      data: { title: unique("Closed action"), ownerPositionId: s.outgoing.positionId, ownerAgencyId: s.outgoing.agencyId, status: "done", dueDate: day(-3) },
      select: { id: true },
    });
    // A notice to the vacant post reaches nobody (no holder, no mailbox): it waits instead of being dropped.
    const key = unique("vacant-notice");
    await prisma.$transaction((tx) =>
      enqueueNotification(tx, {
        kind: "action_assigned",
        to: { positionId: s.outgoing.positionId },
        key,
        subject: { key: "notify.actionAssigned.subject", values: { title: "Vacancy action" } },
        body: { key: "notify.actionAssigned.body", values: { title: "Vacancy action", post: "Post", agency: "Agency", due: { date: day(30).toISOString() } } },
        link: `/actions/${forThePost.id}`,
      }),
    );
    while ((await resolveQueuedNotices(new Date())) > 0);
    expect((await prisma.notice.findUniqueOrThrow({ where: { idempotencyKey: key }, select: { status: true } })).status).toBe("waiting");
    expect(await prisma.notification.count({ where: { notice: { idempotencyKey: key } } })).toBe(0);

    const newcomer = await accountFor("focal_point");
    const cookie = await sessionCookie(s.secretary.id);
    const response = await assignAction({ request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(0) }, cookie), params: { positionId: s.outgoing.positionId }, context });
    expect(statusOf(response)).toBe(302);

    const owners = await prisma.action.findMany({ where: { id: { in: [s.action.id, forThePost.id, closed.id] } }, select: { id: true, ownerPersonId: true } });
    expect(owners.find((a) => a.id === s.action.id)?.ownerPersonId).toBe(newcomer.personId);
    expect(owners.find((a) => a.id === forThePost.id)?.ownerPersonId).toBe(newcomer.personId);
    // A closed action is history: it keeps naming nobody.
    expect(owners.find((a) => a.id === closed.id)?.ownerPersonId).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entity: "action", entityId: forThePost.id, action: "follow_post" } })).toBe(1);
    // Past attendance and the held meeting's chair are untouched; the future invitation is the newcomer's.
    const past = await prisma.participation.findFirstOrThrow({ where: { meetingId: s.past.id, positionId: s.outgoing.positionId }, select: { personId: true, attendance: true } });
    expect(past).toEqual({ personId: s.outgoing.personId, attendance: "present" });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: s.past.id }, select: { chairPersonId: true } })).chairPersonId).toBe(s.outgoing.personId);
    expect((await prisma.participation.findFirstOrThrow({ where: { meetingId: s.future.id, positionId: s.outgoing.positionId }, select: { personId: true } })).personId).toBe(newcomer.personId);
    // The notice that waited goes out now, to the new holder.
    while ((await resolveQueuedNotices(new Date())) > 0);
    const delivered = await prisma.notification.findMany({ where: { notice: { idempotencyKey: key } }, select: { userId: true } });
    expect(delivered).toEqual([{ userId: newcomer.userId }]);
    // The milestone is the post's, found through it: unchanged.
    expect((await prisma.milestone.findUniqueOrThrow({ where: { id: s.milestone.id }, select: { ownerPositionId: true } })).ownerPositionId).toBe(s.outgoing.positionId);
  });

  it("leaves an action addressed to a held post with nobody named as it is when a successor is named", async () => {
    const s = await rotationScene();
    const forThePost = await prisma.action.create({
      data: { title: unique("Post action"), ownerPositionId: s.outgoing.positionId, ownerAgencyId: s.outgoing.agencyId, status: "open", dueDate: day(30) },
      select: { id: true },
    });
    await prisma.assignment.update({ where: { id: s.assignmentId }, data: { plannedEndDate: day(1) } });
    const newcomer = await accountFor("focal_point");
    await assignAction({ request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(1) }, await sessionCookie(s.secretary.id)), params: { positionId: s.outgoing.positionId }, context });
    // The holder's own action moves to the successor; the one deliberately addressed to the post only stays so.
    expect((await prisma.action.findUniqueOrThrow({ where: { id: s.action.id }, select: { ownerPersonId: true } })).ownerPersonId).toBe(newcomer.personId);
    expect((await prisma.action.findUniqueOrThrow({ where: { id: forThePost.id }, select: { ownerPersonId: true } })).ownerPersonId).toBeNull();
  });

  it("gives the chair left empty while the post was vacant to its next holder, when the post holds the chair's seat", async () => {
    const s = await rotationScene();
    await prisma.participation.updateMany({ where: { meetingId: s.future.id, positionId: s.outgoing.positionId }, data: { role: "chair" } });
    await endTenure(s, 0);
    const chairOf = async (id: string) => (await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { chairPersonId: true } })).chairPersonId;
    expect(await chairOf(s.future.id)).toBeNull();
    const newcomer = await accountFor("focal_point");
    await assignAction({ request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(2) }, await sessionCookie(s.secretary.id)), params: { positionId: s.outgoing.positionId }, context });
    expect(await chairOf(s.future.id)).toBe(newcomer.personId);
    // The held meeting keeps who chaired it.
    expect(await chairOf(s.past.id)).toBe(s.outgoing.personId);
    expect(await prisma.auditEvent.count({ where: { entity: "meeting", entityId: s.future.id, action: "follow_post" } })).toBe(2);
  });
});

describe("the handover workflow", () => {
  it("starts a handover when a tenure ends, and names the successor on it when one is assigned", async () => {
    const s = await rotationScene();
    const handover = await endTenure(s, 0);
    expect(handover).toMatchObject({ status: "draft", outgoingPersonId: s.outgoing.personId, incomingPersonId: null });
    expect(await auditCount("handover", handover.id)).toBe(1);
    const newcomer = await accountFor("focal_point");
    await assignAction({
      request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(1) }, await sessionCookie(s.secretary.id)),
      params: { positionId: s.outgoing.positionId },
      context,
    });
    const after = await prisma.handover.findUniqueOrThrow({ where: { id: handover.id }, select: { incomingPersonId: true } });
    expect(after.incomingPersonId).toBe(newcomer.personId);
    // The newcomer is not agency staff yet, but is named on the handover and may read it.
    expect(await prisma.accessGrant.count({ where: { entity: "handover", entityId: handover.id, personId: newcomer.personId } })).toBe(1);
    const page = await handoverLoader({ request: getRequest(`/handovers/${handover.id}`, newcomer.cookie), params: { handoverId: handover.id }, context });
    expect(page.handover.id).toBe(handover.id);
  });

  it("starts one from the post page for its agency; another agency is refused", async () => {
    const s = await rotationScene();
    const own = await postAction({ request: postRequest(`/positions/${s.outgoing.positionId}`, { intent: "start-handover" }, await sessionCookie(s.outgoing.id)), params: { positionId: s.outgoing.positionId }, context });
    expect(statusOf(own)).toBe(302);
    const created = await prisma.handover.findFirstOrThrow({ where: { positionId: s.outgoing.positionId }, select: { id: true, outgoingAssignmentId: true } });
    expect(created.outgoingAssignmentId).toBe(s.assignmentId);
    const again = await postAction({ request: postRequest(`/positions/${s.outgoing.positionId}`, { intent: "start-handover" }, await sessionCookie(s.outgoing.id)), params: { positionId: s.outgoing.positionId }, context });
    expect(statusOf(again)).toBe(302);
    expect(await prisma.handover.count({ where: { positionId: s.outgoing.positionId } })).toBe(1);
    const stranger = await createUser("focal_point");
    const error = await thrown(postAction({ request: postRequest(`/positions/${s.outgoing.positionId}`, { intent: "start-handover" }, await sessionCookie(stranger.id)), params: { positionId: s.outgoing.positionId }, context }));
    expect(statusOf(error)).toBe(403);
  });

  it("saves notes for the outgoing person, refuses bad input keeping it, a stale form and a stranger", async () => {
    const s = await rotationScene();
    const handover = await endTenure(s, 0);
    const cookie = await sessionCookie(s.outgoing.id);
    const form = await editLoader({ request: getRequest(`/handovers/${handover.id}/edit`, cookie), params: { handoverId: handover.id }, context });
    const loadedAt = form.version;

    const bad = await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt, { confidentiality: "public" }), cookie), params: { handoverId: handover.id }, context });
    expect(statusOf(bad)).toBe(400);
    expect(fieldErrorsOf(bad).confidentiality).toEqual(["error.invalidChoice"]);
    expect(valuesOf(bad).ongoingMatters).toBe("The annual report is half drafted.");
    expect(await auditCount("handover", handover.id)).toBe(1);

    const ok = await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt), cookie), params: { handoverId: handover.id }, context });
    expect(statusOf(ok)).toBe(302);
    expect(await auditCount("handover", handover.id)).toBe(2);

    const stale = await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt, { ongoingMatters: "Overwrite?" }), cookie), params: { handoverId: handover.id }, context });
    // A stale form is a conflict (409) naming what changed meanwhile, the typed text kept, nothing written.
    expect(statusOf(stale)).toBe(409);
    expect(payloadOf(stale).conflict).toMatchObject({ since: loadedAt, version: loadedAt + 1 });
    expect(JSON.stringify(payloadOf(stale).conflict)).toContain("ongoingMatters");
    expect(valuesOf(stale)).toMatchObject({ ongoingMatters: "Overwrite?", version: String(loadedAt + 1) });
    expect((await prisma.handover.findUniqueOrThrow({ where: { id: handover.id }, select: { ongoingMatters: true } })).ongoingMatters).toBe("The annual report is half drafted.");

    const stranger = await createUser("focal_point");
    const error = await thrown(editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt), await sessionCookie(stranger.id)), params: { handoverId: handover.id }, context }));
    // Not cleared for the post's agency: the handover does not exist for them.
    expect(statusOf(error)).toBe(404);
    const sameAgency = await createUser("viewer", { agencyId: s.outgoing.agencyId });
    const forbidden = await thrown(editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt), await sessionCookie(sameAgency.id)), params: { handoverId: handover.id }, context }));
    expect(statusOf(forbidden)).toBe(403);
  });

  it("freezes numbered, immutable versions with their dossier; a later edit makes a new one and keeps the first", async () => {
    const s = await rotationScene();
    const handover = await endTenure(s, 0);
    const cookie = await sessionCookie(s.outgoing.id);
    const load = async () => (await editLoader({ request: getRequest(`/handovers/${handover.id}/edit`, cookie), params: { handoverId: handover.id }, context })).version;

    const empty = await editAction({
      request: postRequest(`/handovers/${handover.id}/edit`, notesForm(await load(), { intent: "submit", ongoingMatters: "", keyContacts: "", filesLocation: "" }), cookie),
      params: { handoverId: handover.id },
      context,
    });
    expect(statusOf(empty)).toBe(400);
    expect(await prisma.handoverVersion.count({ where: { handoverId: handover.id } })).toBe(0);

    await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(await load(), { intent: "submit" }), cookie), params: { handoverId: handover.id }, context });
    const v1 = await prisma.handoverVersion.findUniqueOrThrow({ where: { handoverId_number: { handoverId: handover.id, number: 1 } } });
    const dossier = JSON.parse(v1.dossier);
    expect(dossier.openActions.items.map((a: { id: string }) => a.id)).toEqual([s.action.id]);
    expect(dossier.deadlines[0].milestones.map((m: { id: string }) => m.id)).toEqual([s.milestone.id]);
    expect(dossier.committees[0].nextMeeting.id).toBe(s.future.id);

    // The post's work changes; the frozen version does not.
    await prisma.action.create({ data: { title: "Added after", ownerPositionId: s.outgoing.positionId, ownerAgencyId: s.outgoing.agencyId, status: "open" } });
    await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(await load(), { intent: "submit", risks: "New risk" }), cookie), params: { handoverId: handover.id }, context });
    const versions = await prisma.handoverVersion.findMany({ where: { handoverId: handover.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.risks])).toEqual([[1, null], [2, "New risk"]]);
    expect(versions[0]).toEqual(v1);
    expect(JSON.parse(versions[1]?.dossier ?? "{}").openActions.total).toBe(2);

    const page = await handoverLoader({ request: getRequest(`/handovers/${handover.id}?v=1`, cookie), params: { handoverId: handover.id }, context });
    expect(page.version?.number).toBe(1);
    expect(page.dossier?.openActions.total).toBe(1);
    const print = await printLoader({ request: getRequest(`/handovers/${handover.id}/print`, cookie), params: { handoverId: handover.id }, context });
    expect(print.version?.number).toBe(2);
    // Nobody named yet: each version's notice is addressed to the post, resolved to its holder when sent.
    const notices = await prisma.notice.findMany({ where: { idempotencyKey: { startsWith: `handover:${handover.id}:` } }, select: { positionId: true } });
    expect(notices).toEqual([{ positionId: s.outgoing.positionId }, { positionId: s.outgoing.positionId }]);
  });

  it("lets the incoming person acknowledge the latest version, dated, seen by the secretary; refuses the others", async () => {
    const s = await rotationScene();
    const handover = await endTenure(s, 0);
    const newcomer = await accountFor("focal_point");
    await assignAction({ request: postRequest(`/positions/${s.outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: iso(0) }, await sessionCookie(s.secretary.id)), params: { positionId: s.outgoing.positionId }, context });
    const outCookie = await sessionCookie(s.outgoing.id);
    const loadedAt = (await editLoader({ request: getRequest(`/handovers/${handover.id}/edit`, outCookie), params: { handoverId: handover.id }, context })).version;
    await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt, { intent: "submit" }), outCookie), params: { handoverId: handover.id }, context });

    // The newcomer is told, through the one outbox, in the same transaction as the submission.
    const notice = await prisma.notice.findUniqueOrThrow({ where: { idempotencyKey: `handover:${handover.id}:v1` }, select: { kind: true, userId: true } });
    expect(notice).toEqual({ kind: "handover", userId: newcomer.userId });

    const byOutgoing = await thrown(ackAction({ request: postRequest(`/handovers/${handover.id}`, { intent: "acknowledge", version: "1" }, outCookie), params: { handoverId: handover.id }, context }));
    expect(statusOf(byOutgoing)).toBe(403);
    const malformed = await ackAction({ request: postRequest(`/handovers/${handover.id}`, { intent: "acknowledge", version: "one" }, newcomer.cookie), params: { handoverId: handover.id }, context });
    expect(statusOf(malformed)).toBe(400);
    const wrongVersion = await ackAction({ request: postRequest(`/handovers/${handover.id}`, { intent: "acknowledge", version: "2" }, newcomer.cookie), params: { handoverId: handover.id }, context });
    expect(statusOf(wrongVersion)).toBe(400);
    expect(payloadOf(wrongVersion).formErrors).toEqual(["handover.error.notLatest"]);

    const ok = await ackAction({ request: postRequest(`/handovers/${handover.id}`, { intent: "acknowledge", version: "1" }, newcomer.cookie), params: { handoverId: handover.id }, context });
    expect(statusOf(ok)).toBe(302);
    const v1 = await prisma.handoverVersion.findUniqueOrThrow({ where: { handoverId_number: { handoverId: handover.id, number: 1 } }, select: { acknowledgedAt: true, acknowledgedById: true } });
    expect(v1.acknowledgedById).toBe(newcomer.userId);
    expect(v1.acknowledgedAt).toBeInstanceOf(Date);
    const twice = await thrown(ackAction({ request: postRequest(`/handovers/${handover.id}`, { intent: "acknowledge", version: "1" }, newcomer.cookie), params: { handoverId: handover.id }, context }));
    expect(statusOf(twice)).toBe(403);

    // The secretary of another agency follows it through a grant, as the Commission's secretary is copied.
    await prisma.accessGrant.create({ data: { entity: "handover", entityId: handover.id, personId: s.secretary.personId } });
    const list = await listLoader({ request: getRequest("/handovers?tab=all", await sessionCookie(s.secretary.id)), params: {}, context });
    const row = list.rows.find((r) => r.id === handover.id);
    expect(row?.status).toBe("acknowledged");
    expect(row?.acknowledgedAt).toBeInstanceOf(Date);
    const mine = await listLoader({ request: getRequest("/handovers?tab=read", newcomer.cookie), params: {}, context });
    expect(mine.rows.map((r) => r.id)).toContain(handover.id);
    // A focal point asking for the secretaries' tab gets their own.
    const asked = await listLoader({ request: getRequest("/handovers?tab=all", newcomer.cookie), params: {}, context });
    expect(asked.tab).toBe("read");
  });

  it("shows what changed since the handover and the counterparts on the post page", async () => {
    const s = await rotationScene();
    const counterpart = await createUser("focal_point");
    await prisma.committeeMembership.create({ data: { committeeId: s.committee.id, agencyId: counterpart.agencyId, positionId: counterpart.positionId, role: "member", startDate: new Date(Date.now() - 10 * DAY) } });
    const handover = await endTenure(s, 0);
    const outCookie = await sessionCookie(s.outgoing.id);
    const loadedAt = (await editLoader({ request: getRequest(`/handovers/${handover.id}/edit`, outCookie), params: { handoverId: handover.id }, context })).version;
    await editAction({ request: postRequest(`/handovers/${handover.id}/edit`, notesForm(loadedAt, { intent: "submit" }), outCookie), params: { handoverId: handover.id }, context });
    await new Promise((r) => setTimeout(r, 5));
    const added = await prisma.action.create({ data: { title: "New since", ownerPositionId: s.outgoing.positionId, ownerAgencyId: s.outgoing.agencyId, status: "open" }, select: { id: true } });
    // The outgoing person is named on the handover, so cleared for it after leaving the agency's staff.
    const page = await postLoader({ request: getRequest(`/positions/${s.outgoing.positionId}`, outCookie), params: { positionId: s.outgoing.positionId }, context });
    expect(page.changes?.changes.map((c) => [c.kind, c.id])).toContainEqual(["action_new", added.id]);
    expect(page.counterparts.map((c) => c.positionId)).toContain(counterpart.positionId);
  });
});

describe("rotation risk", () => {
  it("is for secretaries and administrators; lists a holder leaving without a handover", async () => {
    const secretary = await createUser("secretary");
    const leaving = await createUser("focal_point");
    await prisma.assignment.updateMany({ where: { positionId: leaving.positionId }, data: { plannedEndDate: day(20) } });
    const page = await riskLoader({ request: getRequest("/rotation-risk?section=leaving", await sessionCookie(secretary.id)), params: {}, context });
    expect(page.totals.leaving).toBeGreaterThan(0);
    const all: { post: { id: string } }[] = [];
    for (let p = 1; p <= Math.ceil(page.totals.leaving / page.page.pageSize); p++) {
      const next = await riskLoader({ request: getRequest(`/rotation-risk?section=leaving&page=${p}`, await sessionCookie(secretary.id)), params: {}, context });
      all.push(...next.leaving);
    }
    expect(all.map((l) => l.post.id)).toContain(leaving.positionId);
    const error = await thrown(riskLoader({ request: getRequest("/rotation-risk", await sessionCookie(leaving.id)), params: {}, context }));
    expect(statusOf(error)).toBe(403);
  });

  it("lets only an administrator change the thresholds, refusing bad numbers", async () => {
    const admin = await createUser("admin");
    const secretary = await createUser("secretary");
    const form = { leavingWithinDays: "60", unacknowledgedAfterDays: "14", actingLongerThanDays: "90", concentrationResponsibilities: "6", concentrationActions: "12", concentrationMilestones: "6" };
    const bad = await riskAction({ request: postRequest("/rotation-risk", { ...form, leavingWithinDays: "-3" }, await sessionCookie(admin.id)), params: {}, context });
    expect(statusOf(bad)).toBe(400);
    expect(fieldErrorsOf(bad).leavingWithinDays).toEqual(["rotation.error.threshold"]);
    const denied = await thrown(riskAction({ request: postRequest("/rotation-risk", form, await sessionCookie(secretary.id)), params: {}, context }));
    expect(statusOf(denied)).toBe(403);
    const ok = await riskAction({ request: postRequest("/rotation-risk", form, await sessionCookie(admin.id)), params: {}, context });
    expect(statusOf(ok)).toBe(302);
    expect((await prisma.rotationRiskSettings.findUniqueOrThrow({ where: { id: "default" } })).leavingWithinDays).toBe(60);
    expect(await auditCount("rotationRiskSettings", "default")).toBeGreaterThan(0);
    await riskAction({ request: postRequest("/rotation-risk", { ...form, leavingWithinDays: "90" }, await sessionCookie(admin.id)), params: {}, context });
  });
});

describe("clearance", () => {
  it("hides a restricted handover's content from another agency's staff (404), listing only its facts", async () => {
    const s = await rotationScene();
    const handover = await endTenure(s, 0);
    const other = await createUser("secretary", { agencyId: (await createAgency()).id });
    const error = await thrown(handoverLoader({ request: getRequest(`/handovers/${handover.id}`, await sessionCookie(other.id)), params: { handoverId: handover.id }, context }));
    expect(statusOf(error)).toBe(404);
    // Its facts are directory information (decision 033): listed for those who follow rotation, but
    // not openable, and nothing of its content travels with the row.
    const list = await listLoader({ request: getRequest("/handovers?tab=all", await sessionCookie(other.id)), params: {}, context });
    const row = list.rows.find((r) => r.id === handover.id);
    expect(row?.readable).toBe(false);
    expect(Object.keys(row ?? {})).not.toEqual(expect.arrayContaining(["ongoingMatters"]));
    for (const section of ["ongoingMatters", "pendingDecisions", "keyContacts", "risks", "filesLocation", "otherNotes", "dossierSnapshot"]) expect(row).not.toHaveProperty(section);
  });
});
