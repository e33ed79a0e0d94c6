// Issue 8 §1: every bad rule from the probe gets a field error quickly, on both forms that take a
// rule, and nothing is written.
import { describe, expect, it } from "vitest";
import { cpuClock } from "../support/cpu-time";
import { prisma } from "../../app/db.server";
import { action as editCommitteeAction } from "../../app/routes/committees.$committeeId.edit";
import { action as newMeetingAction } from "../../app/routes/meetings.new";
import { auditCount, createUser, postRequest, sessionCookie } from "../support/fixtures";
import { fieldErrorsOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";

const context = {};

const BAD_RULES: [string, string][] = [
  ["FREQ=DAILY;INTERVAL=-3", "rule.error.interval"],
  ["FREQ=WEEKLY;INTERVAL=-1", "rule.error.interval"],
  ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "rule.error.never"],
  ["FREQ=DAILY;COUNT=-1", "rule.error.count"],
  ["FREQ=DAILY;COUNT=0", "rule.error.count"],
  ["FREQ=DAILY;INTERVAL=0", "rule.error.interval"],
  ["FREQ=DAILY;UNTIL=99999999T000000Z", "rule.error.until"],
  ["FREQ=MONTHLY;BYMONTHDAY=32", "rule.error.bymonthday"],
  ["FREQ=DAILY;BYHOUR=25", "rule.error.byhour"],
  ["FREQ=WEEKLY;WKST=XX", "rule.error.wkst"],
  ["FREQ=YEARLY;INTERVAL=100000000", "rule.error.interval"],
];

describe("recurrence rules from the hardening probe", () => {
  it.each(BAD_RULES)("refuses %s as a custom series rule on /meetings/new with %s, in well under a second", async (rule, error) => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const [meetings, series, audits] = await Promise.all([prisma.meeting.count(), prisma.meetingSeries.count(), prisma.auditEvent.count()]);
    const fields = meetingForm(committee.id, { repeat: "series", pattern: "custom", customRule: rule, endKind: "count", count: "6", interval: "1", untilDate: "" });
    const cpu = cpuClock();
    const result = await newMeetingAction({ request: postRequest("/meetings/new", fields, cookie), params: {}, context });
    expect(cpu.elapsedMs()).toBeLessThan(1000);
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).customRule).toEqual([error]);
    expect(valuesOf(result).customRule).toBe(rule);
    expect([await prisma.meeting.count(), await prisma.meetingSeries.count(), await prisma.auditEvent.count()]).toEqual([meetings, series, audits]);
  });

  it.each(BAD_RULES)("refuses %s as a committee's cadence rule with %s, in well under a second", async (rule, error) => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    const stored = await prisma.committee.findUniqueOrThrow({
      where: { id: committee.id },
      select: { name: true, kind: true, defaultTimeZone: true, confidentiality: true, cadenceRule: true },
    });
    const audits = await auditCount("committee", committee.id);
    const fields = { name: stored.name, kind: stored.kind, defaultTimeZone: stored.defaultTimeZone, confidentiality: stored.confidentiality, cadenceRule: rule };
    const cpu = cpuClock();
    const result = await editCommitteeAction({ request: postRequest(`/committees/${committee.id}/edit`, fields, cookie), params: { committeeId: committee.id }, context });
    expect(cpu.elapsedMs()).toBeLessThan(1000);
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).cadenceRule).toEqual([error]);
    expect((await prisma.committee.findUniqueOrThrow({ where: { id: committee.id }, select: { cadenceRule: true } })).cadenceRule).toBe(stored.cadenceRule);
    expect(await auditCount("committee", committee.id)).toBe(audits);
  });
});
