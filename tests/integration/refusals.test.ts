// Issue 8 §2, §3, §7: what readForm refuses before any action code runs, on representative actions
// (a page action, a resource route, an action behind a permission), and the two parse-once exploits
// from the issue. Each refusal is a 4xx with its reason, and the database is left exactly as it was.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as createAgencyAction } from "../../app/routes/agencies.new";
import { action as languageAction } from "../../app/routes/language";
import { action as logoutAction } from "../../app/routes/logout";
import { action as newMeetingAction } from "../../app/routes/meetings.new";
import { action as positionAction } from "../../app/routes/positions.$positionId._index";
import { action as matrixAction } from "../../app/routes/responsibilities.matrix";
import { action as responsibilityAction } from "../../app/routes/responsibilities.$responsibilityId._index";
import { fieldErrorsOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";
import { createAgency, createUser, postRequest, sessionCookie, unique } from "../support/fixtures";

const context = {};

/** Every row change this connection has made since it opened: unchanged means nothing was written. */
async function totalChanges(): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT total_changes() AS n");
  return Number(row?.n ?? 0);
}

function rawPost(path: string, body: BodyInit | null, headers: Record<string, string>) {
  return new Request(`http://localhost${path}`, { method: "POST", headers, body });
}

/** The response an action threw or returned, and its refusal reason when it is one. */
async function answer(run: () => Promise<unknown>): Promise<{ status: number | undefined; refusal: string | undefined }> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    value = error;
  }
  const status = statusOf(value);
  let refusal: string | undefined;
  if (value instanceof Response) {
    const body = (await value.clone().json().catch(() => null)) as { refusal?: string } | null;
    refusal = body?.refusal;
  }
  return { status, refusal };
}

type Action = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;

async function expectRefused(action: Action, request: () => Request, params: Record<string, string>, status: number, reason: string) {
  const before = await totalChanges();
  let value: unknown;
  try {
    value = await action({ request: request(), params, context });
  } catch (error) {
    value = error;
  }
  expect(statusOf(value), `expected ${status} ${reason}`).toBe(status);
  expect(value).toBeInstanceOf(Response);
  if (value instanceof Response) expect(await value.json()).toEqual({ refusal: reason });
  expect(await totalChanges()).toBe(before);
}

describe("bodies that are not a well-formed form (415, 400), on every kind of action", async () => {
  const secretary = await createUser("secretary");
  const cookie = await sessionCookie(secretary.id);
  const targets: { name: string; action: Action; path: string; params: Record<string, string> }[] = [
    { name: "a page action (new agency)", action: createAgencyAction as Action, path: "/agencies/new", params: {} },
    { name: "a resource route (/language)", action: languageAction as Action, path: "/language", params: {} },
    { name: "a resource route (/logout)", action: logoutAction as Action, path: "/logout", params: {} },
    { name: "an action behind a permission (a post's page)", action: positionAction as Action, path: `/positions/${secretary.positionId}`, params: { positionId: secretary.positionId } },
  ];

  for (const target of targets) {
    it(`${target.name}: JSON, text/plain and no Content-Type get 415`, async () => {
      await expectRefused(target.action, () => rawPost(target.path, JSON.stringify({ name: "x" }), { "Content-Type": "application/json", Cookie: cookie }), target.params, 415, "notAForm");
      await expectRefused(target.action, () => rawPost(target.path, "name=x", { "Content-Type": "text/plain", Cookie: cookie }), target.params, 415, "notAForm");
      // A byte body gets no Content-Type of its own.
      await expectRefused(target.action, () => rawPost(target.path, new TextEncoder().encode("name=x"), { Cookie: cookie }), target.params, 415, "notAForm");
    });

    it(`${target.name}: a broken multipart body, a NUL byte and a repeated field get 400`, async () => {
      await expectRefused(
        target.action,
        () => rawPost(target.path, "--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nunterminated", { "Content-Type": "multipart/form-data; boundary=xyz", Cookie: cookie }),
        target.params,
        400,
        "brokenBody",
      );
      await expectRefused(target.action, () => rawPost(target.path, "name=a%00b&locale=fr", { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie }), target.params, 400, "nulByte");
      await expectRefused(target.action, () => rawPost(target.path, "redirectTo=%2F%00%2Fevil.example", { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie }), target.params, 400, "nulByte");
      await expectRefused(target.action, () => rawPost(target.path, "locale=fr&locale=en&name=a&name=b", { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie }), target.params, 400, "repeatedField");
      const multipart = new FormData();
      multipart.append("name", "a");
      multipart.append("name", "b");
      await expectRefused(target.action, () => rawPost(target.path, multipart, { Cookie: cookie }), target.params, 400, "repeatedField");
    });
  }

  it("a file where no file is expected gets 400", async () => {
    const form = new FormData();
    form.append("name", new Blob(["hello"]), "a.txt");
    await expectRefused(createAgencyAction as Action, () => rawPost("/agencies/new", form, { Cookie: cookie }), {}, 400, "unexpectedFile");
  });
});

describe("cross-site posts (403) on pages and resource routes", async () => {
  const secretary = await createUser("secretary");
  const cookie = await sessionCookie(secretary.id);
  const form = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie };

  it("refuses another site's Origin, a null Origin, a cross-site Sec-Fetch-Site and a foreign Referer; nothing is written", async () => {
    const name = unique("Forged agency");
    const forged: Record<string, string>[] = [
      { Origin: "http://evil.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
      { Referer: "http://evil.example/page" },
    ];
    for (const headers of forged) {
      await expectRefused(createAgencyAction as Action, () => rawPost("/agencies/new", `name=${encodeURIComponent(name)}&kind=agency`, { ...form, ...headers }), {}, 403, "crossSite");
      await expectRefused(languageAction as Action, () => rawPost("/language", "locale=fr&redirectTo=%2F", { ...form, ...headers }), {}, 403, "crossSite");
      await expectRefused(logoutAction as Action, () => rawPost("/logout", "", { ...form, ...headers }), {}, 403, "crossSite");
      await expectRefused(positionAction as Action, () => rawPost(`/positions/${secretary.positionId}`, "intent=archive", { ...form, ...headers }), { positionId: secretary.positionId }, 403, "crossSite");
    }
    expect(await prisma.agency.count({ where: { name } })).toBe(0);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: secretary.id }, select: { locale: true } });
    expect(user.locale).toBe("en");
    expect(await prisma.session.count({ where: { userId: secretary.id, expiresAt: { gt: new Date() } } })).toBeGreaterThan(0);
    expect((await prisma.position.findUniqueOrThrow({ where: { id: secretary.positionId }, select: { archivedAt: true } })).archivedAt).toBeNull();
  });

  it("lets the same post through from this site's own pages", async () => {
    const response = await languageAction({ request: rawPost("/language", "locale=fr&redirectTo=%2F", { ...form, Origin: "http://localhost", "Sec-Fetch-Site": "same-origin" }), params: {}, context });
    expect(statusOf(response)).toBe(302);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: secretary.id }, select: { locale: true } });
    expect(user.locale).toBe("fr");
  });
});

describe("the parse-once exploits of issue 8 §3", () => {
  it("a post's page: intent=end then intent=archive from a focal point is refused; the post is not archived", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const tenure = await prisma.assignment.findFirstOrThrow({ where: { positionId: focal.positionId }, select: { id: true } });
    const params = { positionId: focal.positionId };
    // Sent alone, archive is refused to a focal point…
    const alone = await answer(() => positionAction({ request: postRequest(`/positions/${focal.positionId}`, { intent: "archive" }, cookie), params, context }));
    expect(alone.status).toBe(403);
    // …and hiding it behind an allowed intent is refused before any permission is decided.
    const before = await totalChanges();
    const body = new URLSearchParams([
      ["intent", "end"],
      ["assignmentId", tenure.id],
      ["endDate", new Date().toISOString().slice(0, 10)],
      ["intent", "archive"],
    ]);
    const both = await answer(() =>
      positionAction({ request: rawPost(`/positions/${focal.positionId}`, body.toString(), { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie }), params, context }),
    );
    expect(both).toEqual({ status: 400, refusal: "repeatedField" });
    expect(await totalChanges()).toBe(before);
    const post = await prisma.position.findUniqueOrThrow({ where: { id: focal.positionId }, select: { archivedAt: true } });
    expect(post.archivedAt).toBeNull();
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: tenure.id }, select: { endDate: true } })).endDate).toBeNull();
  });

  it("a RACI change with agencyId given twice (own agency, then another) creates no role for either", async () => {
    const focal = await createUser("focal_point");
    const defence = await createAgency({ name: unique("Ministry of Defence") });
    const cookie = await sessionCookie(focal.id);
    const responsibility = await prisma.responsibility.create({ data: { title: unique("Keep the national control list") }, select: { id: true } });
    const body = new URLSearchParams([
      ["intent", "addRole"],
      ["responsibilityId", responsibility.id],
      ["agencyId", focal.agencyId],
      ["role", "A"],
      ["positionId", ""],
      ["agencyId", defence.id],
    ]).toString();
    const headers = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie };
    for (const [action, path, params] of [
      [matrixAction as Action, "/responsibilities/matrix", {}],
      [responsibilityAction as Action, `/responsibilities/${responsibility.id}`, { responsibilityId: responsibility.id }],
    ] as const) {
      const before = await totalChanges();
      expect(await answer(() => action({ request: rawPost(path, body, headers), params, context }))).toEqual({ status: 400, refusal: "repeatedField" });
      expect(await totalChanges()).toBe(before);
      // The other agency alone: refused on the parsed agencyId.
      const alone = await answer(() =>
        action({ request: postRequest(path, { intent: "addRole", responsibilityId: responsibility.id, agencyId: defence.id, role: "A", positionId: "" }, cookie), params, context }),
      );
      expect(alone.status).toBe(403);
    }
    expect(await prisma.responsibilityAssignment.count({ where: { responsibilityId: responsibility.id } })).toBe(0);
  });
});

describe("dates out of 1945–2100 (issue 8 §2)", () => {
  it("a new meeting in the year 0000 or 2101 gets a field error, the typed date kept, nothing written", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee } = await committeeWithMembers();
    for (const date of ["0000-03-04", "2101-03-04"]) {
      const before = await totalChanges();
      const response = await newMeetingAction({ request: postRequest("/meetings/new", meetingForm(committee.id, { date }), cookie), params: {}, context });
      expect(statusOf(response)).toBe(400);
      expect(fieldErrorsOf(response).date).toEqual(["date.error.range"]);
      expect(valuesOf(response).date).toBe(date);
      expect(await totalChanges()).toBe(before);
    }
    expect(await prisma.meeting.count({ where: { committeeId: committee.id } })).toBe(0);
  });
});

describe("a body larger than any form sends (413), read no further", async () => {
  const secretary = await createUser("secretary");
  const cookie = await sessionCookie(secretary.id);
  const form = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie };
  const huge = `name=${"x".repeat(1024 * 1024 + 10)}&kind=agency`;

  it("refuses by its Content-Length and as it streams in without one; nothing is written", async () => {
    await expectRefused(createAgencyAction as Action, () => rawPost("/agencies/new", huge, { ...form, "Content-Length": String(huge.length) }), {}, 413, "tooLarge");
    let pulled = 0;
    const stream = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          // An endless body: the refusal must come from the limit, not from its end.
          pulled++;
          controller.enqueue(new TextEncoder().encode("x".repeat(64 * 1024)));
        },
      });
    await expectRefused(
      createAgencyAction as Action,
      () => new Request("http://localhost/agencies/new", { method: "POST", headers: form, body: stream(), duplex: "half" } as RequestInit),
      {},
      413,
      "tooLarge",
    );
    expect(pulled).toBeLessThan(40);
  });

  it("a large form under the limit is read and answered with its field errors", async () => {
    const long = `name=${"x".repeat(900 * 1024)}&kind=agency`;
    const value = await createAgencyAction({ request: rawPost("/agencies/new", long, form), params: {}, context });
    expect(statusOf(value)).toBe(400);
    expect(fieldErrorsOf(value).name).toEqual(["error.tooLong"]);
  });
});
