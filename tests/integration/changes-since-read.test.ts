// "What changed since the handover" reads through the raw read path, one page at a time in SQL
// (decision 064). Its rows must be the ones the Prisma read it replaced gave — same kinds, dates,
// titles and order, same clearance — and its pages together must list every change once, with the
// total. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import type { Confidentiality } from "../../app/domain/vocabulary";
import { prisma } from "../../app/db.server";
import { readChangesSince } from "../../app/models/changes-since-read.server";
import { loader as postLoader } from "../../app/routes/positions.$positionId._index";
import { prismaChangesSince } from "../support/changes-since-prisma";
import { createAgency, createUser, ctxOf, getRequest, sessionCookie, unique } from "../support/fixtures";
import { createMeeting, day } from "../support/work-fixtures";

const context = {};
const ALL = { skip: 0, take: 1000 };

function audit(entity: string, entityId: string, before: unknown, after: unknown) {
  const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  return prisma.auditEvent.create({ data: { entity, entityId, action: "update", before: text(before), after: text(after) } });
}

/**
 * A post whose holder took it up yesterday (no handover: the tenure is the reference), with something
 * of every kind before and after, some of it restricted to the post's committee or agency.
 */
async function postWithChanges() {
  const holder = await createUser("focal_point");
  const outsider = await createUser("admin");
  const otherAgency = await createAgency();
  const old = day(-3);
  const open = await prisma.committee.create({ data: { name: unique("Open"), kind: "standing" }, select: { id: true } });
  const closed = await prisma.committee.create({ data: { name: unique("Closed"), kind: "standing", confidentiality: "restricted" }, select: { id: true } });
  const elsewhere = await prisma.committee.create({ data: { name: unique("Elsewhere"), kind: "standing" }, select: { id: true } });
  for (const committeeId of [open.id, closed.id]) {
    await prisma.committeeMembership.create({ data: { committeeId, agencyId: holder.agencyId, positionId: holder.positionId, role: "member", startDate: day(-30) } });
  }
  const owner = { ownerPositionId: holder.positionId, ownerAgencyId: holder.agencyId };

  // Actions: new, old and untouched, old and closed since (one restricted to the agency), new in the restricted committee.
  await prisma.action.create({ data: { ...owner, title: unique("New action"), status: "open" } });
  await prisma.action.create({ data: { ...owner, title: unique("Old action"), status: "open", createdAt: old } });
  for (const confidentiality of ["internal", "restricted"]) {
    const done = await prisma.action.create({ data: { ...owner, title: unique("Closed action"), status: "done", confidentiality, createdAt: old }, select: { id: true } });
    await prisma.actionUpdate.create({ data: { actionId: done.id, status: "in_progress", note: "Started", at: day(-2) } });
    await prisma.actionUpdate.create({ data: { actionId: done.id, status: "done", note: "Done" } });
  }
  const reopened = await prisma.action.create({ data: { ...owner, title: unique("Reopened"), status: "open", createdAt: old }, select: { id: true } });
  await prisma.actionUpdate.create({ data: { actionId: reopened.id, status: "done", note: "Done, then reopened" } });
  await prisma.action.create({ data: { ...owner, title: unique("Committee action"), status: "open", committeeId: closed.id, confidentiality: "restricted" } });

  // Decisions of the post's committees: new, old, archived, restricted; and one of a committee it does not sit on.
  let serial = 0;
  const decision = (committeeId: string, extra: { createdAt?: Date; archivedAt?: Date; confidentiality?: string } = {}) =>
    prisma.decision.create({ data: { committeeId, year: 2026, serial: ++serial, title: unique("Decision"), text: "Text", decidedOn: day(-1), ...extra } });
  await decision(open.id);
  await decision(open.id, { createdAt: old });
  await decision(open.id, { archivedAt: new Date() });
  await decision(closed.id, { confidentiality: "restricted" });
  await decision(elsewhere.id);

  // Meetings: new (and moved since: still only new), old and moved, old and cancelled, old with an unreadable diff, new and restricted.
  const meeting = async (committeeId: string, createdAt?: Date, confidentiality?: Confidentiality) => {
    const m = await createMeeting(committeeId, { status: "planned", startsAt: day(20), confidentiality });
    if (createdAt) await prisma.meeting.update({ where: { id: m.id }, data: { createdAt } });
    return m.id;
  };
  const fresh = await meeting(open.id);
  await audit("meeting", fresh, { startsAt: day(20).toISOString() }, { startsAt: day(21).toISOString() });
  const movedMeeting = await meeting(open.id, old);
  await audit("meeting", movedMeeting, { startsAt: day(20).toISOString() }, { startsAt: day(22).toISOString() });
  await audit("meeting", movedMeeting, { venue: "A" }, { venue: "B" });
  const cancelled = await meeting(open.id, old);
  await audit("meeting", cancelled, { status: "planned" }, { status: "cancelled" });
  const garbled = await meeting(open.id, old);
  await audit("meeting", garbled, "not json", { startsAt: day(23).toISOString() });
  await audit("meeting", garbled, { startsAt: "" }, { startsAt: day(23).toISOString() });
  await meeting(closed.id, undefined, "restricted");
  await meeting(elsewhere.id);

  // Deadlines the post leads (one obligation restricted to its agency) and a milestone it owns: new, moved, touched without a move.
  const instrument = await prisma.instrument.create({ data: { code: unique("ATT"), name: "Treaty", kind: "treaty" }, select: { id: true } });
  const obligation = (confidentiality: string, leadAgencyId: string) =>
    prisma.reportingObligation.create({ data: { title: unique("Report"), recurrence: "annual", instrumentId: instrument.id, leadPositionId: holder.positionId, leadAgencyId, confidentiality }, select: { id: true } });
  const internal = await obligation("internal", otherAgency.id);
  const restricted = await obligation("restricted", holder.agencyId);
  await prisma.reportingDeadline.create({ data: { obligationId: internal.id, cycle: "2027", dueDate: day(100) } });
  await prisma.reportingDeadline.create({ data: { obligationId: restricted.id, cycle: "2027", dueDate: day(100) } });
  const movedDeadline = await prisma.reportingDeadline.create({ data: { obligationId: internal.id, cycle: "2026", dueDate: day(50), createdAt: old }, select: { id: true } });
  await audit("reportingDeadline", movedDeadline.id, { dueDate: day(40).toISOString() }, { dueDate: day(50).toISOString() });
  await audit("reportingDeadline", movedDeadline.id, { dueDate: day(50).toISOString() }, { dueDate: day(50).toISOString() });
  await prisma.reportingDeadline.create({ data: { obligationId: internal.id, cycle: "2025", dueDate: day(-50), createdAt: old, updatedAt: old } });
  for (const [kind, title] of [["data_call", null], ["draft", "Chapter two"]] as const) {
    const milestone = await prisma.milestone.create({ data: { deadlineId: movedDeadline.id, kind, title, ownerPositionId: holder.positionId, dueDate: day(30), createdAt: old }, select: { id: true } });
    await audit("milestone", milestone.id, { dueDate: day(25).toISOString() }, { dueDate: day(30).toISOString() });
  }
  return { holder, outsider };
}

describe("what changed since the handover, on the raw read path", () => {
  it("lists what the Prisma read listed, in its order, for the holder and an outsider", async () => {
    const s = await postWithChanges();
    const [id, now] = [s.holder.positionId, new Date()];
    const seen = new Map<string, string[]>();
    for (const userId of [s.holder.id, s.outsider.id]) {
      const ctx = await ctxOf(userId);
      const raw = readChangesSince(ctx, id, now, ALL);
      const before = await prismaChangesSince(ctx, id, now);
      expect(before?.truncated).toBe(false);
      expect(raw?.since).toEqual(before?.since);
      expect(raw?.handoverId).toBeNull();
      expect(raw?.changes).toEqual(before?.changes);
      expect(raw?.total).toBe(before?.changes.length);
      seen.set(userId, raw?.changes.map((c) => c.kind) ?? []);
    }
    // Something of every kind for the holder, so the comparison is not of two short lists.
    const count = (kinds: string[] | undefined, kind: string) => kinds?.filter((k) => k === kind).length;
    const holder = seen.get(s.holder.id);
    expect(holder).toHaveLength(15);
    expect(
      ["action_new", "action_closed", "decision", "meeting_new", "meeting_moved", "meeting_cancelled", "deadline_new", "deadline_moved", "milestone_moved"].map((k) => count(holder, k)),
    ).toEqual([2, 2, 2, 2, 1, 1, 2, 1, 2]);
    // The outsider sees neither the restricted committee's work nor the agency's restricted action and report.
    const outsider = seen.get(s.outsider.id);
    expect(outsider).toHaveLength(10);
    expect(["action_new", "action_closed", "decision", "meeting_new", "deadline_new"].map((k) => count(outsider, k))).toEqual([1, 1, 1, 1, 1]);
    // A post without a holder or a handover has nothing to compare with.
    const empty = await prisma.position.create({ data: { agencyId: s.holder.agencyId, title: unique("Vacant") }, select: { id: true } });
    expect(readChangesSince(await ctxOf(s.holder.id), empty.id, now, ALL)).toBeNull();
  });

  it("measures from the latest submitted handover, and pages the list in SQL with its total", async () => {
    const s = await postWithChanges();
    const id = s.holder.positionId;
    const ctx = await ctxOf(s.holder.id);
    const full = readChangesSince(ctx, id, new Date(), ALL);
    const pages = [0, 1, 2, 3, 4].map((n) => readChangesSince(ctx, id, new Date(), { skip: n * 4, take: 4 }));
    expect(pages.flatMap((p) => p?.changes ?? [])).toEqual(full?.changes);
    expect(pages.map((p) => p?.total)).toEqual([15, 15, 15, 15, 15]);
    expect(pages[4]?.changes).toEqual([]);

    // The post page: its changes section is one page of 20 with the total; past the end, empty.
    const cookie = await sessionCookie(s.holder.id);
    const load = (query: string) => postLoader({ request: getRequest(`/positions/${id}?${query}`, cookie), params: { positionId: id }, context });
    const first = await load("");
    expect(first.changes?.changes).toEqual(full?.changes);
    expect(first.pages.changes).toEqual({ page: 1, pageSize: 20, total: 15 });
    const past = await load("changes=3");
    expect(past.changes?.changes).toEqual([]);
    expect(past.pages.changes.total).toBe(15);

    // A submitted handover moves the reference to its date; an archived one does not count.
    const submittedAt = new Date();
    const handover = await prisma.handover.create({ data: { positionId: id, agencyId: s.holder.agencyId, submittedAt }, select: { id: true } });
    await prisma.handover.create({ data: { positionId: id, agencyId: s.holder.agencyId, submittedAt: new Date(Date.now() + 1000), archivedAt: new Date() } });
    await new Promise((r) => setTimeout(r, 5));
    const added = await prisma.action.create({ data: { title: unique("After the handover"), ownerPositionId: id, ownerAgencyId: s.holder.agencyId, status: "open" }, select: { id: true } });
    const now = new Date();
    const since = readChangesSince(ctx, id, now, ALL);
    expect(since?.since).toEqual(submittedAt);
    expect(since?.handoverId).toBe(handover.id);
    expect(since?.changes).toEqual((await prismaChangesSince(ctx, id, now))?.changes);
    expect(since?.changes.map((c) => [c.kind, c.id])).toEqual([["action_new", added.id]]);
  });
});
