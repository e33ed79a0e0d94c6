// The reporting calendar (timeline, list, print), its iCalendar feed read back by an independent
// parser, the dashboard's reporting card and the milestone reminders through the outbox.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { produceMilestoneReminders } from "../../app/models/milestone-reminders.server";
import { loader as dashboardLoader } from "../../app/routes/_index";
import { loader as feedLoader } from "../../app/routes/feeds.$token";
import { action as calendarAction, loader as calendarLoader } from "../../app/routes/reporting.calendar";
import { loader as printLoader } from "../../app/routes/reporting.calendar_.print";
import { loader as complianceLoader } from "../../app/routes/reporting.compliance";
import { action as newAction } from "../../app/routes/reporting.new";
import { createUser, getRequest, postRequest, sessionCookie, thrown } from "../support/fixtures";
import { locationOf, payloadOf, statusOf } from "../support/form-results";
import { createInstrument, obligationFields } from "../support/reporting-fixtures";

const context = {};
const DAY = 86_400_000;

async function world(over: Record<string, string> = {}) {
  const secretary = await createUser("secretary");
  const focal = await createUser("focal_point");
  const instrument = await createInstrument();
  const secretaryCookie = await sessionCookie(secretary.id);
  const fields = obligationFields({ instrumentId: instrument.id, leadPositionId: secretary.positionId, "contributors.0.positionId": focal.positionId, ...over });
  const response = await newAction({ request: postRequest("/reporting/new", fields, secretaryCookie), params: {}, context });
  const obligationId = (locationOf(response) ?? "").split("/").at(-1) ?? "";
  const cycles = await prisma.reportingDeadline.findMany({ where: { obligationId }, orderBy: { dueDate: "asc" }, select: { id: true, dueDate: true, cycle: true } });
  return { secretary, focal, instrument, obligationId, cycles, title: fields.title ?? "", secretaryCookie, focalCookie: await sessionCookie(focal.id) };
}

describe("the reporting calendar", () => {
  it("shows the year's due dates and milestones in the timeline, the list and the print", async () => {
    const w = await world();
    const year = w.cycles[0]?.dueDate.getUTCFullYear() ?? 0;
    const page = await calendarLoader({ request: getRequest(`/reporting/calendar?year=${year}&instrument=${w.instrument.id}`, w.focalCookie), params: {}, context });
    expect(page.obligations.map((o) => o.id)).toEqual([w.obligationId]);
    const cycle = page.obligations[0]?.deadlines.find((d) => d.id === w.cycles[0]?.id);
    expect(cycle?.milestones.map((m) => m.kind)).toEqual(["data_call", "contributions", "consolidation", "clearance", "submission"]);
    const mine = await calendarLoader({ request: getRequest(`/reporting/calendar?year=${year}&mine=1&view=list`, w.focalCookie), params: {}, context });
    expect(mine.view).toBe("list");
    expect(mine.obligations.map((o) => o.id)).toContain(w.obligationId);
    const print = await printLoader({ request: getRequest(`/reporting/calendar/print?year=${year}&instrument=${w.instrument.id}`, w.focalCookie), params: {}, context });
    expect(print.obligations).toHaveLength(1);
  });

  it("hides restricted obligations of other agencies from the calendar", async () => {
    const w = await world({ confidentiality: "restricted", "contributors.0.positionId": "" });
    const year = w.cycles[0]?.dueDate.getUTCFullYear() ?? 0;
    const page = await calendarLoader({ request: getRequest(`/reporting/calendar?year=${year}&instrument=${w.instrument.id}`, w.focalCookie), params: {}, context });
    expect(page.obligations).toEqual([]);
  });

  it("serves a valid RFC 5545 feed on a token URL, with due dates and milestones the owner may see", async () => {
    const w = await world();
    const created = await calendarAction({ request: postRequest("/reporting/calendar", { intent: "createFeed" }, w.focalCookie), params: {}, context });
    const url = String(payloadOf(created).url);
    const token = url.split("/feeds/")[1] ?? "";
    const response = await feedLoader({ request: getRequest(`/feeds/${token}`), params: { token }, context });
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const due = events.find((e) => e.uid === `deadline-${w.cycles[0]?.id}@relais`);
    expect(due?.summary).toContain(w.title);
    expect(due?.startDate.isDate).toBe(true);
    expect(due?.startDate.toString()).toBe(w.cycles[0]?.dueDate.toISOString().slice(0, 10));
    expect(events.filter((e) => e.summary.includes(w.title)).length).toBeGreaterThan(2);
    // A restricted obligation of another agency never reaches this feed.
    const hidden = await world({ confidentiality: "restricted", "contributors.0.positionId": "" });
    const again = await feedLoader({ request: getRequest(`/feeds/${token}`), params: { token }, context });
    expect(await again.text()).not.toContain(hidden.title);
    expect(statusOf(await thrown(feedLoader({ request: getRequest("/feeds/not-a-real-token-at-all-xx"), params: { token: "not-a-real-token-at-all-xx" }, context })))).toBe(404);
  });
});

describe("the dashboard's reporting card and milestone reminders", () => {
  it("shows the contributor's milestones, overdue first, also to colleagues of the contributing agency", async () => {
    const w = await world();
    const contributions = await prisma.milestone.findFirstOrThrow({ where: { deadlineId: w.cycles[0]?.id, kind: "contributions" }, select: { id: true } });
    // Make it overdue by three days.
    await prisma.milestone.update({ where: { id: contributions.id }, data: { dueDate: new Date(Date.now() - 3 * DAY) } });
    const page = await dashboardLoader({ request: getRequest("/", w.focalCookie), params: {}, context });
    expect(page.reporting.rows[0]?.id).toBe(contributions.id);
    expect(page.reporting.overdue).toBe(1);
    expect(page.reporting.rows[0]?.mine).toBe(true);
    // A colleague in the same agency sees it as "my agency contributes".
    const colleague = await createUser("focal_point", { agencyId: w.focal.agencyId });
    const theirs = await dashboardLoader({ request: getRequest("/", await sessionCookie(colleague.id)), params: {}, context });
    expect(theirs.reporting.rows.map((r) => [r.id, r.mine])).toContainEqual([contributions.id, false]);
  });

  it("reminds the owner post 7 days before, once however often the timer runs", async () => {
    const w = await world();
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    const m = await prisma.milestone.findFirstOrThrow({ where: { deadlineId: w.cycles[0]?.id, kind: "contributions" }, select: { id: true } });
    await prisma.milestone.update({ where: { id: m.id }, data: { dueDate: new Date(today.getTime() + 7 * DAY) } });
    await produceMilestoneReminders(new Date());
    await produceMilestoneReminders(new Date());
    const notices = await prisma.notice.findMany({ where: { idempotencyKey: { startsWith: `milestone:${m.id}:` } }, select: { kind: true, positionId: true, idempotencyKey: true, content: true } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "milestone_reminder", positionId: w.focal.positionId });
    expect(notices[0]?.idempotencyKey.endsWith(":before-7")).toBe(true);
    expect(JSON.parse(notices[0]?.content ?? "{}")).toMatchObject({ subject: { key: "reporting.reminder.subjectBefore.contributions", values: { days: 7 } } });
  });
});

describe("the compliance overview", () => {
  it("shows each cycle of each obligation as on time, late, missing or upcoming", async () => {
    const w = await world();
    await prisma.reportingDeadline.create({
      data: { obligationId: w.obligationId, cycle: "2019", dueDate: new Date("2020-05-31T00:00:00Z"), status: "late", submittedOn: new Date("2020-06-04T00:00:00Z") },
    });
    await prisma.reportingDeadline.create({ data: { obligationId: w.obligationId, cycle: "2020", dueDate: new Date("2021-05-31T00:00:00Z"), status: "upcoming" } });
    const page = await complianceLoader({ request: getRequest(`/reporting/compliance?instrument=${w.instrument.id}`, w.secretaryCookie), params: {}, context });
    const row = page.rows.find((r) => r.id === w.obligationId);
    expect(row?.deadlines.slice(0, 2).map((d) => [d.cycle, d.compliance.status, d.compliance.daysLate])).toEqual([
      ["2019", "late", 4],
      ["2020", "missing", expect.any(Number)],
    ]);
    expect(row?.deadlines.at(-1)?.compliance.status).toBe("upcoming");
  });
});
