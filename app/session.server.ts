import { createCookieSessionStorage, redirect } from "@remix-run/node";

// The cookie holds only the session row id (and one-shot flash messages); the row holds the truth,
// so signing out or disabling a user ends the session everywhere.
export const SESSION_COOKIE = "__relais_session";
export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 14;

function sessionSecret(): string {
  const secret = process.env.SESSION_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production" && process.env.RELAIS_ALLOW_DEV_SECRET !== "1") {
    // Serving locally with `npm run serve` sets RELAIS_ALLOW_DEV_SECRET; a real deployment must set one.
    throw new Error("SESSION_SECRET must be set in production");
  }
  return "relais-development-secret-not-for-production";
}

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: SESSION_COOKIE,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.RELAIS_INSECURE_COOKIES !== "1",
    secrets: [sessionSecret()],
    maxAge: SESSION_TTL_MS / 1000,
  },
});

export async function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get("Cookie"));
}

export type FlashMessage = { kind: "success" | "error"; key: string };

/** Redirect after a successful write, with a one-shot message shown on the next page. */
export async function redirectWithFlash(request: Request, to: string, flash: FlashMessage) {
  const session = await getSession(request);
  session.flash("flash", flash);
  return redirect(to, { headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
}
