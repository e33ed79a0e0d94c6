// Reporting obligations through their routes: creation plans the cycles ahead with back-planned
// milestones owned by posts; invalid input is refused with nothing written; roles without the right
// get 403 and nothing written; an edit regenerates future cycles only, and a stale form is a 409.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as detailAction, loader as detailLoader } from "../../app/routes/reporting.$obligationId._index";
import { action as editAction, loader as editLoader } from "../../app/routes/reporting.$obligationId.edit";
import { loader as listLoader } from "../../app/routes/reporting._index";
import { action as newAction, loader as newLoader } from "../../app/routes/reporting.new";
import { action as cycleAction, loader as cycleLoader } from "../../app/routes/reporting.cycles.$deadlineId";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown } from "../support/fixtures";
import { fieldErrorsOf, locationOf, payloadOf, statusOf, valuesOf } from "../support/form-results";
import { createInstrument, obligationFields } from "../support/reporting-fixtures";
import { createPost } from "../support/work-fixtures";

const context = {};

async function world() {
  const secretary = await createUser("secretary");
  const focal = await createUser("focal_point");
  const instrument = await createInstrument();
  return { secretary, focal, instrument, secretaryCookie: await sessionCookie(secretary.id), focalCookie: await sessionCookie(focal.id) };
}

async function create(w: Awaited<ReturnType<typeof world>>, over: Record<string, string> = {}) {
  const fields = obligationFields({ instrumentId: w.instrument.id, leadPositionId: w.secretary.positionId, ...over });
  const response = await newAction({ request: postRequest("/reporting/new", fields, w.secretaryCookie), params: {}, context });
  expect(statusOf(response)).toBe(302);
  const id = (locationOf(response) ?? "").split("/").at(-1) ?? "";
  return { id, title: fields.title ?? "" };
}

function cyclesOf(obligationId: string) {
  return prisma.reportingDeadline.findMany({
    where: { obligationId, archivedAt: null },
    orderBy: { dueDate: "asc" },
    select: { id: true, cycle: true, dueDate: true, milestones: { where: { archivedAt: null }, orderBy: { dueDate: "asc" }, select: { kind: true, dueDate: true, ownerPositionId: true } } },
  });
}

describe("creating an obligation", () => {
  it("plans the next two cycles with milestones owned by the lead and by the contributor's post, audited", async () => {
    const w = await world();
    const { id } = await create(w, { "contributors.0.positionId": w.focal.positionId, "contributors.0.contribution": "Customs data" });
    const cycles = await cyclesOf(id);
    expect(cycles).toHaveLength(2);
    for (const c of cycles) {
      expect(c.dueDate.toISOString().slice(5, 10)).toBe("05-31");
      expect(c.milestones.map((m) => m.kind)).toEqual(["data_call", "contributions", "consolidation", "clearance", "submission"]);
      expect(c.milestones.find((m) => m.kind === "contributions")?.ownerPositionId).toBe(w.focal.positionId);
      expect(c.milestones.filter((m) => m.kind !== "contributions").every((m) => m.ownerPositionId === w.secretary.positionId)).toBe(true);
      // Weekends are skipped.
      expect(c.milestones.every((m) => ![0, 6].includes(m.dueDate.getUTCDay()))).toBe(true);
    }
    const contributor = await prisma.obligationContributor.findFirstOrThrow({ where: { obligationId: id }, select: { agencyId: true, positionId: true } });
    expect(contributor).toEqual({ agencyId: w.focal.agencyId, positionId: w.focal.positionId });
    expect(await auditCount("reportingObligation", id)).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entity: "reportingDeadline", entityId: { in: cycles.map((c) => c.id) } } })).toBe(2);

    const page = await detailLoader({ request: getRequest(`/reporting/${id}`, w.focalCookie), params: { obligationId: id }, context });
    expect(page.cycles.map((c) => c.compliance.status)).toEqual(["upcoming", "upcoming"]);
    const list = await listLoader({ request: getRequest(`/reporting?instrument=${w.instrument.id}`, w.focalCookie), params: {}, context });
    expect(list.rows.map((r) => r.id)).toEqual([id]);
  });

  it("computes the ATT initial report from the deposit date: entry into force + 90 days, due a year later", async () => {
    const w = await world();
    const { id } = await create(w, { ruleKind: "once_after_event", ruleMonth: "", ruleDay: "", ruleEventDate: "2027-12-01" });
    const [cycle] = await cyclesOf(id);
    expect(cycle?.cycle).toBe("initial");
    expect(cycle?.dueDate.toISOString().slice(0, 10)).toBe("2029-02-28");
  });

  it("refuses invalid input with field errors and the typed values, writing nothing", async () => {
    const w = await world();
    const before = await prisma.reportingObligation.count();
    const fields = obligationFields({
      instrumentId: w.instrument.id,
      leadPositionId: w.secretary.positionId,
      title: "",
      ruleKind: "every_n_years",
      ruleMonth: "4",
      ruleDay: "31",
      offsetClearance: "90",
      procedureNotes: "Kept as typed",
    });
    const result = await newAction({ request: postRequest("/reporting/new", fields, w.secretaryCookie), params: {}, context });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result)).toMatchObject({
      title: ["error.required"],
      ruleDay: ["error.reporting.noSuchDay"],
      ruleIntervalYears: ["error.required"],
      ruleFirstYear: ["error.required"],
      offsetSubmission: ["error.reporting.offsetOrder"],
    });
    expect(valuesOf(result)).toMatchObject({ procedureNotes: "Kept as typed" });

    // Database rules: an archived lead post, a contributor post of another agency.
    const other = await createAgency();
    const archived = await createPost(w.secretary.agencyId);
    await prisma.position.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const refused = await newAction({
      request: postRequest(
        "/reporting/new",
        obligationFields({ instrumentId: w.instrument.id, leadPositionId: archived.id, "contributors.0.agencyId": other.id, "contributors.0.positionId": w.focal.positionId }),
        w.secretaryCookie,
      ),
      params: {},
      context,
    });
    expect(statusOf(refused)).toBe(400);
    expect(fieldErrorsOf(refused)).toMatchObject({ leadPositionId: ["error.reporting.postMissing"], "contributors.0.positionId": ["error.reporting.postOtherAgency"] });
    // A malformed custom rule is a 400, never a 500.
    const rrule = await newAction({
      request: postRequest("/reporting/new", obligationFields({ instrumentId: w.instrument.id, leadPositionId: w.secretary.positionId, ruleKind: "custom", rrule: "FREQ=SECONDLY", ruleStart: "2026-01-01" }), w.secretaryCookie),
      params: {},
      context,
    });
    // The one strict rule schema's message (recurrence-rule.ts), as on the meeting forms.
    expect(fieldErrorsOf(rrule).rrule).toEqual(["rule.error.freq"]);
    // A weekly rule is a valid rule, but no reporting rule: due dates repeat at most monthly.
    const weekly = await newAction({
      request: postRequest("/reporting/new", obligationFields({ instrumentId: w.instrument.id, leadPositionId: w.secretary.positionId, ruleKind: "custom", rrule: "FREQ=WEEKLY;BYDAY=MO", ruleStart: "2026-01-05" }), w.secretaryCookie),
      params: {},
      context,
    });
    expect(fieldErrorsOf(weekly).rrule).toEqual(["error.reporting.rrule"]);
    expect(valuesOf(weekly).rrule).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(await prisma.reportingObligation.count()).toBe(before);
  });

  it("answers 403 to a focal point or a viewer, and writes nothing", async () => {
    const w = await world();
    const before = await prisma.reportingObligation.count();
    const fields = obligationFields({ instrumentId: w.instrument.id, leadPositionId: w.focal.positionId });
    expect(statusOf(await thrown(newAction({ request: postRequest("/reporting/new", fields, w.focalCookie), params: {}, context })))).toBe(403);
    const viewer = await createUser("viewer");
    expect(statusOf(await thrown(newLoader({ request: getRequest("/reporting/new", await sessionCookie(viewer.id)), params: {}, context })))).toBe(403);
    expect(await prisma.reportingObligation.count()).toBe(before);
  });
});

describe("editing an obligation", () => {
  it("regenerates the future cycles on a change of rule and keeps the submitted ones", async () => {
    const w = await world();
    const { id } = await create(w);
    const [first] = await cyclesOf(id);
    // An earlier cycle, submitted: history that a change of rule must not touch.
    const past = await prisma.reportingDeadline.create({
      data: { obligationId: id, cycle: "2019", dueDate: new Date("2020-05-31T00:00:00Z"), status: "submitted", submittedOn: new Date("2020-05-20T00:00:00Z") },
      select: { id: true },
    });
    const page = await editLoader({ request: getRequest(`/reporting/${id}/edit`, w.secretaryCookie), params: { obligationId: id }, context });
    const fields = obligationFields({ instrumentId: w.instrument.id, leadPositionId: w.secretary.positionId, title: page.title, version: String(page.version), ruleMonth: "4", ruleDay: "30" });
    expect(statusOf(await editAction({ request: postRequest(`/reporting/${id}/edit`, fields, w.secretaryCookie), params: { obligationId: id }, context }))).toBe(302);
    const cycles = await cyclesOf(id);
    expect(cycles.map((c) => c.dueDate.toISOString().slice(5, 10))).toEqual(["05-31", "04-30", "04-30"]);
    expect(cycles[0]?.id).toBe(past.id);
    expect(cycles[1]?.id).toBe(first?.id);
    // Milestones follow the new due date.
    expect(cycles[1]?.milestones.at(-1)?.dueDate.toISOString().slice(5, 10)).toBe("04-27");

    // The same form sent again is stale: 409, nothing written.
    const stale = await editAction({ request: postRequest(`/reporting/${id}/edit`, { ...fields, ruleMonth: "6" }, w.secretaryCookie), params: { obligationId: id }, context });
    expect(statusOf(stale)).toBe(409);
    expect((await prisma.reportingObligation.findUniqueOrThrow({ where: { id }, select: { ruleMonth: true } })).ruleMonth).toBe(4);
    // The answer says what changed meanwhile, keeps what was typed, and carries the current version.
    expect(valuesOf(stale)).toMatchObject({ ruleMonth: "6", version: String(page.version + 1) });
    expect(payloadOf(stale).conflict).toMatchObject({ since: page.version, version: page.version + 1 });
    expect(payloadOf(stale).conflict).toHaveProperty("changes", expect.arrayContaining([{ field: "ruleMonth", was: 5, now: 4 }]));
    // Sent again with the version the conflict carried, it saves: a deliberate choice.
    const again = await editAction({ request: postRequest(`/reporting/${id}/edit`, { ...fields, ruleMonth: "6", version: String(page.version + 1) }, w.secretaryCookie), params: { obligationId: id }, context });
    expect(statusOf(again)).toBe(302);
    // A form with no version is malformed (400), never a blind overwrite.
    const { version: _dropped, ...unversioned } = fields;
    expect(statusOf(await editAction({ request: postRequest(`/reporting/${id}/edit`, unversioned, w.secretaryCookie), params: { obligationId: id }, context }))).toBe(400);
  });

  it("refuses another agency's focal point (403) and invalid edits (400), writing nothing", async () => {
    const w = await world();
    const { id } = await create(w);
    const fields = obligationFields({ instrumentId: w.instrument.id, leadPositionId: w.secretary.positionId, version: "1" });
    expect(statusOf(await thrown(editAction({ request: postRequest(`/reporting/${id}/edit`, fields, w.focalCookie), params: { obligationId: id }, context })))).toBe(403);
    const invalid = await editAction({ request: postRequest(`/reporting/${id}/edit`, { ...fields, offsetDataCall: "abc" }, w.secretaryCookie), params: { obligationId: id }, context });
    expect(statusOf(invalid)).toBe(400);
    expect(fieldErrorsOf(invalid).offsetDataCall).toEqual(["error.reporting.offsetRange"]);
    expect((await prisma.reportingObligation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(1);
  });

  it("archives and restores (403 for a focal point), and adds a cycle by hand for an event", async () => {
    const w = await world();
    const { id } = await create(w, { ruleKind: "on_event", ruleMonth: "", ruleDay: "" });
    expect(await cyclesOf(id)).toEqual([]);
    const add = (fields: Record<string, string>, cookie: string) =>
      detailAction({ request: postRequest(`/reporting/${id}`, fields, cookie), params: { obligationId: id }, context });
    expect(statusOf(await thrown(add({ intent: "addCycle", cycle: "New point of contact", dueDate: "2027-02-15" }, w.focalCookie)))).toBe(403);
    expect(statusOf(await add({ intent: "addCycle", cycle: "", dueDate: "tomorrow" }, w.secretaryCookie))).toBe(400);
    expect(statusOf(await add({ intent: "addCycle", cycle: "New point of contact", dueDate: "2027-02-15" }, w.secretaryCookie))).toBe(302);
    const cycles = await cyclesOf(id);
    expect(cycles.map((c) => c.cycle)).toEqual(["New point of contact"]);
    expect(cycles[0]?.milestones.length).toBe(4);
    expect(statusOf(await add({ intent: "addCycle", cycle: "New point of contact", dueDate: "2027-03-15" }, w.secretaryCookie))).toBe(400);

    expect(statusOf(await thrown(add({ intent: "archive" }, w.focalCookie)))).toBe(403);
    expect(statusOf(await add({ intent: "archive" }, w.secretaryCookie))).toBe(302);
    expect((await prisma.reportingObligation.findUniqueOrThrow({ where: { id }, select: { archivedAt: true } })).archivedAt).not.toBeNull();
    expect(statusOf(await add({ intent: "restore" }, w.secretaryCookie))).toBe(302);
    expect(await auditCount("reportingObligation", id)).toBe(3);
  });

  it("hides a restricted obligation from agencies that neither lead nor contribute (404)", async () => {
    const w = await world();
    const { id } = await create(w, { confidentiality: "restricted" });
    expect(statusOf(await thrown(detailLoader({ request: getRequest(`/reporting/${id}`, w.focalCookie), params: { obligationId: id }, context })))).toBe(404);
    const list = await listLoader({ request: getRequest(`/reporting?instrument=${w.instrument.id}`, w.focalCookie), params: {}, context });
    expect(list.rows).toEqual([]);
    const page = await detailLoader({ request: getRequest(`/reporting/${id}`, w.secretaryCookie), params: { obligationId: id }, context });
    expect(page.obligation.id).toBe(id);
  });
});

describe("a cycle: submission and milestones", () => {
  it("records a late submission as late, with the days late, and completes the submission milestone", async () => {
    const w = await world();
    const { id } = await create(w);
    const [cycle] = await cyclesOf(id);
    const deadlineId = cycle?.id ?? "";
    const due = cycle?.dueDate ?? new Date();
    const lateDay = new Date(due.getTime() + 12 * 86_400_000).toISOString().slice(0, 10);
    const post = (fields: Record<string, string>, cookie: string) =>
      cycleAction({ request: postRequest(`/reporting/cycles/${deadlineId}`, fields, cookie), params: { deadlineId }, context });
    const submission = { intent: "submit", submittedOn: lateDay, submissionReference: "ATT/CSP/2027/LIN", submittedBy: "ATT point of contact", submissionAccess: "public", nilReport: "no" };

    expect(statusOf(await thrown(post(submission, w.focalCookie)))).toBe(403);
    const invalid = await post({ ...submission, submittedOn: "2027-02-30", submissionReference: "" }, w.secretaryCookie);
    expect(statusOf(invalid)).toBe(400);
    expect(fieldErrorsOf(invalid)).toMatchObject({ submittedOn: ["error.calendarDay"], submissionReference: ["error.required"] });
    expect((await prisma.reportingDeadline.findUniqueOrThrow({ where: { id: deadlineId }, select: { submittedOn: true } })).submittedOn).toBeNull();

    expect(statusOf(await post(submission, w.secretaryCookie))).toBe(302);
    const row = await prisma.reportingDeadline.findUniqueOrThrow({ where: { id: deadlineId }, select: { status: true, submissionAccess: true, recordedById: true } });
    expect(row).toEqual({ status: "late", submissionAccess: "public", recordedById: w.secretary.id });
    const page = await cycleLoader({ request: getRequest(`/reporting/cycles/${deadlineId}`, w.focalCookie), params: { deadlineId }, context });
    expect(page.compliance).toEqual({ status: "late", daysLate: 12 });
    expect(page.deadline.milestones.find((m) => m.kind === "submission")?.status).toBe("done");
    expect(await prisma.auditEvent.count({ where: { entity: "reportingDeadline", entityId: deadlineId, action: "submit" } })).toBe(1);
  });

  it("lets a contributor's focal point mark their milestone done, not the lead's (403)", async () => {
    const w = await world();
    const { id } = await create(w, { "contributors.0.positionId": w.focal.positionId });
    const [cycle] = await cyclesOf(id);
    const deadlineId = cycle?.id ?? "";
    const milestones = await prisma.milestone.findMany({ where: { deadlineId }, select: { id: true, kind: true } });
    const mine = milestones.find((m) => m.kind === "contributions")?.id ?? "";
    const lead = milestones.find((m) => m.kind === "clearance")?.id ?? "";
    const post = (fields: Record<string, string>) =>
      cycleAction({ request: postRequest(`/reporting/cycles/${deadlineId}`, fields, w.focalCookie), params: { deadlineId }, context });
    expect(statusOf(await post({ intent: "milestone", milestoneId: mine, status: "done" }))).toBe(302);
    expect(statusOf(await thrown(post({ intent: "milestone", milestoneId: lead, status: "done" })))).toBe(403);
    expect(statusOf(await post({ intent: "milestone", milestoneId: mine, status: "finished" }))).toBe(400);
    const rows = await prisma.milestone.findMany({ where: { id: { in: [mine, lead] } }, select: { id: true, status: true, completedAt: true } });
    expect(rows.find((r) => r.id === mine)).toMatchObject({ status: "done" });
    expect(rows.find((r) => r.id === mine)?.completedAt).not.toBeNull();
    expect(rows.find((r) => r.id === lead)).toMatchObject({ status: "pending", completedAt: null });
    expect(await auditCount("milestone", mine)).toBe(2);
  });
});
