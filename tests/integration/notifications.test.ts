// The one outbox: enqueued inside the caller's transaction, idempotent, resolved from posts when it
// runs (so after a change of holder the new holder is told), rendered in each reader's language,
// without content a reader may not see, and delivered through a real SMTP server started here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { smtpMailer } from "../../app/models/mailer.server";
import { enqueueNotification, registerNotificationProducer } from "../../app/models/notifications.server";
import { claimDue, markHandedOver, recoverStaleClaims, runOutbox } from "../../app/models/outbox.server";
import { createAgency, unique } from "../support/fixtures";
import { startSmtpServer, type TestSmtp } from "../support/smtp";

const DAY = 86_400_000;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  smtp.refuse = () => null;
});

function mailer() {
  return smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, requireTLS: false, auth: null, from: "Relais <relais@test.example>" });
}

async function holderOf(positionId: string, options: { locale?: string; acting?: boolean; since?: Date } = {}) {
  const person = await prisma.person.create({ data: { givenName: "Holder", familyName: unique("P") }, select: { id: true } });
  const email = `${unique("holder")}@test.example`.toLowerCase();
  const user = await prisma.user.create({
    data: { email, passwordHash: "x", personId: person.id, locale: options.locale ?? "en" },
    select: { id: true, email: true },
  });
  const assignment = await prisma.assignment.create({
    data: { positionId, personId: person.id, startDate: options.since ?? new Date(Date.now() - DAY), acting: options.acting ?? false },
    select: { id: true },
  });
  return { ...user, personId: person.id, assignmentId: assignment.id };
}

async function post(functionalEmail?: string) {
  const agency = await createAgency();
  return prisma.position.create({ data: { agencyId: agency.id, title: unique("Post"), functionalEmail }, select: { id: true, title: true } });
}

function notice(to: Parameters<typeof enqueueNotification>[1]["to"], key = unique("test")) {
  return {
    kind: "action_assigned" as const,
    to,
    key,
    subject: { key: "notify.actionAssigned.subject" as const, values: { title: "Submit the ATT report" } },
    body: { key: "notify.actionAssigned.body" as const, values: { title: "Submit the ATT report", post: "Focal point", agency: "CUS", due: { date: "2027-05-31T00:00:00.000Z", timeZone: "UTC" } } },
    link: "/actions/x",
  };
}

describe("enqueueing", () => {
  it("writes nothing if the caller's transaction rolls back, and a second enqueue with the same key is a no-op", async () => {
    const p = await post();
    const key = unique("once");
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueNotification(tx, notice({ positionId: p.id }, key));
        throw new Error("the caller's write failed");
      }),
    ).rejects.toThrow("the caller's write failed");
    expect(await prisma.notice.count({ where: { idempotencyKey: key } })).toBe(0);

    const first = await prisma.$transaction((tx) => enqueueNotification(tx, notice({ positionId: p.id }, key)));
    const second = await prisma.$transaction((tx) => enqueueNotification(tx, notice({ positionId: p.id }, key)));
    expect([first, second]).toEqual([true, false]);
    expect(await prisma.notice.count({ where: { idempotencyKey: key } })).toBe(1);
  });
});

describe("resolving a notice to a post", () => {
  it("reaches whoever holds the post when the outbox runs, not who held it when it was written", async () => {
    const p = await post("customs.focal@test.example");
    const leaving = await holderOf(p.id);
    const key = unique("rotation");
    await prisma.$transaction((tx) => enqueueNotification(tx, notice({ positionId: p.id }, key)));
    // The rotation happens before the outbox runs.
    await prisma.assignment.update({ where: { id: leaving.assignmentId }, data: { endDate: new Date(Date.now() - 1000) } });
    const arriving = await holderOf(p.id, { locale: "fr", since: new Date(Date.now() - 500) });
    const acting = await holderOf(p.id, { acting: true });

    await runOutbox();
    const rows = await prisma.notification.findMany({
      where: { notice: { idempotencyKey: key } },
      orderBy: { createdAt: "asc" },
      select: { userId: true, email: true, locale: true, subject: true, body: true, status: true },
    });
    expect(rows.map((r) => r.userId ?? r.email).sort()).toEqual([arriving.id, acting.id, "customs.focal@test.example"].sort());
    expect(rows.some((r) => r.userId === leaving.id)).toBe(false);
    const french = rows.find((r) => r.userId === arriving.id);
    expect(french?.subject).toBe("Action confiée à votre poste\u00a0: Submit the ATT report");
    expect(french?.body).toContain("31 mai 2027");
    // The mailbox's language is unknown: both.
    const mailbox = rows.find((r) => r.email === "customs.focal@test.example");
    expect(mailbox).toMatchObject({ userId: null, locale: "en,fr", status: "pending" });
    expect(mailbox?.subject).toContain("Action assigned to your post");
    expect(mailbox?.subject).toContain("Action confiée à votre poste");

    // A second run resolves nothing again.
    await runOutbox();
    expect(await prisma.notification.count({ where: { notice: { idempotencyKey: key } } })).toBe(3);
  });

  it("respects a user's choice: in the app only when they turned the kind off by email", async () => {
    const p = await post();
    const h = await holderOf(p.id);
    await prisma.notificationPreference.create({ data: { userId: h.id, kind: "action_assigned", email: false } });
    const key = unique("prefs");
    await prisma.$transaction((tx) => enqueueNotification(tx, notice({ positionId: p.id }, key)));
    await runOutbox();
    const row = await prisma.notification.findFirstOrThrow({ where: { notice: { idempotencyKey: key } }, select: { userId: true, email: true, status: true } });
    expect(row).toEqual({ userId: h.id, email: null, status: "in_app" });
  });

  it("sends a content-free note to whoever may not see a confidential record", async () => {
    const p = await post("mailbox.conf@test.example");
    const h = await holderOf(p.id);
    const key = unique("confidential");
    await prisma.$transaction((tx) =>
      enqueueNotification(tx, {
        ...notice({ positionId: p.id }, key),
        about: { entity: "action", record: { id: "secret-action", confidentiality: "confidential", committeeId: null, agencyId: null } },
      }),
    );
    await runOutbox();
    const rows = await prisma.notification.findMany({ where: { notice: { idempotencyKey: key } }, select: { userId: true, subject: true, body: true } });
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.subject).not.toContain("Submit the ATT report");
      expect(r.body).not.toContain("Submit the ATT report");
    }
    // Named on the record: the holder then reads it.
    await prisma.accessGrant.create({ data: { entity: "action", entityId: "secret-action", personId: h.personId } });
    const key2 = unique("confidential-granted");
    await prisma.$transaction((tx) =>
      enqueueNotification(tx, {
        ...notice({ userId: h.id }, key2),
        about: { entity: "action", record: { id: "secret-action", confidentiality: "confidential", committeeId: null, agencyId: null } },
      }),
    );
    await runOutbox();
    const granted = await prisma.notification.findFirstOrThrow({ where: { notice: { idempotencyKey: key2 } }, select: { subject: true } });
    expect(granted.subject).toContain("Submit the ATT report");
  });

  it("runs registered producers on every tick; their keys make a second tick produce nothing", async () => {
    const address = `${unique("producer")}@test.example`.toLowerCase();
    registerNotificationProducer(`test-${address}`, async (now) => {
      const created = await prisma.$transaction((tx) => enqueueNotification(tx, notice({ email: address, locale: "en" }, `producer:${address}:${now.toISOString().slice(0, 10)}`)));
      return created ? 1 : 0;
    });
    const first = await runOutbox();
    const second = await runOutbox();
    expect(first.produced).toBeGreaterThanOrEqual(1);
    expect(await prisma.notification.count({ where: { email: address } })).toBe(1);
    expect(second.resolved).toBe(0);
  });
});

describe("delivering through SMTP", () => {
  async function queuedEmail() {
    const address = `${unique("to")}@test.example`.toLowerCase();
    await prisma.$transaction((tx) => enqueueNotification(tx, notice({ email: address, name: "Delegation of Lindora", locale: "en" })));
    return address;
  }

  it("with no mail server configured, emails stay pending in the outbox", async () => {
    const address = await queuedEmail();
    await runOutbox({ mailer: null });
    const row = await prisma.notification.findFirstOrThrow({ where: { email: address }, select: { status: true, attempts: true } });
    expect(row).toEqual({ status: "pending", attempts: 0 });
  });

  it("sends once: a second run sends nothing twice", async () => {
    const address = await queuedEmail();
    const m = mailer();
    await runOutbox({ mailer: m });
    await runOutbox({ mailer: m });
    m.close();
    const got = smtp.to(address);
    expect(got).toHaveLength(1);
    expect(got[0]?.mail.subject).toBe("Action assigned to your post: Submit the ATT report");
    expect(got[0]?.mail.text).toContain("31 May 2027");
    expect(got[0]?.mail.text).toContain("/actions/x");
    const row = await prisma.notification.findFirstOrThrow({ where: { email: address }, select: { status: true, attempts: true, sentAt: true } });
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(1);
    expect(row.sentAt).not.toBeNull();
  });

  it("a crash after claiming, before the hand-over: the claim expires and the message is sent once", async () => {
    const address = await queuedEmail();
    await runOutbox({ mailer: null });
    const { rows } = await claimDue(new Date());
    expect(rows.some((r) => r.email === address)).toBe(true);
    // The process dies here. Meanwhile another run finds the rows claimed and leaves them alone.
    const m = mailer();
    await runOutbox({ mailer: m });
    expect(smtp.to(address)).toHaveLength(0);
    // After the lease, the claim was never handed to SMTP: back in the queue, sent once.
    await runOutbox({ mailer: m, now: new Date(Date.now() + 11 * 60_000) });
    await runOutbox({ mailer: m, now: new Date(Date.now() + 12 * 60_000) });
    m.close();
    expect(smtp.to(address)).toHaveLength(1);
  });

  it("a crash after the hand-over, before recording it: never sent again automatically (uncertain)", async () => {
    const address = await queuedEmail();
    await runOutbox({ mailer: null });
    const now = new Date();
    const { token, rows } = await claimDue(now);
    const row = rows.find((r) => r.email === address);
    if (!token || !row) throw new Error("the row was not claimed");
    expect(await markHandedOver(row.id, token, now)).toBe(true);
    const m = mailer();
    await m.send(row);
    // The process dies before markSent.
    expect(await recoverStaleClaims(new Date(Date.now() + 11 * 60_000))).toBeGreaterThanOrEqual(1);
    await runOutbox({ mailer: m, now: new Date(Date.now() + 12 * 60_000) });
    m.close();
    expect(smtp.to(address)).toHaveLength(1);
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } })).toEqual({ status: "uncertain" });
  });

  it("a temporary refusal is retried with back-off and shown with its error; a permanent one fails", async () => {
    const address = await queuedEmail();
    const permanent = await queuedEmail();
    smtp.refuse = (rcpt) =>
      rcpt === address ? { code: 451, message: "Mailbox busy, try later" } : rcpt === permanent ? { code: 550, message: "No such user" } : null;
    const m = mailer();
    const start = new Date();
    await runOutbox({ mailer: m, now: start });
    const failed = await prisma.notification.findFirstOrThrow({ where: { email: address }, select: { status: true, attempts: true, error: true, nextAttemptAt: true } });
    expect(failed.status).toBe("pending");
    expect(failed.attempts).toBe(1);
    expect(failed.error).toContain("Mailbox busy");
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(start.getTime() + 60_000);
    expect(await prisma.notification.findFirstOrThrow({ where: { email: permanent }, select: { status: true } })).toEqual({ status: "failed" });

    // Too early: not tried again.
    await runOutbox({ mailer: m, now: new Date(start.getTime() + 30_000) });
    expect((await prisma.notification.findFirstOrThrow({ where: { email: address }, select: { attempts: true } })).attempts).toBe(1);
    // The server recovers; the next attempt after the back-off delivers it.
    smtp.refuse = () => null;
    await runOutbox({ mailer: m, now: new Date(start.getTime() + 2 * 60_000) });
    m.close();
    expect(smtp.to(address)).toHaveLength(1);
    expect(await prisma.notification.findFirstOrThrow({ where: { email: address }, select: { status: true, attempts: true } })).toEqual({ status: "sent", attempts: 2 });
  });
});
