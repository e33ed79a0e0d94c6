// The address the sign-in throttle counts (issue 8 §7). X-Forwarded-For is written by the client
// unless a proxy we run rewrites it, so it is believed only with TRUST_PROXY = the number of proxy
// hops in front of the app: the address the outermost trusted proxy saw is then the entry that many
// places from the end. Otherwise the socket's address (server.js passes it as loadContext).
import { trustedProxyHops } from "./origin.server";

export function clientAddress(request: Request, context: unknown, hops = trustedProxyHops()): string {
  if (hops > 0) {
    const chain = (request.headers.get("X-Forwarded-For") ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const seen = chain[Math.max(0, chain.length - hops)];
    if (seen) return seen;
  }
  const socket = context && typeof context === "object" && "remoteAddress" in context ? context.remoteAddress : null;
  return typeof socket === "string" && socket ? socket : "unknown";
}
