// The visibility filters used by lists, search, exports and feeds must agree with canSee, the rule
// used for single records. Built on real rows: a committee, its member agency, meetings, decisions
// and actions at every level, and a grant.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { canSee } from "../../app/domain/access";
import { CONFIDENTIALITY_LEVELS } from "../../app/domain/vocabulary";
import {
  accessSqlParams,
  loadAccess,
  visibleActions,
  visibleActionsSql,
  visibleCommitteesSql,
  visibleDecisions,
  visibleDecisionsSql,
  visibleMeetings,
  visibleMeetingsSql,
} from "../../app/permissions.server";
import { readQuery, sqlList } from "../../app/read-db.server";
import { createAgency, createUser, unique } from "../support/fixtures";

async function world() {
  const memberAgency = await createAgency();
  const outsiderAgency = await createAgency();
  const committee = await prisma.committee.create({ data: { name: unique("Committee"), kind: "standing" }, select: { id: true } });
  await prisma.committeeMembership.create({
    data: { committeeId: committee.id, agencyId: memberAgency.id, role: "member", startDate: new Date(Date.now() - 86_400_000) },
  });
  const member = await createUser("viewer", { agencyId: memberAgency.id });
  const outsider = await createUser("admin", { agencyId: outsiderAgency.id });
  const position = await prisma.position.create({ data: { agencyId: memberAgency.id, title: unique("Owner post") }, select: { id: true } });

  const meetings = [];
  const decisions = [];
  const actions = [];
  for (const [i, level] of CONFIDENTIALITY_LEVELS.entries()) {
    const start = new Date(Date.UTC(2030, 0, 1 + i, 9));
    meetings.push(
      await prisma.meeting.create({
        data: { committeeId: committee.id, title: `${level} meeting`, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), timeZone: "Europe/Vienna", confidentiality: level },
        select: { id: true, confidentiality: true, committeeId: true },
      }),
    );
    decisions.push(
      await prisma.decision.create({
        data: { committeeId: committee.id, year: 2030, serial: i + 1, title: `${level} decision`, text: "…", decidedOn: start, confidentiality: level },
        select: { id: true, confidentiality: true, committeeId: true },
      }),
    );
    // An action without a committee: "restricted" then means the owner's agency.
    actions.push(
      await prisma.action.create({
        data: { title: `${level} action`, ownerPositionId: position.id, ownerAgencyId: memberAgency.id, confidentiality: level },
        select: { id: true, confidentiality: true, committeeId: true, ownerAgencyId: true },
      }),
    );
  }
  const confidentialMeeting = meetings.find((m) => m.confidentiality === "confidential");
  if (!confidentialMeeting) throw new Error("fixture");
  await prisma.accessGrant.create({ data: { entity: "meeting", entityId: confidentialMeeting.id, personId: member.personId } });
  return { committee, member, outsider, meetings, decisions, actions };
}

describe("visibility filters agree with canSee", () => {
  it("for meetings, decisions and actions, for a member with a grant and for an outsider admin", async () => {
    const w = await world();
    for (const user of [w.member, w.outsider]) {
      const access = await loadAccess(user.id);
      if (!access) throw new Error("no access");
      const { ctx } = access;

      const meetingIds = w.meetings.map((m) => m.id);
      const seenMeetings = await prisma.meeting.findMany({ where: { AND: [{ id: { in: meetingIds } }, visibleMeetings(ctx)] }, select: { id: true } });
      expect(new Set(seenMeetings.map((m) => m.id))).toEqual(new Set(w.meetings.filter((m) => canSee(ctx, "meeting", m)).map((m) => m.id)));

      const seenDecisions = await prisma.decision.findMany({ where: { AND: [{ id: { in: w.decisions.map((d) => d.id) } }, visibleDecisions(ctx)] }, select: { id: true } });
      expect(new Set(seenDecisions.map((d) => d.id))).toEqual(new Set(w.decisions.filter((d) => canSee(ctx, "decision", d)).map((d) => d.id)));

      const seenActions = await prisma.action.findMany({ where: { AND: [{ id: { in: w.actions.map((a) => a.id) } }, visibleActions(ctx)] }, select: { id: true } });
      const expectedActions = w.actions.filter((a) => canSee(ctx, "action", { ...a, agencyId: a.ownerAgencyId }));
      expect(new Set(seenActions.map((a) => a.id))).toEqual(new Set(expectedActions.map((a) => a.id)));
    }
  });

  it("so do the SQL fragments of the raw read path, for the same member and outsider", async () => {
    const w = await world();
    const sqlSeen = (table: string, visible: (alias: string) => string) =>
      readQuery<Record<string, string>, { id: string }>(
        `SELECT r.id FROM ${table} r WHERE r.id IN (SELECT value FROM json_each(@ids)) AND ${visible("r")}`,
      );
    const meetings = sqlSeen("Meeting", visibleMeetingsSql);
    const decisions = sqlSeen("Decision", visibleDecisionsSql);
    const actions = sqlSeen("Action", visibleActionsSql);
    for (const user of [w.member, w.outsider]) {
      const access = await loadAccess(user.id);
      if (!access) throw new Error("no access");
      const { ctx } = access;
      const params = accessSqlParams(ctx);
      const ids = (rows: { id: string }[]) => sqlList(rows.map((r) => r.id));
      expect(new Set(meetings.all({ ...params, ids: ids(w.meetings) }).map((r) => r.id))).toEqual(
        new Set(w.meetings.filter((m) => canSee(ctx, "meeting", m)).map((m) => m.id)),
      );
      expect(new Set(decisions.all({ ...params, ids: ids(w.decisions) }).map((r) => r.id))).toEqual(
        new Set(w.decisions.filter((d) => canSee(ctx, "decision", d)).map((d) => d.id)),
      );
      expect(new Set(actions.all({ ...params, ids: ids(w.actions) }).map((r) => r.id))).toEqual(
        new Set(w.actions.filter((a) => canSee(ctx, "action", { ...a, agencyId: a.ownerAgencyId })).map((a) => a.id)),
      );
    }
  });

  it("so does the committee fragment (the audit log's check of committee events), at every level and with a grant", async () => {
    const w = await world();
    const committees = [];
    for (const level of CONFIDENTIALITY_LEVELS) {
      const committee = await prisma.committee.create({ data: { name: unique(`${level} committee`), kind: "standing", confidentiality: level }, select: { id: true, confidentiality: true } });
      await prisma.committeeMembership.create({
        data: { committeeId: committee.id, agencyId: (await prisma.assignment.findFirstOrThrow({ where: { personId: w.member.personId }, select: { position: { select: { agencyId: true } } } })).position.agencyId, role: "member", startDate: new Date(Date.now() - 86_400_000) },
      });
      committees.push(committee);
    }
    const confidential = committees.find((c) => c.confidentiality === "confidential");
    if (!confidential) throw new Error("fixture");
    const unnamed = await prisma.committee.create({ data: { name: unique("confidential, unnamed"), kind: "standing", confidentiality: "confidential" }, select: { id: true, confidentiality: true } });
    await prisma.accessGrant.create({ data: { entity: "committee", entityId: confidential.id, personId: w.member.personId } });
    const all = [...committees, unnamed];
    const seen = readQuery<Record<string, string>, { id: string }>(`SELECT r.id FROM Committee r WHERE r.id IN (SELECT value FROM json_each(@ids)) AND ${visibleCommitteesSql("r")}`);
    for (const user of [w.member, w.outsider]) {
      const access = await loadAccess(user.id);
      if (!access) throw new Error("no access");
      const { ctx } = access;
      const expected = all.filter((c) => canSee(ctx, "committee", { ...c, committeeId: c.id }));
      expect(new Set(seen.all({ ...accessSqlParams(ctx), ids: sqlList(all.map((c) => c.id)) }).map((r) => r.id))).toEqual(new Set(expected.map((c) => c.id)));
    }
    // The member sees the restricted one (member agency) and the confidential one they are named on.
    const member = await loadAccess(w.member.id);
    if (!member) throw new Error("no access");
    expect(seen.all({ ...accessSqlParams(member.ctx), ids: sqlList(all.map((c) => c.id)) }).length).toBe(4);
  });

  it("a member sees restricted records and the confidential meeting they are named on; an outsider admin sees neither", async () => {
    const w = await world();
    const member = await loadAccess(w.member.id);
    const outsider = await loadAccess(w.outsider.id);
    if (!member || !outsider) throw new Error("no access");
    expect(member.ctx.committeeIds).toContain(w.committee.id);
    const titles = async (ctx: typeof member.ctx) =>
      (await prisma.meeting.findMany({ where: { AND: [{ committeeId: w.committee.id }, visibleMeetings(ctx)] }, orderBy: { startsAt: "asc" }, select: { title: true } })).map((m) => m.title);
    expect(await titles(member.ctx)).toEqual(["public meeting", "internal meeting", "restricted meeting", "confidential meeting"]);
    expect(await titles(outsider.ctx)).toEqual(["public meeting", "internal meeting"]);
  });

  it("an ended post no longer counts: its holder loses the committee's restricted records", async () => {
    const w = await world();
    await prisma.assignment.updateMany({ where: { personId: w.member.personId }, data: { endDate: new Date(Date.now() - 1000) } });
    const access = await loadAccess(w.member.id);
    expect(access?.ctx.positionIds).toEqual([]);
    expect(access?.ctx.committeeIds).not.toContain(w.committee.id);
  });
});
