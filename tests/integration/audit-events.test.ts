// What the audit trail records beyond writes: failed sign-ins (never the password; the client
// address), refusals (403, once per request, from the one hook server.js calls), and every export.
import { describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { prisma } from "../../app/db.server";
import { auditRefusal, refusedPath } from "../../app/models/refusal-audit.server";
import { loader as actionsCsvLoader } from "../../app/routes/actions[.]csv";
import { loader as icsLoader } from "../../app/routes/meetings.$meetingId.ics";
import { loader as matrixCsvLoader } from "../../app/routes/responsibilities.matrix[.]csv";
import { action as loginAction } from "../../app/routes/login";
import { createUser, getRequest, postRequest, sessionCookie, unique } from "../support/fixtures";
import { statusOf } from "../support/form-results";

const socket = { remoteAddress: "203.0.113.9" };

async function failedSignIns(email: string) {
  return prisma.auditEvent.findMany({
    where: { entity: "signIn", entityId: email.toLowerCase(), action: "sign_in_failed" },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { actorId: true, before: true, after: true },
  });
}

describe("failed sign-ins", () => {
  it("are audited with the address typed, the client address and why, never the password", async () => {
    const user = await createUser("viewer");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("the right one") } });
    const password = unique("Wrong-Password");
    const result = await loginAction({ request: postRequest("/login", { email: user.email.toUpperCase(), password }), params: {}, context: socket });
    expect(statusOf(result)).toBe(400);
    const [event] = await failedSignIns(user.email);
    expect(event?.actorId).toBeNull();
    expect(JSON.parse(event?.after ?? "{}")).toEqual({ email: user.email.toLowerCase(), address: "203.0.113.9", reason: "wrong_password" });
    const everything = JSON.stringify(await prisma.auditEvent.findMany({ select: { entityId: true, before: true, after: true } }));
    expect(everything).not.toContain(password);

    const stranger = `${unique("nobody")}@test.example`;
    await loginAction({ request: postRequest("/login", { email: stranger, password: "whatever it is" }), params: {}, context: socket });
    expect(JSON.parse((await failedSignIns(stranger))[0]?.after ?? "{}")).toMatchObject({ reason: "unknown_account" });

    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await loginAction({ request: postRequest("/login", { email: user.email, password: "the right one" }), params: {}, context: socket });
    expect(JSON.parse((await failedSignIns(user.email)).at(-1)?.after ?? "{}")).toMatchObject({ reason: "disabled" });
  });

  it("are audited when the throttle refuses them too", async () => {
    const email = `${unique("hammered")}@test.example`;
    const address = { remoteAddress: `198.51.100.${Math.floor(Math.random() * 200) + 1}` };
    let status: number | undefined;
    for (let i = 0; i < 12 && status !== 429; i++) {
      status = statusOf(await loginAction({ request: postRequest("/login", { email, password: `guess ${i}` }), params: {}, context: address }));
    }
    expect(status).toBe(429);
    expect(JSON.parse((await failedSignIns(email)).at(-1)?.after ?? "{}")).toMatchObject({ reason: "throttled", address: address.remoteAddress });
  });
});

describe("refusals (403)", () => {
  it("records who was refused what, once per request", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const path = `/admin/audit?entity=decision&n=${unique("n")}`;
    const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
    await auditRefusal(request, socket);
    await auditRefusal(request, socket);
    const events = await prisma.auditEvent.findMany({ where: { entity: "request", entityId: path }, select: { actorId: true, action: true, after: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: viewer.id, action: "forbidden" });
    expect(JSON.parse(events[0]?.after ?? "{}")).toEqual({ method: "GET", path, address: "203.0.113.9" });

    // Signed out: no actor.
    const anonymous = `/admin/users/${unique("u")}`;
    await auditRefusal(new Request(`http://localhost${anonymous}`, { method: "POST" }), socket);
    expect(await prisma.auditEvent.findFirst({ where: { entity: "request", entityId: anonymous }, select: { actorId: true } })).toEqual({ actorId: null });
  });

  it("names the page of a single-fetch data request", () => {
    expect(refusedPath(new URL("http://localhost/admin/audit.data?entity=user&_routes=routes%2Fadmin.audit._index"))).toBe("/admin/audit?entity=user");
    expect(refusedPath(new URL("http://localhost/_root.data"))).toBe("/");
  });
});

describe("exports", () => {
  async function exportsBy(actorId: string, what: string) {
    return prisma.auditEvent.findMany({ where: { entity: "export", entityId: what, actorId }, select: { action: true, after: true } });
  }

  it("record one event per CSV or iCalendar request, with its filters", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const csv = await actionsCsvLoader({ request: getRequest("/actions.csv?status=all&agency=x1", cookie), params: {}, context: {} });
    expect(statusOf(csv)).toBe(200);
    const actions = await exportsBy(secretary.id, "actions.csv");
    expect(actions).toHaveLength(1);
    expect(actions[0]?.action).toBe("export");
    expect(JSON.parse(JSON.parse(actions[0]?.after ?? "{}").filters)).toEqual({ status: "all", agency: "x1" });

    const matrix = await matrixCsvLoader({ request: getRequest("/responsibilities/matrix.csv", cookie), params: {}, context: {} });
    expect(statusOf(matrix)).toBe(200);
    expect(await exportsBy(secretary.id, "responsibilities.matrix.csv")).toHaveLength(1);

    const committee = await prisma.committee.create({ data: { name: unique("Committee"), kind: "standing" }, select: { id: true } });
    const meeting = await prisma.meeting.create({
      data: { committeeId: committee.id, title: "Plenary", startsAt: new Date("2031-02-01T09:00:00Z"), endsAt: new Date("2031-02-01T11:00:00Z"), timeZone: "UTC" },
      select: { id: true },
    });
    const ics = await icsLoader({ request: getRequest(`/meetings/${meeting.id}/ics`, cookie), params: { meetingId: meeting.id }, context: {} });
    expect(statusOf(ics)).toBe(200);
    const icsEvents = await exportsBy(secretary.id, "meeting.ics");
    expect(icsEvents).toHaveLength(1);
    expect(JSON.parse(JSON.parse(icsEvents[0]?.after ?? "{}").filters)).toEqual({ meeting: meeting.id });
  });
});
