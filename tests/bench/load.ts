// Signing in and putting one page under load with autocannon.
import { get as httpGet } from "node:http";
import autocannon from "autocannon";

const SESSION_COOKIE = "__relais_session";
/** A request unanswered after this long counts as an error (a timeout) and is abandoned. */
export const REQUEST_TIMEOUT_SECONDS = 10;

/** Signs in through the real form action and returns the Cookie header to send afterwards. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
  await res.arrayBuffer();
  const cookie = res.headers
    .getSetCookie()
    .map((header) => header.split(";", 1)[0] ?? "")
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (res.status < 300 || res.status >= 400 || !cookie) {
    throw new Error(`Signing in as ${email} answered ${res.status} without a session cookie`);
  }
  return cookie;
}

export type Probe = { status: number; ms: number; bytes: number; location: string | null };

/** One plain request first, so a page that redirects or fails is named before it is measured. */
export async function probe(url: string, cookie: string): Promise<Probe> {
  const started = performance.now();
  const res = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await res.arrayBuffer();
  const ms = Math.round(performance.now() - started);
  return { status: res.status, ms, bytes: body.byteLength, location: res.headers.get("Location") };
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  const value = sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
  return value === null ? null : Math.round(value * 100) / 100;
}

export type LoadResult = {
  responses: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null; mean: number | null };
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/**
 * Latencies are collected per response rather than taken from autocannon's summary: it has no
 * p95, and it leaves non-2xx answers out of its latency figures, which would hide a failing page.
 */
export function load({ url, cookie, connections, seconds }: { url: string; cookie: string; connections: number; seconds: number }) {
  return new Promise<LoadResult>((resolve, reject) => {
    const latencies: number[] = [];
    const statusCodes: Record<string, number> = {};
    const instance = autocannon({ url, connections, duration: seconds, timeout: REQUEST_TIMEOUT_SECONDS, headers: { cookie } }, (error, result) => {
      if (error) return reject(error);
      const sorted = Float64Array.from(latencies).sort();
      const total = latencies.reduce((sum, ms) => sum + ms, 0);
      resolve({
        responses: latencies.length,
        seconds: result.duration,
        requestsPerSecond: Math.round((latencies.length / result.duration) * 10) / 10,
        latencyMs: {
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: percentile(sorted, 100),
          mean: latencies.length ? Math.round((total / latencies.length) * 100) / 100 : null,
        },
        non2xx: result.non2xx,
        connectionErrors: result.errors,
        timeouts: result.timeouts,
        statusCodes,
      });
    });
    instance.on("response", (_client, statusCode, _bytes, ms) => {
      latencies.push(ms);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
}

/** What the page weighs on the wire when the client accepts gzip (as browsers do), read undecoded. */
export function gzipBytes(url: string, cookie: string): Promise<{ bytes: number; encoding: string | null }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers: { cookie, "accept-encoding": "gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ bytes, encoding: res.headers["content-encoding"] ?? null }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}
