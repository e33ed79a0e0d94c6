// The one cross-site check for every request that is not a GET (issue 8 §7). Browsers send an
// Origin header with every POST (and Sec-Fetch-Site with most); a post whose origin is not this
// server's host is refused with 403 before any action runs. A request with neither header comes
// from no browser (curl, a script): it carries no one else's cookies, so it is not a forgery.
//
// It runs twice with the same rule: in server.js, before Remix (whose own check answers a bare 500
// on pages and skips resource routes), and in readForm, so an action is never reached from another
// site whatever server runs the app.
import { refusal } from "./refusal.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type HeaderReader = (name: string) => string | null | undefined;

/** Proxy hops to trust (TRUST_PROXY), 0 when unset: forwarded headers are believed only then. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUST_PROXY ?? "0");
  return Number.isInteger(hops) && hops > 0 && hops < 10 ? hops : 0;
}

function hostOf(value: string): string | null {
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return null;
  }
}

/** True when a request that may change data comes from another site than this server's. */
export function isCrossSite(method: string, header: HeaderReader, fallbackHost: string | null, hops = trustedProxyHops()): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const forwardedHost = hops > 0 ? header("X-Forwarded-Host")?.split(",")[0]?.trim() : undefined;
  const ownHost = (forwardedHost || header("Host") || fallbackHost || "").toLowerCase();
  const origin = header("Origin");
  if (origin !== null && origin !== undefined) {
    // "null" is what a sandboxed frame, a data: page or a cross-origin redirect sends.
    return origin === "null" || hostOf(origin) !== ownHost;
  }
  const site = header("Sec-Fetch-Site");
  if (site) return site !== "same-origin" && site !== "none";
  const referer = header("Referer");
  if (referer) return hostOf(referer) !== ownHost;
  return false;
}

export function isCrossSiteRequest(request: Request): boolean {
  return isCrossSite(request.method, (name) => request.headers.get(name), new URL(request.url).host);
}

/** Throws the 403 refusal for a cross-site request. */
export function refuseCrossSite(request: Request): void {
  if (isCrossSiteRequest(request)) throw refusal(403, "crossSite");
}
