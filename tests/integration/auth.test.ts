import { describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { prisma } from "../../app/db.server";
import { action as loginAction } from "../../app/routes/login";
import { loader as dashboardLoader } from "../../app/routes/_index";
import { createUser, getRequest, postRequest, thrown, unique } from "../support/fixtures";

const context = {};

async function userWithPassword(password: string) {
  const user = await createUser("focal_point");
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

function refusal(result: unknown) {
  if (result && typeof result === "object" && "data" in result && "init" in result) {
    const { data, init } = result;
    if (data && typeof data === "object" && "formErrors" in data && "values" in data && init && typeof init === "object" && "status" in init) {
      return { status: init.status, formErrors: data.formErrors, values: data.values };
    }
  }
  throw new Error("not a refusal");
}

describe("signing in", () => {
  it("opens a session row behind an httpOnly SameSite=Lax cookie, audited, and goes where asked", async () => {
    const user = await userWithPassword("correct horse battery");
    const error = await thrown(
      loginAction({ request: postRequest("/login", { email: user.email.toUpperCase(), password: "correct horse battery", redirectTo: "/agencies" }), params: {}, context }),
    );
    expect(error).toBeInstanceOf(Response);
    if (!(error instanceof Response)) return;
    expect(error.headers.get("Location")).toBe("/agencies");
    const cookie = error.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const sessions = await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(sessions).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entity: "session", entityId: sessions[0]?.id, action: "sign_in" } })).toBe(1);
    // The cookie opens the dashboard.
    const page = await dashboardLoader({ request: getRequest("/", cookie.split(";")[0]), params: {}, context });
    expect(page.posts).toHaveLength(1);
  });

  it("gives the same message for a wrong password and an unknown email, keeps the email, never the password", async () => {
    const user = await userWithPassword("right-password");
    const wrong = refusal(await loginAction({ request: postRequest("/login", { email: user.email, password: "wrong" }), params: {}, context }));
    const unknown = refusal(await loginAction({ request: postRequest("/login", { email: `${unique("nobody")}@x.example`, password: "wrong" }), params: {}, context }));
    expect(wrong.status).toBe(400);
    expect(wrong.formErrors).toEqual(["auth.invalid"]);
    expect(unknown.formErrors).toEqual(wrong.formErrors);
    expect(wrong.values).toMatchObject({ email: user.email, password: "" });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a malformed email with a field error and no attempt recorded", async () => {
    const before = await prisma.signInAttempt.count();
    const result = await loginAction({ request: postRequest("/login", { email: "not-an-email", password: "x" }), params: {}, context });
    expect(result && typeof result === "object" && "data" in result && result.data).toMatchObject({ fieldErrors: { email: ["error.email"] } });
    expect(await prisma.signInAttempt.count()).toBe(before);
  });

  it("throttles after five failures for an email, even with the right password", async () => {
    const user = await userWithPassword("the-right-one");
    for (let i = 0; i < 5; i++) {
      await loginAction({ request: postRequest("/login", { email: user.email, password: `guess-${i}` }), params: {}, context });
    }
    const blocked = refusal(await loginAction({ request: postRequest("/login", { email: user.email, password: "the-right-one" }), params: {}, context }));
    expect(blocked.status).toBe(429);
    expect(blocked.formErrors).toEqual(["auth.throttled"]);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a disabled account like a wrong password", async () => {
    const user = await userWithPassword("pw-disabled");
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const result = refusal(await loginAction({ request: postRequest("/login", { email: user.email, password: "pw-disabled" }), params: {}, context }));
    expect(result.formErrors).toEqual(["auth.invalid"]);
  });

  it("ignores a redirect to another site", async () => {
    const user = await userWithPassword("pw-redirect");
    const error = await thrown(
      loginAction({ request: postRequest("/login", { email: user.email, password: "pw-redirect", redirectTo: "//evil.example/x" }), params: {}, context }),
    );
    expect(error instanceof Response && error.headers.get("Location")).toBe("/");
  });
});
