// The public holidays page: everyone reads the year's list; administrators add and remove days, and
// each change re-plans the pending milestones of the open cycles it moves, in the same transaction
// as the write and its audit events. Invalid input is a 400 with the typed values; others get 403.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as holidaysAction, loader as holidaysLoader } from "../../app/routes/reporting.holidays";
import { action as newAction } from "../../app/routes/reporting.new";
import { createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, locationOf, statusOf, valuesOf } from "../support/form-results";
import { createInstrument, obligationFields } from "../support/reporting-fixtures";

const DAY = 86_400_000;
const context = {};
const iso = (d: Date) => d.toISOString().slice(0, 10);
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** An obligation due in about two months whose submission milestone (3 days before) falls on a weekday nobody has made a holiday. */
async function world() {
  const admin = await createUser("admin");
  const secretary = await createUser("secretary");
  const instrument = await createInstrument();
  const now = new Date();
  let due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 60 * DAY);
  const taken = new Set((await prisma.publicHoliday.findMany({ select: { day: true } })).map((h) => iso(h.day)));
  const nominal = () => new Date(due.getTime() - 3 * DAY);
  while (isWeekend(nominal()) || taken.has(iso(nominal())) || (due.getUTCMonth() === 1 && due.getUTCDate() === 29)) due = new Date(due.getTime() + DAY);
  const fields = obligationFields({
    instrumentId: instrument.id,
    leadPositionId: secretary.positionId,
    ruleMonth: String(due.getUTCMonth() + 1),
    ruleDay: String(due.getUTCDate()),
  });
  const response = await newAction({ request: postRequest("/reporting/new", fields, await sessionCookie(secretary.id)), params: {}, context });
  const obligationId = (locationOf(response) ?? "").split("/").at(-1) ?? "";
  const cycle = await prisma.reportingDeadline.findFirstOrThrow({ where: { obligationId, dueDate: due }, select: { id: true } });
  return { admin, secretary, cycle, due, nominal: nominal(), adminCookie: await sessionCookie(admin.id), secretaryCookie: await sessionCookie(secretary.id) };
}

const submissionOf = (deadlineId: string) =>
  prisma.milestone.findFirstOrThrow({ where: { deadlineId, kind: "submission", archivedAt: null }, select: { id: true, dueDate: true, status: true } });

describe("the public holidays page", () => {
  it("adds a holiday and moves the open cycle's milestone off it, audited; removing it moves it back", async () => {
    const w = await world();
    const before = await submissionOf(w.cycle.id);
    expect(iso(before.dueDate)).toBe(iso(w.nominal));
    const name = unique("Day of the Republic");
    const added = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: iso(w.nominal), name }, w.adminCookie), params: {}, context });
    expect(statusOf(added)).toBe(302);
    expect(locationOf(added)).toBe(`/reporting/holidays?year=${w.nominal.getUTCFullYear()}`);
    const moved = await submissionOf(w.cycle.id);
    expect(moved.id).not.toBe(before.id);
    // The working day before: the day before, or the Friday before a Monday.
    const expected = new Date(w.nominal.getTime() - (w.nominal.getUTCDay() === 1 ? 3 : 1) * DAY);
    expect(iso(moved.dueDate)).toBe(iso(expected));
    const holiday = await prisma.publicHoliday.findUniqueOrThrow({ where: { day: w.nominal }, select: { id: true, name: true, archivedAt: true } });
    expect(holiday).toMatchObject({ name, archivedAt: null });
    const events = await prisma.auditEvent.findMany({ where: { entityId: { in: [holiday.id, before.id, moved.id] } }, select: { entity: true, action: true, actorId: true } });
    expect(events).toEqual(
      expect.arrayContaining([
        { entity: "holiday", action: "create", actorId: w.admin.id },
        { entity: "milestone", action: "archive", actorId: w.admin.id },
        { entity: "milestone", action: "create", actorId: w.admin.id },
      ]),
    );

    // Listed in its year, for anyone who may read.
    const viewer = await createUser("viewer");
    const page = await holidaysLoader({ request: getRequest(`/reporting/holidays?year=${w.nominal.getUTCFullYear()}`, await sessionCookie(viewer.id)), params: {}, context });
    expect(page.rows.map((r) => r.name)).toContain(name);
    expect(page.canAdd).toBe(false);

    // The same day twice: a field error, nothing written.
    const twice = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: iso(w.nominal), name: "Again" }, w.adminCookie), params: {}, context });
    expect(statusOf(twice)).toBe(400);
    expect(fieldErrorsOf(twice).day).toEqual(["error.reporting.holidayExists"]);

    const removed = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "archive", holidayId: holiday.id }, w.adminCookie), params: {}, context });
    expect(statusOf(removed)).toBe(302);
    expect((await prisma.publicHoliday.findUniqueOrThrow({ where: { id: holiday.id }, select: { archivedAt: true } })).archivedAt).not.toBeNull();
    expect(iso((await submissionOf(w.cycle.id)).dueDate)).toBe(iso(w.nominal));
    // Added again on that day, the archived row comes back (one row per day), renamed.
    const again = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: iso(w.nominal), name: "Renamed" }, w.adminCookie), params: {}, context });
    expect(statusOf(again)).toBe(302);
    expect(await prisma.publicHoliday.findUniqueOrThrow({ where: { id: holiday.id }, select: { name: true, archivedAt: true } })).toEqual({ name: "Renamed", archivedAt: null });
  });

  it("keeps done milestones and submitted cycles as they were", async () => {
    const w = await world();
    const submission = await submissionOf(w.cycle.id);
    await prisma.milestone.update({ where: { id: submission.id }, data: { status: "done" } });
    await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: iso(w.nominal), name: unique("Holiday") }, w.adminCookie), params: {}, context });
    expect(await submissionOf(w.cycle.id)).toEqual({ ...submission, status: "done" });
  });

  it("refuses invalid input with the typed values (400) and anyone but an administrator (403), writing nothing", async () => {
    const w = await world();
    const count = await prisma.publicHoliday.count();
    const invalid = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: "2026-02-31", name: "Nowhere day" }, w.adminCookie), params: {}, context });
    expect(statusOf(invalid)).toBe(400);
    expect(fieldErrorsOf(invalid).day).toEqual(["error.calendarDay"]);
    expect(valuesOf(invalid)).toMatchObject({ day: "2026-02-31", name: "Nowhere day" });
    const unnamed = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: iso(w.nominal), name: "" }, w.adminCookie), params: {}, context });
    expect(fieldErrorsOf(unnamed).name).toEqual(["error.required"]);
    const malformed = await holidaysAction({ request: postRequest("/reporting/holidays", { intent: "explode" }, w.adminCookie), params: {}, context });
    expect(statusOf(malformed)).toBe(400);
    expect(statusOf(await thrown(holidaysAction({ request: postRequest("/reporting/holidays", { intent: "add", day: iso(w.nominal), name: "Mine" }, w.secretaryCookie), params: {}, context })))).toBe(403);
    expect(statusOf(await thrown(holidaysAction({ request: postRequest("/reporting/holidays", { intent: "archive", holidayId: "no-such-holiday" }, w.adminCookie), params: {}, context })))).toBe(404);
    expect(await prisma.publicHoliday.count()).toBe(count);
    expect(iso((await submissionOf(w.cycle.id)).dueDate)).toBe(iso(w.nominal));
  });
});
