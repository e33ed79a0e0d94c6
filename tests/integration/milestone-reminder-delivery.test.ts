// A milestone reminder is enqueued by the write that plans the milestone (no waiting for the hourly
// producer), follows its owner post to the next holder, reaches them through a real SMTP server in
// their language, and is never sent twice when the producer catches up afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { smtpMailer } from "../../app/models/mailer.server";
import { produceMilestoneReminders } from "../../app/models/milestone-reminders.server";
import { runOutbox } from "../../app/models/outbox.server";
import { action as newAction } from "../../app/routes/reporting.new";
import { createUser, postRequest, sessionCookie, unique } from "../support/fixtures";
import { locationOf } from "../support/form-results";
import { createInstrument, obligationFields } from "../support/reporting-fixtures";
import { startSmtpServer, type TestSmtp } from "../support/smtp";

const DAY = 86_400_000;
const context = {};
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

function mailer() {
  return smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, requireTLS: false, auth: null, from: "Relais <relais@test.example>" });
}

const utcToday = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
};

describe("a milestone reminder", () => {
  it("is enqueued with the obligation, follows the post to its next holder and reaches them in French, once", async () => {
    const secretary = await createUser("secretary");
    const focal = await createUser("focal_point");
    const instrument = await createInstrument();
    // Due in fourteen days, contributions seven days before (the 7-day reminder point is today), exact days.
    const due = new Date(utcToday().getTime() + 14 * DAY);
    const title = unique("UN Register return");
    const fields = obligationFields({
      instrumentId: instrument.id,
      leadPositionId: secretary.positionId,
      title,
      ruleMonth: String(due.getUTCMonth() + 1),
      ruleDay: String(due.getUTCDate()),
      offsetDataCall: "10",
      offsetContributions: "7",
      offsetConsolidation: "5",
      offsetClearance: "3",
      offsetSubmission: "1",
      skipNonWorkingDays: "no",
      "contributors.0.positionId": focal.positionId,
    });
    const response = await newAction({ request: postRequest("/reporting/new", fields, await sessionCookie(secretary.id)), params: {}, context });
    const obligationId = (locationOf(response) ?? "").split("/").at(-1) ?? "";
    const contributions = await prisma.milestone.findFirstOrThrow({
      where: { kind: "contributions", deadline: { obligationId, dueDate: due } },
      select: { id: true, dueDate: true },
    });
    expect(contributions.dueDate.getTime()).toBe(utcToday().getTime() + 7 * DAY);

    // Written by the create itself: no producer has run.
    const notice = await prisma.notice.findFirstOrThrow({
      where: { idempotencyKey: { startsWith: `milestone:${contributions.id}:` } },
      select: { positionId: true, idempotencyKey: true, status: true },
    });
    expect(notice).toMatchObject({ positionId: focal.positionId, status: "queued" });
    expect(notice.idempotencyKey.endsWith(":before-7")).toBe(true);

    // The customs focal point rotates out before the outbox runs; a French-speaking successor arrives.
    await prisma.assignment.updateMany({ where: { positionId: focal.positionId, endDate: null }, data: { endDate: new Date(Date.now() - 1000) } });
    const person = await prisma.person.create({ data: { givenName: "Amélie", familyName: unique("Dubois") }, select: { id: true } });
    const successor = await prisma.user.create({
      data: { email: `${unique("successor")}@test.example`.toLowerCase(), passwordHash: "x", personId: person.id, locale: "fr", timeZone: "Europe/Paris" },
      select: { id: true, email: true },
    });
    await prisma.assignment.create({ data: { positionId: focal.positionId, personId: person.id, startDate: new Date(Date.now() - 500) } });

    const m = mailer();
    await runOutbox({ mailer: m });
    await runOutbox({ mailer: m });
    const got = smtp.to(successor.email);
    expect(got).toHaveLength(1);
    expect(got[0]?.mail.subject).toBe(`Rappel : Remise des contributions pour ${title} (${due.getUTCFullYear() - 1}) dans 7 jours`);
    // Dates in French ("15 déc. 2026"): the milestone's and the report's due dates.
    const french = (d: Date) => new Intl.DateTimeFormat("fr", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(d);
    expect(got[0]?.mail.text).toContain(`échéance le ${french(contributions.dueDate)}`);
    expect(got[0]?.mail.text).toContain(`dû au secrétariat le ${french(due)}`);
    expect(got[0]?.mail.text).toContain(`/reporting/cycles/`);
    expect(smtp.to(focal.email)).toHaveLength(0);

    // The hourly producer catching up afterwards sends nothing twice.
    await produceMilestoneReminders(new Date());
    await runOutbox({ mailer: m });
    m.close();
    expect(smtp.to(successor.email)).toHaveLength(1);
    expect(await prisma.notice.count({ where: { idempotencyKey: { startsWith: `milestone:${contributions.id}:` } } })).toBe(1);
  });
});
